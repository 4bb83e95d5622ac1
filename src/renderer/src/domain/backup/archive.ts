import { z } from 'zod'
import { encodeValue, sha256Hex, type Json } from './codec'
import { checkKdfParams, decryptPart, deriveKey, encryptPartPieces, newKdfParams, type KdfParams } from './crypto'
import { BackupError } from './errors'
import { jsonNestingDepth, MAX_DEPTH } from './jsonBounds'
import { BACKUP_FORMAT, type BackupScope } from './format'
import type { Progress } from './progress'
import { inflateSync } from 'fflate'
import { deflateRaw, inflateRaw } from './deflate'
import { ZipReader, ZipWriter } from './zip'
import { startStage, timeStage } from './timing'

/**
 * Backup format v2: one zip archive (extension `.asgkopia`).
 *
 * Without a password:  `anslutningsguiden.json` (marker), `manifest.json`, `tables/<table>.ndjson`
 * (one record per line, binary values replaced by `{"$file": "files/<n>.bin"}`), `files/<n>.bin`.
 * With a password: the marker (format and key-derivation parameters — nothing else in the clear)
 * and opaque parts `parts/0` (the manifest), `parts/1` … each deflated where useful, then
 * encrypted with AES-256-GCM under a fresh IV, with the part name as associated data.
 *
 * The manifest lists every entry with its SHA-256 and size; the archive may hold nothing else.
 */
export const ARCHIVE_FORMAT_VERSION = 2
export const BACKUP_EXTENSION = 'asgkopia'
export const MARKER_ENTRY = 'anslutningsguiden.json'
const MANIFEST_ENTRY = 'manifest.json'
const MANIFEST_PART = 'parts/0'

export type ManifestMunicipality = { code: string; name: string; officialName?: string; organisationsnummer?: string }

export type ArchiveHeader = {
  schemaVersion: number
  exportedAt: string
  appVersion: string
  scope: BackupScope
  municipality: ManifestMunicipality | null
  boards: Array<{ id: string; name: string }>
}

type ManifestEntry = {
  name: string
  part?: string
  deflated?: boolean
  kind: 'table' | 'file'
  table?: string
  records?: number
  sha256: string
  size: number
}

export type Manifest = ArchiveHeader & { format: typeof BACKUP_FORMAT; formatVersion: 2; encrypted: boolean; entries: ManifestEntry[] }

const markerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  encryption: z
    .strictObject({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.strictObject({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(1),
        salt: z.string().max(256)
      })
    })
    .nullable()
})

const shortText = z.string().max(300)
const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/)
const isoTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)))

const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  encrypted: z.boolean(),
  schemaVersion: z.number().int().min(1).max(1_000_000),
  exportedAt: isoTime,
  appVersion: z.string().max(100),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('board'), boardId: z.string().min(1).max(200), boardName: shortText })
  ]),
  municipality: z
    .strictObject({
      code: z.string().max(10),
      name: shortText,
      officialName: shortText.optional(),
      organisationsnummer: z.string().max(20).optional()
    })
    .nullable(),
  boards: z.array(z.strictObject({ id: z.string().min(1).max(200), name: shortText })).max(10_000),
  entries: z
    .array(
      z.strictObject({
        name: z.string().regex(/^(tables\/[A-Za-z][A-Za-z0-9]{0,63}\.ndjson|files\/\d{1,6}\.bin)$/),
        part: z
          .string()
          .regex(/^parts\/[1-9]\d{0,5}$/)
          .optional(),
        deflated: z.boolean().optional(),
        kind: z.enum(['table', 'file']),
        table: tableName.optional(),
        records: z.number().int().min(0).max(10_000_000).optional(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        size: z.number().int().min(0).max(0xffffffff)
      })
    )
    .max(60_000)
})

const utf8 = new TextEncoder()
const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true })

/** Each table's records, or a promise of them (a table still being read from the database). */
export type ArchiveTables = Record<string, unknown[] | PromiseLike<unknown[]>>

/** A key being derived for an export: PBKDF2 runs off the main thread while the tables are read. */
export type PendingKey = { kdf: KdfParams; key: Promise<CryptoKey> }

export function startKeyDerivation(password: string): PendingKey {
  const kdf = newKdfParams()
  const key = timeStage('derive-key', () => deriveKey(password, kdf))
  // Awaited later; an export that fails before then must not report this as unhandled.
  key.catch(() => undefined)
  return { kdf, key }
}

export type WriteOptions = {
  password?: string
  /** A key already being derived (startKeyDerivation); takes the place of `password`. */
  encryption?: PendingKey
  onProgress?: (p: Progress) => void
  pace?: () => Promise<void>
}

