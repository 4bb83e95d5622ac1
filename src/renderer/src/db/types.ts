/** Records as stored. Binary data is kept as Uint8Array so that it survives structured clone everywhere. */
import type { UndertakingContent } from '@renderer/domain/caseworkers/undertakingText'

export type SettingRecord<T = unknown> = { key: string; value: T }

export type MunicipalityProfile = {
  code: string
  /** Short name, e.g. "Göteborg". */
  name: string
  /** Official name as the municipality writes it, e.g. "Göteborgs stad"; user-correctable. */
  officialName: string
  organisationsnummer?: string
  address?: { street: string; postalCode: string; city: string }
  createdAt: string
  updatedAt: string
}

export type BoardRecord = {
  id: string
  name: string
  archived: boolean
  createdAt: string
  updatedAt: string
  /** Connection-guide state for this board; owned by the connection feature. */
  connection: Record<string, unknown>
  /** FK's handling of the agreement as dated events (domain/connection/fkEvents.ts); read through `readFkEvents`. */
  fkEvents?: unknown[]
}

export type AttachmentRecord = {
  id: string
  boardId?: string
  ownerType: string
  ownerId: string
  name: string
  mimeType: string
  size: number
  sha256: string
  bytes: Uint8Array
  createdAt: string
}

/** An agreement draft for one board. `data` is the form as the user left it (may be incomplete). */
export type AgreementDraftRecord = {
  id: string
  boardId: string
  name: string
  data: import('@renderer/domain/agreement/types').AgreementInput
  /** 'signed' locks the data; changing it starts a new signing round. */
  status: 'draft' | 'signed' | 'exported'
  /** Fingerprint (SHA-256) of the official PDF template used, if any. */
  templateFingerprint?: string
  /** SHA-256 of the last exported file. */
  exportedSha256?: string
  createdAt: string
  updatedAt: string
}

export type AgreementVersionReason = 'edit' | 'signed' | 'exported' | 'restored'

/** An immutable snapshot of a draft's data; restoring creates a new version, never rewrites one. */
export type AgreementVersionRecord = {
  id: string
  draftId: string
  createdAt: string
  reason: AgreementVersionReason
  /** Swedish, human-readable summary of what changed since the previous version. */
  summary: string
  data: AgreementDraftRecord['data']
  status: AgreementDraftRecord['status']
}

/**
 * Attachments from the undertaking area carry this owner type. The agreement package must refuse
 * them: the undertaking is never sent to Försäkringskassan.
 */
export const UNDERTAKING_OWNER_TYPE = 'undertaking'

/** An immutable, published version of the undertaking text. */
export type UndertakingVersionRecord = UndertakingContent & {
  id: string
  number: number
  /** The exact text people sign. */
  text: string
  /** SHA-256 (hex) of `text` as UTF-8. */
  sha256: string
  publishedAt: string
  /** Local calendar day of publishing (YYYY-MM-DD). */
  publishedOn: string
  /** Who explicitly agreed to publish while the legal reference was unconfirmed. */
  unconfirmedLegalApprovedBy?: string
  /** Versions published before the review was kept apart: the day someone said they checked the reference. */
  legalReviewedOn?: string
}

/** 'pdf-form': the person filled in a form from the app in their own PDF reader. */
export type SigningMethod = 'on-screen' | 'paper' | 'elsewhere' | 'pdf-form'

export type AcknowledgementRecord = {
  id: string
  caseworkerId: string
  versionId: string
  versionNumber: number
  /** Hash of the version's text at signing: proof of exactly what was signed. */
  sha256: string
  method: SigningMethod
  /** How the on-screen signature was given. */
  signatureKind?: 'drawn' | 'typed'
  /** The day the person signed (YYYY-MM-DD). */
  signedOn: string
  /** When it was recorded in the app. */
  recordedAt: string
  /** Alias of recordedAt for readers that expect a timestamp named so. */
  signedAt: string
  note?: string
  /** The signed PDF (on screen) or the scan (paper), in the attachments table. */
  attachmentIds: string[]
}

export type ReminderRecord = {
  id: string
  sentAt: string
  method: 'email' | 'print'
  caseworkerIds: string[]
}
