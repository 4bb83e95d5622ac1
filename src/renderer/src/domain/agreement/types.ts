/** The connection agreement's data, as the PDF builders and the agreement form share it. */

export type Contact = { name: string; title?: string; email: string; phone?: string }

export type Signature =
  | { kind: 'drawn' | 'image'; png: Uint8Array }
  | { kind: 'typed'; text: string }
  /**
   * Signed by hand on the printed form: the paper (and its scan, kept in the send package) carries
   * the signature; the app records who signed, the date on the paper and the scan's fingerprint.
   */
  | { kind: 'hand'; signedOn: string; scanName: string; scanSha256: string }

export type Signatory = { name: string; title: string; signature?: Signature; signedAt?: string }

export type AgreementInput = {
  municipality: { name: string; organisationsnummer: string }
  /** The nämnd that is the party. */
  board: string
  address: { street: string; postalCode: string; city: string }
  /** Contact for the agreement and administrative questions. */
  adminContact: Contact
  technicalContact?: Contact
  caseSystem?: { product: string; vendor: string }
  place: string
  /** YYYY-MM-DD */
  date: string
  signatories: Signatory[]
  /** Who filled in the agreement, shown on the completion page (defaults to the admin contact). */
  filledBy?: string
  /** Earlier events to list on the completion page, e.g. when the draft was created. */
  events?: AgreementEvent[]
  /** Set when the first signatory signs: the content is frozen and fingerprinted for the round. */
  signingRound?: SigningRound
}

/** `contentSha256` is the SHA-256 (hex) of `signedContent(input)` when the round started. */
export type SigningRound = { startedAt: string; contentSha256: string }

/** One line of the completion page's event list. `at` is an ISO timestamp. */
export type AgreementEvent = { at: string; text: string }

/** A text or signature box placed on a flat PDF page, in PDF points from the page's bottom-left corner. */
export type PlacedBox = {
  page: number
  x: number
  y: number
  width: number
  height: number
  /** A path in AgreementInput, e.g. "municipality.name" or "signatories.0.signature". */
  path: string
  kind?: 'text' | 'signature'
  fontSize?: number
}

export type FieldMapping = {
  /** PDF form field full name → path in AgreementInput. */
  fields: Record<string, string>
  boxes?: PlacedBox[]
}
