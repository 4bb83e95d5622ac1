import { deflateSync } from 'fflate'
import { inflateRaw } from './deflate'
import { BackupError } from './errors'
import { startStage } from './timing'

/**
 * A strict, canonical zip container for backups. The writer emits exactly one layout (entries in
 * order, no gaps, fixed timestamps, no extra fields or comments); the reader accepts only that
 * layout and checks every entry's CRC-32. So a changed byte either breaks the layout or a checksum
 * and the file is refused, or it touched bits that a compressed stream never reads (the padding after
 * its last block, code lengths it never uses) and the entry inflates to the very same bytes: a file
 * is never read differently from how it was written. Entries are read
 * one at a time from the Blob, never the whole file at once. The platform's zlib (deflate.ts) does
 * the (de)compression.
 */
const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
const VERSION = 20
const UTF8_FLAG = 0x0800
const DOS_TIME = 0
const DOS_DATE = 0x21 // 1980-01-01: the archive's time lives in the manifest
const LOCAL_SIZE = 30
const CENTRAL_SIZE = 46
const END_SIZE = 22
export const MAX_ENTRIES = 60_000
/** Largest total of uncompressed entry sizes we will inflate (a zip bomb stops here). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024

/**
 * CRC-32 eight bytes at a time ("slicing by 8": eight tables, one per byte position), several times
 * faster than a byte at a time — every byte of a backup is checked once on export and on import.
 */
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!
  return t
})()

/** `previous`: the CRC-32 of what came before, to checksum an entry given in pieces. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES
  let c = previous ^ -1
  let i = 0
  const whole = bytes.length - (bytes.length % 8)
  for (; i < whole; i += 8) {
    const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}

type Written = { name: Uint8Array; method: number; crc: number; compressedSize: number; size: number; offset: number }

const utf8 = new TextEncoder()

/**
 * The run of fields a local header (at offset 4) and a central directory record (at offset 6) share:
 * version needed, flags, method, time, date, CRC-32, both sizes and the name's length.
 */
function putEntryFields(v: DataView, at: number, e: Written): void {
  v.setUint16(at, VERSION, true)
  v.setUint16(at + 2, UTF8_FLAG, true)
  v.setUint16(at + 4, e.method, true)
  v.setUint16(at + 6, DOS_TIME, true)
  v.setUint16(at + 8, DOS_DATE, true)
  v.setUint32(at + 10, e.crc, true)
  v.setUint32(at + 14, e.compressedSize, true)
  v.setUint32(at + 18, e.size, true)
  v.setUint16(at + 22, e.name.length, true)
}

export class ZipWriter {
  private parts: BlobPart[] = []
  private entries: Written[] = []
  private offset = 0
  private names = new Set<string>()

  /** `compress`: deflate when it helps (text); attachments are mostly compressed already. */
  add(name: string, data: Uint8Array, compress: boolean): void {
    const stopCompress = startStage('compress')
    const packed = compress ? deflateSync(data, { level: 6 }) : null
    stopCompress()
    this.addDeflated(name, data, packed)
  }

  /** `packed`: `data` already deflated (or null); kept only when it is smaller. */
  addDeflated(name: string, data: Uint8Array, packed: Uint8Array | null): void {
    const stopCrc = startStage('zip')
    const deflated = packed !== null && packed.length < data.length
    this.put(name, [deflated ? packed : data], deflated ? 8 : 0, crc32(data), data.length)
    stopCrc()
  }

  /** An entry stored as it is, given in pieces (an encrypted part: its IV, then ciphertext and tag). */
  addStored(name: string, pieces: Uint8Array[]): void {
    const stopCrc = startStage('zip')
    let crc = 0
    let size = 0
    for (const p of pieces) {
      crc = crc32(p, crc)
      size += p.length
    }
    this.put(name, pieces, 0, crc, size)
    stopCrc()
  }

