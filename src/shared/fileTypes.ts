/**
 * The only file types the app may write through the save dialog. Main enforces this list, so a
 * compromised renderer cannot drop `x.exe`, `x.lnk` or `x.js` on the user's disk. Documents the
 * user attached (and may save again) are limited to formats that do not run code when opened.
 * `asgkopia` is the backup archive (format v2).
 */
export const SAVE_EXTENSIONS = ['asgkopia', 'pdf', 'csv', 'zip', 'json', 'txt', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'odt', 'ods'] as const

const ALLOWED = new Set<string>(SAVE_EXTENSIONS)

/** The part after the last dot, lower case; '' when there is none. */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

export const isAllowedSaveExtension = (extension: string): boolean => ALLOWED.has(extension.toLowerCase())

/** True when a file name may be offered or written: its extension is on the list. */
export const isAllowedSaveName = (name: string): boolean => isAllowedSaveExtension(fileExtension(name))
