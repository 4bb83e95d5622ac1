import { isJpeg, isPng } from '@renderer/base/imageType'
import { PDF_MESSAGES } from '@renderer/pdf/pdfErrors'

export const MAX_SIGNATURE_FILE_BYTES = 10 * 1024 * 1024
const MAX_SOURCE_PIXELS = 6000
/** Signatures are scaled to fit this box: enough for print, small enough for the database. */
const TARGET = { width: 900, height: 300 }

export class SignatureImageError extends Error {}

/**
 * A PNG or JPEG the user chose, checked and scaled down to a PNG (transparency kept). Throws
 * SignatureImageError with a Swedish message for anything else; the draft is never touched here.
 */
export async function prepareSignatureImage(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.byteLength > MAX_SIGNATURE_FILE_BYTES) throw new SignatureImageError(PDF_MESSAGES['image-too-large'])
  const type = isPng(bytes) ? 'image/png' : isJpeg(bytes) ? 'image/jpeg' : null
  if (!type) throw new SignatureImageError(PDF_MESSAGES['not-image'])
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type }))
  } catch {
    throw new SignatureImageError(PDF_MESSAGES['not-image'])
  }
  try {
    if (bitmap.width > MAX_SOURCE_PIXELS || bitmap.height > MAX_SOURCE_PIXELS)
      throw new SignatureImageError(PDF_MESSAGES['image-too-large'])
    if (bitmap.width < 2 || bitmap.height < 2) throw new SignatureImageError(PDF_MESSAGES['not-image'])
    const scale = Math.min(1, TARGET.width / bitmap.width, TARGET.height / bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    return canvasToPng(canvas)
  } finally {
    bitmap.close()
  }
}

export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new SignatureImageError(PDF_MESSAGES['not-image'])
  return new Uint8Array(await blob.arrayBuffer())
}

/** The drawing cropped to its strokes (plus a small margin), so it fills the signature line in the PDF. */
export async function trimmedCanvasPng(source: HTMLCanvasElement, margin = 8): Promise<Uint8Array> {
  const ctx = source.getContext('2d')!
  const { width, height } = source
  const data = ctx.getImageData(0, 0, width, height).data
  let top = height
  let left = width
  let right = -1
  let bottom = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3]! > 0) {
        if (x < left) left = x
        if (x > right) right = x
        if (y < top) top = y
        if (y > bottom) bottom = y
      }
    }
  }
  if (right < 0) return canvasToPng(source)
  const x0 = Math.max(0, left - margin)
  const y0 = Math.max(0, top - margin)
  const w = Math.min(width, right + margin + 1) - x0
  const h = Math.min(height, bottom + margin + 1) - y0
  const out = document.createElement('canvas')
  out.width = w
  out.height = h
  out.getContext('2d')!.drawImage(source, x0, y0, w, h, 0, 0, w, h)
  return canvasToPng(out)
}
