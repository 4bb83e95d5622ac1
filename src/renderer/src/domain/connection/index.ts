// The connection guide's pure rules: content schema, step progress, next action, forecast.
export * from './types'
export * from './content'
export * from './progress'
export * from './forecast'
export * from './nextAction'
export * from './confirmationRecipient'
export { normalizeConnectionState } from './state'
