import { isJpeg, isPng } from './imageType'

/** The kinds of file a scan of a signed paper may be. */
export type ScanMimeType = 'application/pdf' | 'image/png' | 'image/jpeg'

// "%PDF-"; readers accept the header anywhere in the first 1024 bytes, so this does too.
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]
const PDF_HEADER_WINDOW = 1024

export function isPdf(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW - PDF_MAGIC.length)
  for (let i = 0; i <= last; i++) {
    let match = true
    for (let j = 0; j < PDF_MAGIC.length; j++)
      if (bytes[i + j] !== PDF_MAGIC[j]) {
        match = false
        break
      }
    if (match) return true
  }
  return false
}

/**
 * What a file is, read from its first bytes rather than its name (a scan called "kopia.pdf" may be
 * a JPEG): PDF, PNG or JPEG, or null for anything else.
 */
export function sniffScanType(bytes: Uint8Array): ScanMimeType | null {
  if (isPng(bytes)) return 'image/png'
  if (isJpeg(bytes)) return 'image/jpeg'
  if (isPdf(bytes)) return 'application/pdf'
  return null
}
