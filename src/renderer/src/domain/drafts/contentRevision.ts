import { canonicalJson, encodeValue } from '@renderer/domain/backup/codec'

/**
 * A short revision string for a stored value, computed from its content (an ETag). An autosave
 * copy carries the revision of the stored record it was taken from; when the record is read back,
 * the copy applies only while the record still has that revision. Content, not a clock, so the
 * forms whose records have no `updatedAt` (settings, a board's connection steps) get the same
 * protection, and a record restored from an older backup never looks "not newer".
 */
export function contentRevision(value: unknown): string {
  return hash64(canonicalJson(encodeValue(value)))
}

/** Two FNV-1a lanes (different offsets) plus the length: collisions are far rarer than edits. Not for security. */
function hash64(text: string): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ (c + 0x9e), 0x01000193) >>> 0
  }
  return `${a.toString(36)}.${b.toString(36)}.${text.length.toString(36)}`
}