/** One entry, hashed, compressed and (with a password) encrypted, ready to go into the zip in its turn. */
type PackedEntry = { entry: ManifestEntry; addTo: (zip: ZipWriter) => void }

/**
 * Writes the archive. Records are plain stored values; binary values become entries of their own.
 * Hashing, compressing and encrypting an entry run while the next table is serialised (WebCrypto
 * and the platform's zlib work beside the main thread); the entries still go into the zip in
 * order, so the same data always gives the same layout.
 */
export async function writeArchive(
  header: ArchiveHeader | (() => Promise<ArchiveHeader>),
  tables: ArchiveTables,
  options: WriteOptions = {}
): Promise<Blob> {
  const pace = options.pace ?? (() => Promise.resolve())
  const zip = new ZipWriter()
  const encryption = options.encryption ?? (options.password ? startKeyDerivation(options.password) : null)
  const kdf = encryption?.kdf ?? null
  zip.add(
    MARKER_ENTRY,
    utf8.encode(
      JSON.stringify({
        format: BACKUP_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        encryption: kdf ? { cipher: 'AES-256-GCM', kdf } : null
      })
    ),
    false
  )

  let partNo = 0
  const pack = async (entry: Omit<ManifestEntry, 'sha256' | 'size'>, data: Uint8Array, compress: boolean): Promise<PackedEntry> => {
    const [sha256, packed] = await Promise.all([
      timeStage('hash', () => sha256Hex(data)),
      compress ? timeStage('compress', () => deflateRaw(data)) : null
    ])
    const full: ManifestEntry = { ...entry, sha256, size: data.length }
    if (!encryption) return { entry: full, addTo: (zip) => zip.addDeflated(entry.name, data, packed) }
    const part = `parts/${++partNo}`
    full.part = part
    full.deflated = compress
    const key = await encryption.key
    const pieces = await timeStage('encrypt', () => encryptPartPieces(key, part, packed ?? data))
    return { entry: full, addTo: (zip) => zip.addStored(part, pieces) }
  }
  // Entries in the making, oldest first. Only a few at a time: each holds copies of its data
  // (WebCrypto copies what it hashes and encrypts), and memory freed by one is reused by the next.
  const packing: Array<Promise<PackedEntry>> = []
  const entries: ManifestEntry[] = []
  const addOldest = async () => {
    const packed = await packing.shift()!
    packed.addTo(zip)
    entries.push(packed.entry)
  }
  const later = async (p: Promise<PackedEntry>) => {
    // Awaited in order; one that fails while an older one is awaited must not go unhandled.
    p.catch(() => undefined)
    packing.push(p)
    while (packing.length > PACK_AHEAD) await addOldest()
  }

  const names = Object.keys(tables).sort()
  let fileNo = 0
  let done = 0
  for (const table of names) {
    options.onProgress?.({ stage: encryption ? 'encrypting' : 'packing', done, total: names.length })
    const files: Array<[string, Uint8Array]> = []
    const onBytes = (bytes: Uint8Array) => {
      const name = `files/${++fileNo}.bin`
      files.push([name, bytes])
      return name
    }
    const records = await tables[table]!
    const stopSerialise = startStage('serialise')
    const lines: string[] = []
    for (const record of records) {
      lines.push(JSON.stringify(encodeValue(record, onBytes)))
      await pace()
    }
    const text = utf8.encode(lines.join('\n'))
    stopSerialise()
    for (const [name, bytes] of files) await later(pack({ name, kind: 'file' }, bytes, false))
    await later(pack({ name: `tables/${table}.ndjson`, kind: 'table', table, records: lines.length }, text, true))
    done++
    await pace()
  }
  while (packing.length) await addOldest()
  const facts = typeof header === 'function' ? await header() : header
  const manifest: Manifest = { format: BACKUP_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, encrypted: !!encryption, ...facts, entries }
  const manifestBytes = utf8.encode(JSON.stringify(manifest))
  if (encryption)
    zip.addStored(MANIFEST_PART, await encryptPartPieces(await encryption.key, MANIFEST_PART, await deflateRaw(manifestBytes)))
  else zip.addDeflated(MANIFEST_ENTRY, manifestBytes, await deflateRaw(manifestBytes))
  return timeStage('blob', () => zip.finish('application/octet-stream'))
}

export type ReadOptions = { password?: string; latestSchemaVersion: number; onProgress?: (p: Progress) => void; pace?: () => Promise<void> }

/** An opened, authenticated archive: the manifest is checked; tables are read one at a time. */
export type OpenedArchive = {
  manifest: Manifest
  /** Every binary entry, checked against the manifest. */
  files: Map<string, Uint8Array>
  /** Each table's records as JSON, read, checked and parsed one table at a time. */
  tables(): AsyncGenerator<[string, Json[]]>
}

