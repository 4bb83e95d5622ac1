import type SignaturePad from 'signature_pad'

type PadOptions = ConstructorParameters<typeof SignaturePad>[1]

/**
 * Loads signature_pad on demand (it never reaches the first screen) and sizes the canvas to the
 * device's pixel ratio, so a drawn signature stays sharp when it is embedded in a PDF.
 */
export async function createSignaturePad(canvas: HTMLCanvasElement, options: PadOptions): Promise<SignaturePad> {
  const { default: Pad } = await import('signature_pad')
  const ratio = Math.max(window.devicePixelRatio || 1, 1)
  canvas.width = canvas.offsetWidth * ratio
  canvas.height = canvas.offsetHeight * ratio
  canvas.getContext('2d')?.scale(ratio, ratio)
  return new Pad(canvas, options)
}
