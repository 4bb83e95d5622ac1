import { writeCanonical, type Json } from './codec'

/** Gives the browser a moment to paint between heavy steps, so a big backup never freezes the window. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** Call often inside long loops: yields to the browser once `budgetMs` of work has piled up. */
export function createPacer(budgetMs = 40): () => Promise<void> {
  let last = performance.now()
  return async () => {
    if (performance.now() - last < budgetMs) return
    await yieldToUi()
    last = performance.now()
  }
}

/**
 * Collects text as UTF-8 bytes in pieces of about a megabyte, so a backup of many megabytes is
 * never one giant string, and never copied more than once at the end.
 */
export class Utf8Sink {
  private parts: string[] = []
  private pending = 0
  private chunks: Uint8Array[] = []
  private total = 0
  private readonly encoder = new TextEncoder()

  push(...items: string[]): void {
    for (const s of items) {
      this.parts.push(s)
      this.pending += s.length
    }
    if (this.pending > 1 << 20) this.flush()
  }

  private flush(): void {
    if (this.parts.length === 0) return
    const bytes = this.encoder.encode(this.parts.join(''))
    this.chunks.push(bytes)
    this.total += bytes.length
    this.parts = []
    this.pending = 0
  }

  bytes(): Uint8Array {
    this.flush()
    if (this.chunks.length === 1) return this.chunks[0]!
    const out = new Uint8Array(this.total)
    let at = 0
    for (const c of this.chunks) {
      out.set(c, at)
      at += c.length
    }
    this.chunks = [out]
    return out
  }
}

/**
 * The canonical JSON of `value` (see canonicalJson) written into `sink`, pausing for the browser
 * between elements of the outer levels (document → payload → tables → records).
 */
export async function writeCanonicalPaced(value: Json, sink: Utf8Sink, pace: () => Promise<void>, depth = 0): Promise<void> {
  if (depth >= 4 || value === null || typeof value !== 'object') {
    writeCanonical(value, sink)
    return
  }
  if (Array.isArray(value)) {
    sink.push('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink.push(',')
      await writeCanonicalPaced(value[i]!, sink, pace, depth + 1)
      await pace()
    }
    sink.push(']')
    return
  }
  const keys = Object.keys(value).sort()
  sink.push('{')
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) sink.push(',')
    sink.push(JSON.stringify(keys[i]), ':')
    await writeCanonicalPaced(value[keys[i]!]!, sink, pace, depth + 1)
    await pace()
  }
  sink.push('}')
}
