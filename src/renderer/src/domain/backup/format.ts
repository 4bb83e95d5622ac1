import { z } from 'zod'
import { BackupError } from './errors'
import { jsonNestingDepth, MAX_DEPTH } from './jsonBounds'
import { canonicalJson, sha256Hex, usesStringifyForms, type Json } from './codec'
import { createPacer, Utf8Sink, writeCanonicalPaced, yieldToUi } from './stream'

export { yieldToUi }

/**
 * The backup file: one canonical JSON object (members sorted, no whitespace). The checksum is a
 * SHA-256 over the canonical text of every other member — the data and the header (format,
 * versions, scope) — so neither can be changed unnoticed.
 */
export const BACKUP_FORMAT = 'anslutningsguiden-sakerhetskopia'
export const BACKUP_FORMAT_VERSION = 1
/** The largest backup we accept: well above 20 PDFs of a few MB plus a big register. */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024

export type BackupScope = { kind: 'all' } | { kind: 'board'; boardId: string; boardName: string }

export type BackupHeader = {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  schemaVersion: number
  exportedAt: string
  appVersion: string
  scope: BackupScope
  municipality: { code: string; name: string } | null
}

/** Records per table, already encoded to JSON (see codec.ts). */
export type BackupTables = Record<string, Json[]>

export type ParsedBackup = { header: BackupHeader; tables: BackupTables }

export { BackupError, type BackupErrorCode } from './errors'

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'bad-time')
const jsonObject = z.custom<{ [k: string]: Json }>((v) => v !== null && typeof v === 'object' && !Array.isArray(v), 'not-object')

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  exportedAt: isoTime,
  appVersion: z.string().max(100),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('board'), boardId: z.string().min(1), boardName: z.string() })
  ]),
  municipality: z.strictObject({ code: z.string(), name: z.string() }).nullable(),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  payload: z.strictObject({ tables: z.record(z.string().min(1), z.array(jsonObject)) })
})

/** The canonical UTF-8 bytes of the document without its checksum: what the checksum covers. */
async function unsignedBytes(doc: Record<string, Json>): Promise<Uint8Array> {
  const { checksum: _checksum, ...rest } = doc
  const sink = new Utf8Sink()
  await writeCanonicalPaced(rest, sink, createPacer())
  return sink.bytes()
}

/**
 * Builds the file: canonical JSON, encoded in pieces with pauses for the browser. The checksum
 * is taken over the bytes without it; the file is those bytes with the checksum member spliced
 * in at its sorted place (only small header members sort before it).
 */
export async function serializeBackup(header: BackupHeader, tables: BackupTables): Promise<Blob> {
  const doc = { ...header, payload: { tables } } as unknown as Record<string, Json>
  const bytes = await unsignedBytes(doc)
  await yieldToUi()
  const value = await sha256Hex(bytes)
  const checksum = `"checksum":${canonicalJson({ algorithm: 'SHA-256', value })}`
  const keys = Object.keys(doc).sort()
  const before = keys.filter((k) => k < 'checksum')
  const head = new TextEncoder().encode(`{${before.map((k) => `${JSON.stringify(k)}:${canonicalJson(doc[k]!)}`).join(',')}`).length
  const insert = before.length ? `,${checksum}` : `${checksum}${keys.length > before.length ? ',' : ''}`
  return new Blob([bytes.subarray(0, head) as BlobPart, insert, bytes.subarray(head) as BlobPart], { type: 'application/json' })
}

/**
 * Checks a file's text completely — JSON, format, versions, shape, canonical form, checksum —
 * and returns its header and encoded tables. Throws BackupError with a Swedish message.
 */
export async function parseBackupText(text: string, latestSchemaVersion: number): Promise<ParsedBackup> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new BackupError('empty')
  let raw: unknown
  await yieldToUi()
  // Document, payload, tables and the table's array come before a record's own levels.
  if (jsonNestingDepth(text, MAX_DEPTH + 4) > MAX_DEPTH + 4) throw new BackupError('too-deep')
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BackupError('not-json')
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('format' in raw)) {
    throw new BackupError('not-backup')
  }
  const doc = raw as Record<string, Json>
  if (doc.format !== BACKUP_FORMAT) {
    throw new BackupError('wrong-format', {
      format: String(typeof doc.format === 'string' ? doc.format : JSON.stringify(doc.format)).slice(0, 80)
    })
  }
  if (typeof doc.formatVersion === 'number' && doc.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('newer-format', { fileVersion: doc.formatVersion })
  }
  const schemaVersion = doc.schemaVersion
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError('bad-version')
  }
  if (schemaVersion > latestSchemaVersion) {
    throw new BackupError('future-version', { fileVersion: schemaVersion, ourVersion: latestSchemaVersion })
  }
  const checked = envelopeSchema.safeParse(doc)
  if (!checked.success) {
    const issue = checked.error.issues[0]!
    throw new BackupError('invalid-content', { field: issue.path.join('.') || undefined, detail: issue.message })
  }
  // Member order and whitespace may have been changed by a tool; anything else that parses to the
  // same data (e.g. \u001f → \u001F) is still a damaged file.
  await yieldToUi()
  if (!usesStringifyForms(text)) throw new BackupError('damaged', { detail: 'checksum' })
  await yieldToUi()
  if ((await sha256Hex(await unsignedBytes(doc))) !== checked.data.checksum.value) throw new BackupError('damaged', { detail: 'checksum' })

  const { checksum: _checksum, payload, ...header } = checked.data
  return { header: header, tables: payload.tables }
}

/** Reads a Blob as strict UTF-8 text: invalid bytes are an error, not replacement characters. */
export async function readBackupBlob(file: Blob): Promise<string> {
  if (file.size === 0) throw new BackupError('empty')
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large')
  const bytes = new Uint8Array(await file.arrayBuffer())
  // Decoded in pieces (a multi-byte character may span two pieces: `stream` handles that).
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const pace = createPacer()
  const parts: string[] = []
  const step = 4 << 20
  try {
    for (let at = 0; at < bytes.length; at += step) {
      parts.push(decoder.decode(bytes.subarray(at, at + step), { stream: at + step < bytes.length }))
      await pace()
    }
  } catch {
    throw new BackupError('not-text')
  }
  return parts.join('')
}
