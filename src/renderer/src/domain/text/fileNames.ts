/**
 * Names for files the app writes, inside a zip or offered in a save dialog. They must be one
 * harmless path segment on every system the file may be unpacked on, Windows included.
 */

// Control characters (C0, DEL, C1), path separators and the characters Windows forbids.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]/g
// Bidirectional overrides and zero-width marks can make `x.exe.pdf` look like `x.pdf.exe`.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
// Windows opens a device, not a file, for these, with any extension ("nul.pdf", "COM1.txt").
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

export const FALLBACK_NAME = 'namnlös'

/** One safe path segment: no separators, no dot-only name, no trailing dot or space, no device name. */
export function safeNamePart(name: string, maxLength = 80): string {
  let text = String(name).normalize('NFC').replace(FORBIDDEN, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  // Leading dots hide a file (or make `..`); trailing dots and spaces are dropped by Windows.
  text = text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
  text = Array.from(text)
    .slice(0, maxLength)
    .join('')
    .replace(/[.\s]+$/, '')
  if (!text) return FALLBACK_NAME
  const stem = text.split('.')[0]!.trim()
  if (RESERVED.test(stem)) text = `_${text}`
  return text
}

/** `name.pdf` → ['name', '.pdf']; a name without a dot has no extension. */
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
}

/**
 * A zip entry path made of safe segments (folders, then the file name), unique within the archive
 * even on a file system that ignores case: a second `Rapport.pdf` becomes `Rapport (2).pdf`.
 * `used` holds the lower-cased paths already in the archive and is updated.
 */
export function uniqueEntryPath(segments: readonly string[], used: Set<string>): string {
  const parts = segments.length ? segments.map((s) => safeNamePart(s)) : [FALLBACK_NAME]
  const folder = parts.slice(0, -1).join('/')
  const [stem, ext] = splitExtension(parts[parts.length - 1]!)
  for (let i = 1; ; i++) {
    const file = i === 1 ? `${stem}${ext}` : `${stem} (${i})${ext}`
    const path = folder ? `${folder}/${file}` : file
    if (!used.has(path.toLowerCase())) {
      used.add(path.toLowerCase())
      return path
    }
  }
}