  private put(name: string, body: Uint8Array[], method: number, crc: number, size: number): void {
    if (this.names.has(name)) throw new Error(`duplicate zip entry ${name}`)
    if (this.entries.length >= MAX_ENTRIES) throw new BackupError('unsupported', { detail: 'too-many-files' })
    this.names.add(name)
    const compressedSize = body.reduce((n, p) => n + p.length, 0)
    const entry: Written = { name: utf8.encode(name), method, crc, compressedSize, size, offset: this.offset }
    const header = new DataView(new ArrayBuffer(LOCAL_SIZE))
    header.setUint32(0, LOCAL, true)
    putEntryFields(header, 4, entry)
    header.setUint16(28, 0, true)
    this.parts.push(header.buffer, entry.name as BlobPart, ...(body as BlobPart[]))
    this.offset += LOCAL_SIZE + entry.name.length + compressedSize
    this.entries.push(entry)
  }

  finish(type = 'application/octet-stream'): Blob {
    const start = this.offset
    let size = 0
    for (const e of this.entries) {
      const v = new DataView(new ArrayBuffer(CENTRAL_SIZE))
      v.setUint32(0, CENTRAL, true)
      v.setUint16(4, VERSION, true)
      putEntryFields(v, 6, e)
      // extra, comment, disk, internal and external attributes: all zero
      v.setUint32(42, e.offset, true)
      this.parts.push(v.buffer, e.name as BlobPart)
      size += CENTRAL_SIZE + e.name.length
    }
    const end = new DataView(new ArrayBuffer(END_SIZE))
    end.setUint32(0, END, true)
    end.setUint16(8, this.entries.length, true)
    end.setUint16(10, this.entries.length, true)
    end.setUint32(12, size, true)
    end.setUint32(16, start, true)
    this.parts.push(end.buffer)
    if (start + size + END_SIZE > 0xffffffff) throw new BackupError('unsupported', { detail: 'archive-too-large' })
    return new Blob(this.parts, { type })
  }
}

export type ZipEntry = {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  offset: number
  nameBytes: Uint8Array
}

const damaged = (detail: string) => new BackupError('damaged', { detail })
const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer())
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** True when the file starts like a zip archive (how v2 is told apart from a v1 JSON file). */
export async function looksLikeZip(file: Blob): Promise<boolean> {
  if (file.size < 4) return false
  const head = new DataView((await bytesOf(file.slice(0, 4))).buffer)
  return head.getUint32(0, true) === LOCAL
}

/** Reads and checks the central directory; entry data is read later, one entry at a time. */
export class ZipReader {
  private constructor(
    private readonly file: Blob,
    readonly entries: Map<string, ZipEntry>
  ) {}

