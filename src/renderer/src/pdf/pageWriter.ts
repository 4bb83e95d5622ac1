import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage } from '@cantoo/pdf-lib'

const MARGIN = 56
const [A4_WIDTH, A4_HEIGHT] = PageSizes.A4
export const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN
const LABEL_WIDTH = 190
const TEXT = rgb(0.08, 0.08, 0.1)
const MUTED = rgb(0.3, 0.32, 0.36)

// Laying out text with fontkit (shaping, kerning) is the slow part of building a page, so widths
// are measured once per string and font, at size 1, and scaled.
const widthCache = new WeakMap<PDFFont, Map<string, number>>()

export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = widthCache.get(font)
  if (!cache) widthCache.set(font, (cache = new Map<string, number>()))
  let w = cache.get(text)
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, 1)
    cache.set(text, w)
  }
  return w * size
}

/**
 * Splits text into lines no wider than `width`, breaking at spaces (and inside over-long words).
 * A line's width is the sum of its words and spaces (kerning across a space is nil in the bundled
 * fonts), so each word is measured once.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  const space = textWidth(font, ' ', size)
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const word of paragraph.split(/ +/)) {
      const wordWidth = textWidth(font, word, size)
      const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth
      if (candidateWidth <= width) {
        line = line ? `${line} ${word}` : word
        lineWidth = candidateWidth
        continue
      }
      if (line) lines.push(line)
      line = word
      lineWidth = wordWidth
      while (lineWidth > width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && textWidth(font, line.slice(0, cut), size) > width) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
        lineWidth = textWidth(font, line, size)
      }
    }
    lines.push(line)
  }
  return lines
}

/** A top-to-bottom writer over A4 pages that starts a new page when the current one is full. */
export class PageWriter {
  page!: PDFPage
  y = 0
  readonly pages: PDFPage[] = []

  constructor(
    readonly doc: PDFDocument,
    readonly sans: PDFFont,
    readonly bold: PDFFont
  ) {
    this.newPage()
  }

  get pageIndex(): number {
    return this.doc.getPageCount() - 1
  }

  newPage(): void {
    this.page = this.doc.addPage([A4_WIDTH, A4_HEIGHT])
    this.pages.push(this.page)
    this.y = A4_HEIGHT - MARGIN
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage()
  }

  gap(points: number): void {
    this.y -= points
  }

  text(text: string, options: { size?: number; bold?: boolean; muted?: boolean; indent?: number } = {}): void {
    const { size = 10, bold = false, muted = false, indent = 0 } = options
    const font = bold ? this.bold : this.sans
    const lineHeight = size * 1.35
    for (const line of wrapText(text, font, size, CONTENT_WIDTH - indent)) {
      this.ensure(lineHeight)
      this.y -= lineHeight
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color: muted ? MUTED : TEXT })
    }
  }

  heading(text: string, size = 13): void {
    this.ensure(size * 3)
    this.gap(size * 0.6)
    this.text(text, { size, bold: true })
    this.gap(2)
  }

  /**
   * A label and its value on one row. A long value shrinks first, then moves below its label at
   * full width, and only wraps when even that is too narrow, so it stays one string in the text.
   */
  row(label: string, value: string): void {
    const fits = (width: number) => {
      let size = 10
      while (size > 7.5 && textWidth(this.sans, value, size) > width) size -= 0.5
      return { size, ok: textWidth(this.sans, value, size) <= width }
    }
    const beside = fits(CONTENT_WIDTH - LABEL_WIDTH)
    const below = !beside.ok && fits(CONTENT_WIDTH).ok
    const valueWidth = below ? CONTENT_WIDTH : CONTENT_WIDTH - LABEL_WIDTH
    const size = below ? fits(CONTENT_WIDTH).size : beside.size
    const valueLines = wrapText(value || '–', this.sans, size, valueWidth)
    const labelLines = wrapText(label, this.bold, 9, below ? CONTENT_WIDTH : LABEL_WIDTH - 10)
    const lineHeight = 13.5
    const height = (below ? valueLines.length + labelLines.length : Math.max(valueLines.length, labelLines.length)) * lineHeight
    this.ensure(height + 4)
    const top = this.y
    labelLines.forEach((line, i) =>
      this.page.drawText(line, { x: MARGIN, y: top - (i + 1) * lineHeight + 3.5, size: 9, font: this.bold, color: MUTED })
    )
    const valueTop = below ? top - labelLines.length * lineHeight : top
    const valueX = below ? MARGIN : MARGIN + LABEL_WIDTH
    valueLines.forEach((line, i) =>
      this.page.drawText(line, { x: valueX, y: valueTop - (i + 1) * lineHeight + 3.5, size, font: this.sans, color: TEXT })
    )
    this.y = top - height - 4
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 2 },
      end: { x: MARGIN + CONTENT_WIDTH, y: this.y + 2 },
      thickness: 0.4,
      color: rgb(0.8, 0.82, 0.85)
    })
  }

  /** Reserves a box of the given height across the content width and returns its rectangle. */
  box(height: number): { x: number; y: number; width: number; height: number; page: number } {
    this.ensure(height)
    this.y -= height
    return { x: MARGIN, y: this.y, width: CONTENT_WIDTH, height, page: this.pageIndex }
  }

  /** A short document name and page number at the foot of every page this writer made. */
  footers(label: string): void {
    for (const page of this.pages) {
      const n = this.doc.getPages().indexOf(page) + 1
      const text = `${label} – sida ${n}`
      page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 8, font: this.sans, color: MUTED })
    }
  }
}

export const PAGE_MARGIN = MARGIN
