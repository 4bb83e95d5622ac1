// The connection guide's pure rules: content schema, the one derived board state, forecast.
export * from './types'
export * from './content'
export * from './boardState'
export * from './forecast'
export * from './confirmationRecipient'
export { normalizeConnectionState } from './state'
export * from './fkEvents'
export * from './timeline'
