/** Records as stored. Binary data is kept as Uint8Array so that it survives structured clone everywhere. */

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
