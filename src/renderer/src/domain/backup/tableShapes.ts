import { z } from 'zod'
import { isBytes } from './codec'

/**
 * The core fields each known table must have in a backup (after decoding). Loose objects: fields
 * other features add later pass through untouched. Tables not listed here are checked generically
 * (an object with its primary key).
 */
const id = z.string().min(1)
const text = z.string()
const time = z.string().min(1)
const bytes = z.custom<Uint8Array>((v) => isBytes(v), 'ska vara binärdata')
const object = z.record(z.string(), z.unknown())

export const tableShapes: Record<string, z.ZodType> = {
  settings: z.looseObject({ key: id }),
  boards: z.looseObject({ id, name: text, archived: z.boolean(), createdAt: time, updatedAt: time }),
  attachments: z.looseObject({ id, ownerType: text, ownerId: text, name: text, mimeType: text, bytes, createdAt: time }),
  agreementDrafts: z.looseObject({ id, boardId: id, name: text, data: object, status: text, createdAt: time, updatedAt: time }),
  agreementVersions: z.looseObject({ id, draftId: id, createdAt: time, reason: text, summary: text, data: object, status: text }),
  pdfTemplates: z.looseObject({ fingerprint: id }),
  caseworkers: z.looseObject({ id }),
  undertakingVersions: z.looseObject({ id }),
  acknowledgements: z.looseObject({ id, caseworkerId: text, versionId: text }),
  reminders: z.looseObject({ id }),
  taskStates: z.looseObject({ boardId: id, taskId: id }),
  contentEdits: z.looseObject({ itemKey: id, kind: text, by: text, at: time, origin: text })
}

/** A valid IndexedDB key: what Dexie can store a record under. */
export function isValidKey(key: unknown): boolean {
  if (typeof key === 'string') return true
  if (typeof key === 'number') return !Number.isNaN(key)
  if (key instanceof Date) return !Number.isNaN(key.getTime())
  if (Array.isArray(key)) return key.every(isValidKey)
  return isBytes(key)
}
