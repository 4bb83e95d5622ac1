import { base64ToBytes, bytesToBase64 } from './base64'

/**
 * Turns what IndexedDB holds into plain JSON and back, exactly. JSON alone loses binary data,
 * dates, undefined members and non-finite numbers, so those become one-member tagged objects
 * (`{"$bytes": "<base64>"}` …). A stored object that itself looks like a tag is wrapped in
 * `{"$object": …}` so it can never be mistaken for one.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export class UnsupportedValueError extends Error {
  constructor(public readonly kind: string) {
    super(`unsupported value type ${kind}`)
    this.name = 'UnsupportedValueError'
  }
}

/** "[object Uint8Array]" and the like: works across realms, where instanceof does not. */
const tagOf = (v: unknown): string => Object.prototype.toString.call(v)

export const isBytes = (v: unknown): v is Uint8Array => tagOf(v) === '[object Uint8Array]'

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

const looksTagged = (keys: string[]): boolean => keys.length === 1 && keys[0]!.startsWith('$')

/** `onBytes`, when given, takes binary values out of the JSON (v2 stores them as archive entries) and names them. */
export type BytesSink = (bytes: Uint8Array) => string
/** Binary entries by name, for `{"$file": name}` tags when decoding a v2 archive. */
export type BytesSource = ReadonlyMap<string, Uint8Array>

export function encodeValue(value: unknown, onBytes?: BytesSink): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (Number.isNaN(value)) return { $number: 'NaN' }
      if (value === Infinity) return { $number: 'Infinity' }
      if (value === -Infinity) return { $number: '-Infinity' }
      if (Object.is(value, -0)) return { $number: '-0' }
      return value
    case 'undefined':
      return { $undefined: true }
    case 'object': {
      if (value === null) return null
      if (Array.isArray(value)) {
        const out = new Array<Json>(value.length)
        for (let i = 0; i < value.length; i++) out[i] = encodeValue(value[i], onBytes)
        return out
      }
      if (isBytes(value)) return onBytes ? { $file: onBytes(value) } : { $bytes: bytesToBase64(value) }
      if (value instanceof Date || tagOf(value) === '[object Date]') {
        const time = (value as Date).getTime()
        return { $date: Number.isNaN(time) ? 'Invalid Date' : (value as Date).toISOString() }
      }
      if (value instanceof ArrayBuffer) return { $arrayBuffer: bytesToBase64(new Uint8Array(value)) }
      if (!isPlainObject(value)) throw new UnsupportedValueError(tagOf(value).slice(8, -1))
      const keys = Object.keys(value)
      const out: { [key: string]: Json } = {}
      for (const k of keys) setMember(out, k, encodeValue((value as Record<string, unknown>)[k], onBytes))
      return looksTagged(keys) ? { $object: out } : out
    }
    default:
      throw new UnsupportedValueError(typeof value)
  }
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecodeError'
  }
}

const NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0
}

export function decodeValue(json: Json, files?: BytesSource): unknown {
  if (json === null || typeof json !== 'object') return json
  if (Array.isArray(json)) return json.map((item) => decodeValue(item, files))
  const keys = Object.keys(json)
  if (looksTagged(keys)) {
    // A copy: two records naming the same entry must not share one buffer.
    return decodeTag(
      keys[0]!,
      json[keys[0]!]!,
      (name) => files?.get(name)?.slice(),
      (inner) => decodeMembers(inner, files)
    )
  }
  return decodeMembers(json, files)
}

/** Hands out a binary entry for `{"$file": name}`; undefined when there is none by that name. */
export type BytesTaker = (name: string) => Uint8Array | undefined

/**
 * Takes entries from `files` without copying: the first record naming an entry gets its buffer
 * itself, any later one a copy (records never share a buffer), and a view into a larger buffer is
 * copied so only its own bytes are stored.
 */
export function takeOnce(files: BytesSource | undefined): BytesTaker {
  const given = new Set<string>()
  return (name) => {
    const bytes = files?.get(name)
    if (!bytes) return undefined
    if (given.has(name) || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) return bytes.slice()
    given.add(name)
    return bytes
  }
}

/**
 * decodeValue without a second copy of the data, for JSON fresh from JSON.parse that nothing else
 * holds: tagged members are replaced where they are, everything else is kept. Gives what
 * decodeValue gives for the same text, and throws the same errors.
 */
export function decodeInPlace(json: Json, take: BytesTaker): unknown {
  if (json === null || typeof json !== 'object') return json
  if (Array.isArray(json)) {
    for (let i = 0; i < json.length; i++) {
      const item = json[i]!
      if (item !== null && typeof item === 'object') json[i] = decodeInPlace(item, take) as Json
    }
    return json
  }
  const keys = Object.keys(json)
  if (looksTagged(keys)) return decodeTag(keys[0]!, json[keys[0]!]!, take, (inner) => decodeMembersInPlace(inner, take))
  return decodeMembersInPlace(json, take)
}