const parseJson = (bytes: Uint8Array, what: string): unknown => {
  let text: string
  try {
    text = strictUtf8().decode(bytes)
  } catch {
    throw new BackupError('damaged', { detail: `utf8 ${what}` })
  }
  if (jsonNestingDepth(text) > MAX_DEPTH) throw new BackupError('too-deep', { table: what })
  try {
    return JSON.parse(text)
  } catch {
    throw new BackupError('damaged', { detail: `json ${what}` })
  }
}

export async function readArchive(file: Blob, options: ReadOptions): Promise<OpenedArchive> {
  const pace = options.pace ?? (() => Promise.resolve())
  options.onProgress?.({ stage: 'reading', done: 0, total: 1 })
  const zip = await ZipReader.open(file)
  if (!zip.has(MARKER_ENTRY)) throw new BackupError('not-backup')
  const marker = markerSchema.safeParse(parseJson(await zip.read(MARKER_ENTRY), 'marker'))
  if (!marker.success) throw new BackupError('damaged', { detail: 'marker' })
  if (marker.data.formatVersion > ARCHIVE_FORMAT_VERSION) throw new BackupError('newer-format', { fileVersion: marker.data.formatVersion })
  if (marker.data.formatVersion !== ARCHIVE_FORMAT_VERSION) throw new BackupError('damaged', { detail: 'format-version' })

  let key: CryptoKey | null = null
  let manifestBytes: Uint8Array
  if (marker.data.encryption) {
    const kdf = marker.data.encryption.kdf
    checkKdfParams(kdf)
    if (!options.password) throw new BackupError('password-required')
    options.onProgress?.({ stage: 'decrypting', done: 0, total: 1 })
    key = await timeStage('derive-key', () => deriveKey(options.password!, kdf))
    if (!zip.has(MANIFEST_PART)) throw new BackupError('damaged', { detail: 'manifest' })
    // The manifest is the first part: failing here means the password is wrong.
    manifestBytes = inflatePart(await decryptPart(key, MANIFEST_PART, await zip.read(MANIFEST_PART)), 'manifest')
  } else {
    if (!zip.has(MANIFEST_ENTRY)) throw new BackupError('damaged', { detail: 'manifest' })
    manifestBytes = await zip.read(MANIFEST_ENTRY)
  }
  const raw = parseJson(manifestBytes, 'manifest') as Record<string, unknown> | null
  if (raw && typeof raw === 'object' && typeof raw.schemaVersion === 'number' && raw.schemaVersion > options.latestSchemaVersion) {
    throw new BackupError('future-version', { fileVersion: raw.schemaVersion, ourVersion: options.latestSchemaVersion })
  }
  const checked = manifestSchema.safeParse(raw)
  if (!checked.success) throw new BackupError('damaged', { detail: `manifest ${checked.error.issues[0]?.path.join('.')}` })
  const manifest = checked.data as Manifest
  if (manifest.encrypted !== !!key) throw new BackupError('damaged', { detail: 'encryption-flag' })

  // Every entry in the archive must be the marker, the manifest or listed in it — and vice versa.
  const expected = new Set([MARKER_ENTRY, key ? MANIFEST_PART : MANIFEST_ENTRY])
  const tableNames = new Set<string>()
  for (const e of manifest.entries) {
    const stored = key ? e.part : e.name
    if (!stored || (!key && e.part !== undefined) || expected.has(stored)) throw new BackupError('damaged', { detail: 'entries' })
    if (
      (e.kind === 'table') !== e.name.startsWith('tables/') ||
      (e.kind === 'table' && (e.table === undefined || e.name !== `tables/${e.table}.ndjson` || e.records === undefined))
    ) {
      throw new BackupError('damaged', { detail: 'entries' })
    }
    if (e.kind === 'table') {
      if (tableNames.has(e.table!)) throw new BackupError('damaged', { detail: 'entries' })
      tableNames.add(e.table!)
    }
    expected.add(stored)
  }
  if (expected.size !== zip.entries.size || [...zip.entries.keys()].some((n) => !expected.has(n)))
    throw new BackupError('damaged', { detail: 'entries' })
  const fileNames = new Set(manifest.entries.filter((e) => e.kind === 'file').map((e) => e.name))
  if (fileNames.size !== manifest.entries.length - tableNames.size) throw new BackupError('damaged', { detail: 'entries' })

  const readEntry = async (e: ManifestEntry): Promise<Uint8Array> => {
    let data: Uint8Array
    if (key) {
      let plain: Uint8Array
      try {
        const sealed = await zip.read(e.part!)
        plain = await timeStage('decrypt', () => decryptPart(key, e.part!, sealed))
      } catch (error) {
        // The manifest opened with this key, so a part that fails was changed after export.
        if (error instanceof BackupError && error.code === 'wrong-password')
          throw new BackupError('damaged', { detail: `changed ${e.name}` })
        throw error
      }
      data = e.deflated ? await inflateEntry(plain, e) : plain
    } else data = await zip.read(e.name)
    if (data.length !== e.size || (await timeStage('hash', () => sha256Hex(data))) !== e.sha256)
      throw new BackupError('damaged', { detail: `sha256 ${e.name}` })
    await pace()
    return data
  }

  const files = new Map<string, Uint8Array>()
  const fileEntries = manifest.entries.filter((e) => e.kind === 'file')
  // A few entries at a time: while one is checksummed here, the next are read from the file and
  // decrypted and hashed beside the main thread. Taken in order, so the first bad entry is the one
  // reported.
  const reading: Array<Promise<Uint8Array>> = []
  const start = (i: number) => {
    const p = readEntry(fileEntries[i]!)
    p.catch(() => undefined)
    reading.push(p)
  }
  for (let i = 0; i < Math.min(READ_AHEAD, fileEntries.length); i++) start(i)
  for (let i = 0; i < fileEntries.length; i++) {
    options.onProgress?.({ stage: key ? 'decrypting' : 'reading', done: i, total: fileEntries.length })
    files.set(fileEntries[i]!.name, await reading.shift()!)
    if (i + READ_AHEAD < fileEntries.length) start(i + READ_AHEAD)
  }
  const tableEntries = manifest.entries.filter((e) => e.kind === 'table')
  async function* tables(): AsyncGenerator<[string, Json[]]> {
    for (let i = 0; i < tableEntries.length; i++) {
      const e = tableEntries[i]!
      options.onProgress?.({ stage: 'checking', done: i, total: tableEntries.length })
      const bytes = await readEntry(e)
      const stopParse = startStage('parse')
      // From the bytes a piece of whole lines at a time, never the whole table as one string: a
      // newline byte cannot occur inside a UTF-8 character or a JSON string, so each piece decodes
      // on its own, and strictly, exactly as the whole text would.
      const ends: number[] = []
      for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) ends.push(at)
      if (bytes.length > 0) ends.push(bytes.length)
      if (ends.length !== e.records) throw new BackupError('damaged', { detail: `records ${e.table}` })
      // A byte order mark is dropped at the start of the text only, as decoding it whole did.
      const firstPiece = strictUtf8()
      const laterPieces = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
      const out = new Array<Json>(ends.length)
      // Decoded a piece of whole lines at a time (about 64 KB): few decoder calls, no big string.
      for (let k = 0, from = 0; k < ends.length;) {
        let last = k
        while (last + 1 < ends.length && ends[last + 1]! - from < PIECE_BYTES) last++
        let piece: string
        try {
          piece = (from === 0 ? firstPiece : laterPieces).decode(bytes.subarray(from, ends[last]))
        } catch {
          throw new BackupError('damaged', { detail: `utf8 ${e.table}` })
        }
        const lines = piece.split('\n')
        for (const line of lines) {
          if (jsonNestingDepth(line) > MAX_DEPTH) throw new BackupError('too-deep', { table: e.table })
          try {
            out[k] = JSON.parse(line) as Json
          } catch {
            throw new BackupError('damaged', { detail: `json ${e.table}`, table: e.table, record: k + 1 })
          }
          k++
        }
        from = ends[last]! + 1
        await pace()
      }
      stopParse()
      yield [e.table!, out]
    }
  }
  return { manifest, files, tables }
}

/**
 * Entries read or packed at once: enough to keep WebCrypto and the file reads busy beside the main
 * thread, few enough that the memory of one is soon reused by the next.
 */
const READ_AHEAD = 2
const PIECE_BYTES = 64 * 1024
const PACK_AHEAD = 2

async function inflateEntry(bytes: Uint8Array, e: ManifestEntry): Promise<Uint8Array> {
  const stop = startStage('inflate')
  try {
    return await inflateRaw(bytes, e.size)
  } catch {
    throw new BackupError('damaged', { detail: `inflate ${e.name}` })
  } finally {
    stop()
  }
}

function inflatePart(bytes: Uint8Array, what: string): Uint8Array {
  const stop = startStage('inflate')
  try {
    return inflateSync(bytes)
  } catch {
    throw new BackupError('damaged', { detail: `inflate ${what}` })
  } finally {
    stop()
  }
}
