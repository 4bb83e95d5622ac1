/**
 * Base64 without `btoa` over one huge string: PDFs of several MB are encoded into a byte buffer
 * in one pass (no quadratic string building), and decoding is strict so a damaged value is an
 * error rather than silently different bytes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ENC = new Uint8Array(64)
const DEC = new Int16Array(128).fill(-1)
for (let i = 0; i < 64; i++) {
  ENC[i] = ALPHABET.charCodeAt(i)
  DEC[ALPHABET.charCodeAt(i)] = i
}
const PAD = 61 // '='
const ascii = new TextDecoder('ascii')

export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4)
  let o = 0
  let i = 0
  const whole = bytes.length - (bytes.length % 3)
  for (; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = ENC[n >>> 18]!
    out[o++] = ENC[(n >>> 12) & 63]!
    out[o++] = ENC[(n >>> 6) & 63]!
    out[o++] = ENC[n & 63]!
  }
  const rest = bytes.length - whole
  if (rest === 1) {
    const n = bytes[i]! << 16
    out[o++] = ENC[n >>> 18]!
    out[o++] = ENC[(n >>> 12) & 63]!
    out[o++] = PAD
    out[o] = PAD
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out[o++] = ENC[n >>> 18]!
    out[o++] = ENC[(n >>> 12) & 63]!
    out[o++] = ENC[(n >>> 6) & 63]!
    out[o] = PAD
  }
  // The output is pure ASCII, so decoding it as text is exact and fast.
  return ascii.decode(out)
}

/** Strict: length a multiple of 4, only the standard alphabet, canonical padding. Returns null if invalid. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  let pad = 0
  if (text.length > 0 && text.charCodeAt(text.length - 1) === PAD) pad++
  if (text.length > 1 && text.charCodeAt(text.length - 2) === PAD) pad++
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  let o = 0
  const value = (k: number): number => {
    const c = text.charCodeAt(k)
    return c < 128 ? DEC[c]! : -1
  }
  for (let k = 0; k < text.length; k += 4) {
    const last = k + 4 === text.length
    const a = value(k)
    const b = value(k + 1)
    const c = last && pad === 2 ? 0 : value(k + 2)
    const d = last && pad >= 1 ? 0 : value(k + 3)
    if (a < 0 || b < 0 || c < 0 || d < 0) return null
    const n = (a << 18) | (b << 12) | (c << 6) | d
    out[o++] = n >>> 16
    if (o < out.length) out[o++] = (n >>> 8) & 255
    if (o < out.length) out[o++] = n & 255
    // Non-zero unused bits mean the text was not written by an encoder: refuse it.
    if (last && pad === 2 && (b & 15) !== 0) return null
    if (last && pad === 1 && (c & 3) !== 0) return null
  }
  return out
}
