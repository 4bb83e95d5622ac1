import type { PDFDocument, PDFImage, PDFPage } from '@cantoo/pdf-lib'
import { rgb } from '@cantoo/pdf-lib'
import { isJpeg, isPng } from '@renderer/base/imageType'
import type { Signature } from '@renderer/domain/agreement/types'
import type { AgreementFonts } from './pdfFonts'
import { missingCharacters } from './glyphCoverage'
import { pdfInputError } from './pdfErrors'
import { textWidth } from './pageWriter'

export type Rect = { x: number; y: number; width: number; height: number }

async function embedImage(doc: PDFDocument, bytes: Uint8Array): Promise<PDFImage> {
  if (isPng(bytes)) return doc.embedPng(bytes)
  if (isJpeg(bytes)) return doc.embedJpg(bytes)
  throw pdfInputError('not-image')
}

/** Draws a signature inside `rect`, keeping its proportions, sitting on the rect's bottom edge. */
export async function drawSignature(
  doc: PDFDocument,
  page: PDFPage,
  rect: Rect,
  signature: Signature,
  fonts: AgreementFonts
): Promise<void> {
  // A hand signature is on the paper; the file never pretends to carry it.
  if (signature.kind === 'hand') return
  if (signature.kind === 'typed') {
    const text = signature.text.normalize('NFC').trim()
    if (!text) return
    // The handwriting font lacks some scripts (e.g. Vietnamese); then the sans font draws the name.
    const font = (await missingCharacters(text, 'handwriting')).length === 0 ? await fonts.handwriting() : fonts.sans
    let size = Math.min(rect.height * 0.8, 28)
    while (size > 6 && textWidth(font, text, size) > rect.width) size -= 0.5
    page.drawText(text, { x: rect.x + 2, y: rect.y + rect.height * 0.2, size, font, color: rgb(0.05, 0.1, 0.35) })
    return
  }
  const image = await embedImage(doc, signature.png)
  const scale = Math.min(rect.width / image.width, rect.height / image.height)
  const width = image.width * scale
  const height = image.height * scale
  page.drawImage(image, { x: rect.x + (rect.width - width) / 2, y: rect.y, width, height })
}

export const signatureMethod = (s: Signature | undefined): string =>
  !s
    ? 'inte undertecknad'
    : s.kind === 'typed'
      ? 'inskrivet namn'
      : s.kind === 'drawn'
        ? 'ritad underskrift'
        : s.kind === 'hand'
          ? `underskrift för hand ${s.signedOn}, inskannad som ”${s.scanName}” (SHA-256 ${s.scanSha256})`
          : 'uppladdad bild av underskrift'