function decodeMembersInPlace(json: { [key: string]: Json }, take: BytesTaker): Record<string, unknown> {
  for (const k of Object.keys(json)) {
    const value = json[k]!
    if (value === null || typeof value !== 'object') continue
    const decoded = decodeInPlace(value, take)
    if (decoded !== value) setMember(json, k, decoded)
  }
  return json
}

function decodeTag(
  key: string,
  inner: Json,
  bytesOf: BytesTaker,
  members: (inner: { [key: string]: Json }) => Record<string, unknown>
): unknown {
  switch (key) {
    case '$bytes':
    case '$arrayBuffer': {
      const bytes = typeof inner === 'string' ? base64ToBytes(inner) : null
      if (!bytes) throw new DecodeError('bad-binary')
      return key === '$bytes' ? bytes : bytes.buffer
    }
    case '$file': {
      const bytes = typeof inner === 'string' ? bytesOf(inner) : undefined
      if (!bytes) throw new DecodeError('missing-file')
      return bytes
    }
    case '$date': {
      if (typeof inner !== 'string') throw new DecodeError('bad-date')
      if (inner === 'Invalid Date') return new Date(Number.NaN)
      const date = new Date(inner)
      if (Number.isNaN(date.getTime()) || date.toISOString() !== inner) throw new DecodeError('bad-date')
      return date
    }
    case '$number':
      if (typeof inner !== 'string' || !(inner in NUMBERS)) throw new DecodeError('bad-number')
      return NUMBERS[inner]
    case '$undefined':
      if (inner !== true) throw new DecodeError('bad-value')
      return undefined
    case '$object':
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) throw new DecodeError('bad-object')
      return members(inner)
    default:
      throw new DecodeError('unknown-tag')
  }
}

function decodeMembers(json: { [key: string]: Json }, files?: BytesSource): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(json)) {
    setMember(out, k, decodeValue(json[k]!, files))
  }
  return out
}

// defineProperty for a key the prototype has ("__proto__" must stay data, never change the
// prototype); plain assignment, much faster on big backups, gives the same own property elsewhere.
function setMember(target: object, key: string, value: unknown): void {
  if (key in Object.prototype) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else (target as Record<string, unknown>)[key] = value
}

/**
 * Canonical JSON: object members sorted by key (UTF-16 code units), no whitespace, strings and
 * numbers as JSON.stringify writes them. Equal data gives equal text, so the text can be hashed.
 * Parts are collected in an array and joined once: no quadratic concatenation on big backups.
 */
export function canonicalJson(value: Json): string {
  const parts: string[] = []
  writeCanonical(value, parts)
  return parts.join('')
}

export function writeCanonical(value: Json, parts: { push(...items: string[]): unknown }): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new UnsupportedValueError('non-finite number')
    parts.push(JSON.stringify(value))
    return
  }
  if (Array.isArray(value)) {
    parts.push('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(',')
      writeCanonical(value[i]!, parts)
    }
    parts.push(']')
    return
  }
  const keys = Object.keys(value).sort()
  parts.push('{')
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) parts.push(',')
    parts.push(JSON.stringify(keys[i]), ':')
    writeCanonical(value[keys[i]!]!, parts)
  }
  parts.push('}')
}

/**
 * True if every string escape and number in the text is written the way JSON.stringify writes it.
 * Member order and whitespace may differ (another tool may have re-indented the file), but a
 * changed byte that still parses to the same data — `\u001f` → `\u001F`, `1e+21` → `1E+21`,
 * `a` → `\u0061` — is found, so a damaged file is never accepted as intact.
 */
export function usesStringifyForms(text: string): boolean {
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!inString) {
      if (c === 34) inString = true
      else if (c === 69) return false // 'E': JSON.stringify writes exponents with 'e'
      continue
    }
    if (c === 34) {
      inString = false
      continue
    }
    if (c !== 92) continue
    const e = text.charCodeAt(++i)
    // \" \\ \b \f \n \r \t are the only short escapes JSON.stringify uses (never \/).
    if (e === 34 || e === 92 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) continue
    if (e !== 117) return false
    const hex = text.slice(i + 1, i + 5)
    if (!/^[0-9a-f]{4}$/.test(hex)) return false
    const code = parseInt(hex, 16)
    const shortForm = code === 8 || code === 9 || code === 10 || code === 12 || code === 13
    if (!((code < 0x20 && !shortForm) || (code >= 0xd800 && code <= 0xdfff))) return false
    i += 4
  }
  return true
}

/** Deep equality for stored values: bytes compared byte by byte, NaN equals NaN, -0 differs from 0. */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (isBytes(a) || isBytes(b)) {
    if (!isBytes(a) || !isBytes(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime())
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false
    if (!sameStoredValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}