  static async open(file: Blob): Promise<ZipReader> {
    if (file.size < END_SIZE) throw damaged('too-short')
    const end = new DataView((await bytesOf(file.slice(file.size - END_SIZE))).buffer)
    if (end.getUint32(0, true) !== END || end.getUint16(4, true) !== 0 || end.getUint16(6, true) !== 0 || end.getUint16(20, true) !== 0)
      throw damaged('end-record')
    const count = end.getUint16(8, true)
    if (end.getUint16(10, true) !== count || count === 0 || count > MAX_ENTRIES) throw damaged('entry-count')
    const cdSize = end.getUint32(12, true)
    const cdOffset = end.getUint32(16, true)
    if (cdOffset + cdSize !== file.size - END_SIZE) throw damaged('directory-position')
    const cd = await bytesOf(file.slice(cdOffset, cdOffset + cdSize))
    const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength)
    const entries = new Map<string, ZipEntry>()
    let at = 0
    let expectedOffset = 0
    let total = 0
    for (let i = 0; i < count; i++) {
      if (at + CENTRAL_SIZE > cd.length || v.getUint32(at, true) !== CENTRAL) throw damaged('directory-entry')
      const fixed = [
        v.getUint16(at + 4, true),
        v.getUint16(at + 6, true),
        v.getUint16(at + 8, true),
        v.getUint16(at + 12, true),
        v.getUint16(at + 14, true)
      ]
      if (fixed.join() !== [VERSION, VERSION, UTF8_FLAG, DOS_TIME, DOS_DATE].join()) throw damaged('directory-entry')
      const method = v.getUint16(at + 10, true)
      const nameLength = v.getUint16(at + 28, true)
      // extra length, comment length, disk, internal attributes (2+2+2+2) and external attributes (4)
      if (v.getUint32(at + 30, true) !== 0 || v.getUint32(at + 34, true) !== 0 || v.getUint32(at + 38, true) !== 0)
        throw damaged('directory-entry')
      if (method !== 0 && method !== 8) throw damaged('method')
      const entry: ZipEntry = {
        name: '',
        method,
        crc: v.getUint32(at + 16, true),
        compressedSize: v.getUint32(at + 20, true),
        size: v.getUint32(at + 24, true),
        offset: v.getUint32(at + 42, true),
        nameBytes: cd.slice(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength)
      }
      if (entry.nameBytes.length !== nameLength || nameLength === 0) throw damaged('directory-entry')
      try {
        entry.name = strictUtf8.decode(entry.nameBytes)
      } catch {
        throw damaged('name')
      }
      if (method === 0 && entry.size !== entry.compressedSize) throw damaged('size')
      if (entry.offset !== expectedOffset || entries.has(entry.name)) throw damaged('layout')
      total += entry.size
      if (total > MAX_UNCOMPRESSED_BYTES) throw new BackupError('too-large')
      expectedOffset += LOCAL_SIZE + nameLength + entry.compressedSize
      entries.set(entry.name, entry)
      at += CENTRAL_SIZE + nameLength
    }
    if (at !== cd.length || expectedOffset !== cdOffset) throw damaged('layout')
    return new ZipReader(file, entries)
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** One entry's bytes (read with its local header in one go), after checking that header against the directory and its CRC-32. */
  async read(name: string): Promise<Uint8Array> {
    const e = this.entries.get(name)
    if (!e) throw damaged(`missing ${name}`)
    const start = e.offset
    const stopRead = startStage('read-file')
    const raw = await bytesOf(this.file.slice(start, start + LOCAL_SIZE + e.nameBytes.length + e.compressedSize))
    stopRead()
    const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
    const ok =
      raw.length === LOCAL_SIZE + e.nameBytes.length + e.compressedSize &&
      v.getUint32(0, true) === LOCAL &&
      v.getUint16(4, true) === VERSION &&
      v.getUint16(6, true) === UTF8_FLAG &&
      v.getUint16(8, true) === e.method &&
      v.getUint16(10, true) === DOS_TIME &&
      v.getUint16(12, true) === DOS_DATE &&
      v.getUint32(14, true) === e.crc &&
      v.getUint32(18, true) === e.compressedSize &&
      v.getUint32(22, true) === e.size &&
      v.getUint16(26, true) === e.nameBytes.length &&
      v.getUint16(28, true) === 0 &&
      raw.subarray(LOCAL_SIZE, LOCAL_SIZE + e.nameBytes.length).every((b, i) => b === e.nameBytes[i])
    if (!ok) throw damaged(`local-header ${name}`)
    const body = raw.subarray(LOCAL_SIZE + e.nameBytes.length)
    let data: Uint8Array
    if (e.method === 0) data = body
    else {
      const stopInflate = startStage('inflate')
      try {
        data = await inflateRaw(body, e.size)
      } catch {
        throw damaged(`inflate ${name}`)
      } finally {
        stopInflate()
      }
    }
    const stopCrc = startStage('zip')
    const crc = crc32(data)
    stopCrc()
    if (data.length !== e.size || crc !== e.crc) throw damaged(`crc ${name}`)
    return data
  }
}
