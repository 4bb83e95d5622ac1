import { BackupError } from './errors'

/**
 * Password protection: AES-256-GCM with a key from PBKDF2-SHA-256 (WebCrypto, the same code in
 * Chromium and Node). GCM authenticates every part, so a wrong password and a changed encrypted
 * file are both detected. Each part has a fresh random IV, and its name is bound in as associated
 * data so parts cannot be swapped or reordered unnoticed.
 */
export const KDF_MIN_ITERATIONS = 600_000
export const KDF_DEFAULT_ITERATIONS = 600_000
const IV_BYTES = 12
const SALT_BYTES = 16

export type KdfParams = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const fromHex = (hex: string): Uint8Array => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)))
const utf8 = new TextEncoder()

/**
 * Only for tests: fewer iterations make unit tests fast. Files written with fewer than the
 * minimum are refused on import unless the same override allows them.
 */
let testIterations: number | null = null
export function setTestKdfIterations(iterations: number | null): void {
  testIterations = iterations
}
const minimumIterations = () => Math.min(KDF_MIN_ITERATIONS, testIterations ?? KDF_MIN_ITERATIONS)

export function newKdfParams(): KdfParams {
  return {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: testIterations ?? KDF_DEFAULT_ITERATIONS,
    salt: toHex(crypto.getRandomValues(new Uint8Array(SALT_BYTES)))
  }
}

/** Checks the parameters read from a file before any work: weak or absurd settings are refused. */
export function checkKdfParams(params: KdfParams): void {
  if (params.iterations < minimumIterations())
    throw new BackupError('weak-encryption', { iterations: params.iterations, minimum: KDF_MIN_ITERATIONS })
  if (params.iterations > 10_000_000) throw new BackupError('damaged', { detail: 'iterations' })
  if (!/^[0-9a-f]{32,128}$/.test(params.salt)) throw new BackupError('damaged', { detail: 'salt' })
}

export async function deriveKey(password: string, params: KdfParams): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', utf8.encode(password.normalize('NFC')) as BufferSource, 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: params.iterations, salt: fromHex(params.salt) as BufferSource },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  )
}

/** IV (12 bytes) followed by ciphertext and tag. */
export async function encryptPart(key: CryptoKey, partName: string, plain: Uint8Array): Promise<Uint8Array> {
  const [iv, sealed] = await encryptPartPieces(key, partName, plain)
  const out = new Uint8Array(IV_BYTES + sealed.length)
  out.set(iv)
  out.set(sealed, IV_BYTES)
  return out
}

/** The same part as two pieces, IV and then ciphertext with tag, so a big part is never copied to join them. */
export async function encryptPartPieces(key: CryptoKey, partName: string, plain: Uint8Array): Promise<[Uint8Array, Uint8Array]> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(partName) as BufferSource }, key, plain as BufferSource)
  )
  return [iv, sealed]
}

export async function decryptPart(key: CryptoKey, partName: string, sealed: Uint8Array): Promise<Uint8Array> {
  if (sealed.length < IV_BYTES + 16) throw new BackupError('damaged', { detail: `part ${partName}` })
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as BufferSource, additionalData: utf8.encode(partName) as BufferSource },
      key,
      sealed.subarray(IV_BYTES) as BufferSource
    )
    return new Uint8Array(plain)
  } catch {
    throw new BackupError('wrong-password')
  }
}
