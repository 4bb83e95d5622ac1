import { deflateSync, inflateSync } from 'fflate'

/**
 * Raw DEFLATE (what zip's method 8 holds, and what encrypted parts hold) through the platform's own
 * zlib — CompressionStream in Chromium, Electron and Node — several times faster than deflating
 * in JavaScript. Any DEFLATE reader reads what either writes, so older files (fflate's output) and
 * newer ones read alike. fflate stays for where the streams are missing.
 */
const native = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function'

export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  if (!native) return deflateSync(data, { level: 6 })
  const stream = new CompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  // Written straight into the stream (no Blob copy); errors show on the readable side.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined)
  writer.close().catch(() => undefined)
  return new Uint8Array(await new Response(stream.readable).arrayBuffer())
}

/**
 * Inflates `packed`, which must come to exactly `size` bytes: more is refused before it is held
 * (a zip bomb stops at the size its entry declares), less or a damaged stream throws.
 */
export async function inflateRaw(packed: Uint8Array, size: number): Promise<Uint8Array> {
  if (!native) {
    const out = inflateSync(packed, { out: new Uint8Array(size) })
    if (out.length !== size) throw new Error('inflated size')
    return out
  }
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  writer.write(packed as Uint8Array<ArrayBuffer>).catch(() => undefined)
  writer.close().catch(() => undefined)
  const reader = stream.readable.getReader()
  const out = new Uint8Array(size)
  let at = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (at + value.length > size) {
      await reader.cancel().catch(() => undefined)
      throw new Error('inflated size')
    }
    out.set(value, at)
    at += value.length
  }
  if (at !== size) throw new Error('inflated size')
  return out
}
