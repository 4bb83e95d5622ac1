/** Renders one PDF page into a canvas with pdf.js, bundled locally with its worker (no CDN, no network). */
export async function renderPdfPage(bytes: Uint8Array, pageIndex: number, scale: number, canvas: HTMLCanvasElement): Promise<void> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: true }).promise
  try {
    const page = await doc.getPage(pageIndex + 1)
    const viewport = page.getViewport({ scale })
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    canvas.style.width = `${Math.floor(viewport.width)}px`
    canvas.style.height = `${Math.floor(viewport.height)}px`
    await page.render({ canvas, viewport }).promise
  } finally {
    await doc.destroy()
  }
}
