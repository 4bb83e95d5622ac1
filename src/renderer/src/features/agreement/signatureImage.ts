import { PDF_MESSAGES } from '@renderer/pdf/pdfErrors'

export const MAX_SIGNATURE_FILE_BYTES = 10 * 1024 * 1024
const MAX_SOURCE_PIXELS = 6000
/** Signatures are scaled to fit this box: enough for print, small enough for the database. */
const TARGET = { width: 900, height: 300 }

const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47
const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff

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
    if (bitmap.width > MAX_SOURCE_PIXELS || bitmap.height > MAX_SOURCE_PIXELS) throw new SignatureImageError(PDF_MESSAGES['image-too-large'])
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
