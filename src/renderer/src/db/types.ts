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
