// What the undertaking-form screens load on demand: one chunk with the PDF library.
export { buildUndertakingForm } from './undertakingForm'
export { readReturnedUndertaking } from './returnedUndertaking'
export { buildFormCoverListPdf } from './formCoverListPdf'
export { sha256Hex } from '@renderer/base/sha256'
