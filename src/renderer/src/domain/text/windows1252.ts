/**
 * Windows-1252 ("ANSI" in Swedish Excel) decoding with our own table. Node's
 * TextDecoder('windows-1252') maps some bytes in 0x80–0x9F (e.g. Š, Ž) to C1 control characters,
 * so we never rely on it.
 */

// Bytes 0x80–0x9F; the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code
// point, as the WHATWG Encoding Standard does.
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
]

const DECODE: string[] = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte)
)

const ENCODE = new Map<string, number>(DECODE.map((ch, byte) => [ch, byte]))

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  // Chunked join keeps this linear for large files.
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i++) {
    out += DECODE[bytes[i]!]
    if (out.length >= 8192) {
      parts.push(out)
      out = ''
    }
  }
  parts.push(out)
  return parts.join('')
}

/** Encodes text as Windows-1252; throws on a character the code page lacks (used by fixtures and tests). */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  let i = 0
  for (const ch of text) {
    const byte = ENCODE.get(ch)
    if (byte === undefined) throw new Error(`Tecknet ”${ch}” finns inte i Windows-1252.`)
    out[i++] = byte
  }
  return out.subarray(0, i)
}

export type TextFileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

/**
 * A UTF-16 byte-order mark (Excel's "Unicode text") decodes as UTF-16; valid UTF-8 (with or
 * without BOM) as UTF-8; anything else is read as Windows-1252.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextFileEncoding } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
