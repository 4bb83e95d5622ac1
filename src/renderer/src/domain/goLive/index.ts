// Life after go-live: contacts with history, reorganisation, new Allmänna villkor, termination.
export * from './types'
export * from './rules'
