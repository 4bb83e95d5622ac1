import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject
} from '@cantoo/pdf-lib'
import { sha256Hex } from '@renderer/base/sha256'

/**
 * A SHA-256 over what the pages show as the app wrote them: each page's size, its content streams
 * (decoded, so recompression does not matter) and its resources (fonts, images), resolved by value
 * so that renumbered objects do not matter. Annotations, where the form's fields live, are left out:
 * a reader changes them when the form is filled. An edited page text changes the fingerprint.
 */
export async function pageContentFingerprint(doc: PDFDocument): Promise<string> {
  const parts: string[] = []
  const chunks: Uint8Array[] = []
  const seen = new Map<PDFObject, number>()
  const push = (s: string): void => {
    parts.push(s)
  }
  const flush = () => {
    if (parts.length) chunks.push(new TextEncoder().encode(parts.join('')))
    parts.length = 0
  }
  const streamBytes = (stream: PDFStream): Uint8Array => {
    if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode()
    return stream.getContents()
  }

  const canon = (obj: PDFObject | undefined, depth: number): void => {
    if (obj === undefined) return push('null')
    if (depth > 40) return push('deep')
    if (obj instanceof PDFRef) {
      const target = doc.context.lookup(obj)
      if (!target) return push('null')
      const index = seen.get(target)
      if (index !== undefined) return push(`@${index}`)
      seen.set(target, seen.size)
      return canon(target, depth + 1)
    }
    if (obj instanceof PDFStream) {
      push('stream')
      canonDict(obj.dict, depth, ['Length', 'Filter', 'DecodeParms', 'DL'])
      flush()
      const bytes = streamBytes(obj)
      chunks.push(new TextEncoder().encode(`${bytes.length}:`), bytes)
      return
    }
    if (obj instanceof PDFDict) return canonDict(obj, depth, [])
    if (obj instanceof PDFArray) {
      push('[')
      for (let i = 0; i < obj.size(); i++) {
        canon(obj.get(i), depth + 1)
        push(' ')
      }
      return push(']')
    }
    // A string may be rewritten as literal or hex by another writer: compare its text.
    if (obj instanceof PDFString || obj instanceof PDFHexString) return push(`(${JSON.stringify(obj.decodeText())})`)
    push(obj.toString())
  }
  const canonDict = (dict: PDFDict, depth: number, skip: readonly string[]): void => {
    const entries = dict
      .entries()
      .filter(([k]) => !skip.includes(k.decodeText()))
      .sort(([a], [b]) => (a.decodeText() < b.decodeText() ? -1 : a.decodeText() > b.decodeText() ? 1 : 0))
    push('<<')
    for (const [k, v] of entries) {
      push(`${k.toString()} `)
      canon(v, depth + 1)
      push(' ')
    }
    push('>>')
  }

  const pages = doc.getPages()
  push(`pages:${pages.length};`)
  for (const page of pages) {
    const { width, height } = page.getSize()
    push(`page ${width.toFixed(2)}x${height.toFixed(2)};contents:`)
    const contents = page.node.get(PDFName.of('Contents'))
    const list = contents instanceof PDFRef ? doc.context.lookup(contents) : contents
    const refs = list instanceof PDFArray ? list.asArray() : contents ? [contents] : []
    // One page's streams count as one (as the PDF format says), so a writer that joins them
    // does not change the fingerprint.
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref
      flush()
      if (stream instanceof PDFStream) chunks.push(streamBytes(stream), new Uint8Array([10]))
    }
    push(';resources:')
    canon(page.node.Resources(), 0)
    push(';')
  }
  flush()
  let total = 0
  for (const c of chunks) total += c.length
  const all = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    all.set(c, offset)
    offset += c.length
  }
  return sha256Hex(all)
}
