/**
 * Limits on what a backup may contain, checked before anything recursive touches the data: a
 * crafted file nested 200 000 levels deep or with a 50 MB name must be a clear backup error, not a
 * stack overflow or a frozen window.
 */
export const MAX_DEPTH = 32
/** Longer than any text the app stores (undertaking texts, notes); binary data is not a string. */
export const MAX_STRING_LENGTH = 200_000
export const MAX_BINARY_BYTES = 100 * 1024 * 1024

/**
 * The deepest nesting of `[`/`{` in JSON text, counted without recursion (strings skipped).
 * Stops early and returns `limit + 1` once the limit is passed.
 */
export function jsonNestingDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth
        if (max > limit) return max
      }
    } else if (c === 125 || c === 93) depth--
  }
  return max
}
