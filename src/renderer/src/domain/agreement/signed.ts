import type { AgreementInput, Signatory } from './types'

// Apart from signing.ts, with nothing to import: the start-up read (db/boardOverview.ts) asks it
// of every board's drafts, and the start-up chunk should not carry the signing rules for that.

export const hasSigned = (s: Signatory): boolean => Boolean(s.signature && s.signedAt)

/** Every signatory has signed (and there is at least one). */
export const isSigned = (input: Pick<AgreementInput, 'signatories'>): boolean =>
  input.signatories.length > 0 && input.signatories.every(hasSigned)
