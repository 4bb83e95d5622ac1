import { PDFDocument } from '@cantoo/pdf-lib'
import { UNDERTAKING_PDF_KEYWORD } from './undertakingPdf'

/**
 * True when a PDF is one of the app's own undertaking documents (they carry a metadata keyword),
 * whatever the file is called. Used to keep them out of the agreement package.
 */
export async function isUndertakingPdf(bytes: Uint8Array): Promise<boolean> {
  const head = String.fromCharCode(...bytes.subarray(0, 1024))
  if (!head.includes('%PDF-')) return false
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })
    return (doc.getKeywords() ?? '').split(/[\s,;]+/).includes(UNDERTAKING_PDF_KEYWORD)
  } catch {
    return false
  }
}
