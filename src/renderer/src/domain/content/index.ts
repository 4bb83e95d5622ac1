export * from './statement'
