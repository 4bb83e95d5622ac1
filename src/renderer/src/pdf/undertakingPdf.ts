import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import fontkit from '@cantoo/fontkit'
import { subsetTag } from '@renderer/base/subsetTag'
import { loadFont } from './fonts'
import { savePdf } from './activeContent'

/** Control characters (other than line breaks) never reach a PDF content stream. */
const clean = (text: string): string => text.normalize('NFC').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')

/** A small flowing-text writer over pdf-lib pages with DejaVu Sans embedded (any Latin script). */
export class PdfTextWriter {
  page!: PDFPage
  y = 0
  pageCount = 0
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    readonly size: [number, number] = [595.28, 841.89],
    readonly margin = 56,
    private readonly onNewPage?: (writer: PdfTextWriter) => void
  ) {
    this.newPage()
  }

  get width(): number {
    return this.size[0] - 2 * this.margin
  }

  newPage(): void {
    this.page = this.doc.addPage(this.size)
    this.pageCount++
    this.y = this.size[1] - this.margin
    this.onNewPage?.(this)
  }

  ensure(height: number): void {
    if (this.y - height < this.margin + 24) this.newPage()
  }

  /** Splits text into lines that fit `width` at `size`, breaking over-long words by character. */
  wrap(text: string, size: number, width = this.width, font = this.font): string[] {
    const lines: string[] = []
    for (const paragraph of clean(text).split('\n')) {
      let line = ''
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate
          continue
        }
        if (line) lines.push(line)
        let rest = word
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--
          lines.push(rest.slice(0, cut))
          rest = rest.slice(cut)
        }
        line = rest
      }
      lines.push(line)
    }
    return lines
  }

  paragraph(text: string, opts: { size?: number; bold?: boolean; gapAfter?: number; x?: number; width?: number } = {}): void {
    const size = opts.size ?? 10.5
    const font = opts.bold ? this.bold : this.font
    const lineHeight = size * 1.35
    for (const line of this.wrap(text, size, opts.width ?? this.width, font)) {
      this.ensure(lineHeight)
      this.y -= lineHeight
      if (line) this.page.drawText(line, { x: opts.x ?? this.margin, y: this.y + size * 0.3, size, font, color: rgb(0.1, 0.1, 0.12) })
    }
    this.y -= opts.gapAfter ?? size * 0.6
  }

  /** Cuts text to fit a width, with an ellipsis. */
  fit(text: string, size: number, width: number, font = this.font): string {
    const t = clean(text).replace(/\s+/g, ' ')
    if (font.widthOfTextAtSize(t, size) <= width) return t
    let n = t.length
    while (n > 0 && font.widthOfTextAtSize(`${t.slice(0, n)}…`, size) > width) n--
    return `${t.slice(0, n)}…`
  }
}

export async function createPdfWithFonts(title: string): Promise<{ doc: PDFDocument; font: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const [regular, boldBytes] = await Promise.all([loadFont('sans'), loadFont('sans-bold')])
  // Ligatures off so the text reads back exactly as shown; a subset tag so readers know it is a subset.
  const features = { liga: false, clig: false, dlig: false, rlig: false, calt: false }
  const font = await doc.embedFont(regular, { subset: true, features, customName: `${subsetTag()}+DejaVuSans` })
  const bold = await doc.embedFont(boldBytes, { subset: true, features, customName: `${subsetTag()}+DejaVuSans-Bold` })
  doc.setTitle(clean(title))
  doc.setLanguage('sv-SE')
  doc.setCreator('Anslutningsguiden')
  doc.setProducer('Anslutningsguiden')
  return { doc, font, bold }
}

/** Footer on every page: page numbers and, where given, a fixed note. */
export function drawFooters(writer: PdfTextWriter, note: string): void {
  const pages = writer.doc.getPages()
  pages.forEach((page, i) => {
    const size = 7.5
    const lines = writer.wrap(`${note}  Sida ${i + 1} av ${pages.length}.`, size)
    lines.forEach((line, j) =>
      page.drawText(line, {
        x: writer.margin,
        y: writer.margin - 14 - j * size * 1.3,
        size,
        font: writer.font,
        color: rgb(0.29, 0.31, 0.34)
      })
    )
  })
}

export type UndertakingPdfInput = {
  municipality: string
  version: { number: number; title: string; text: string; sha256: string; publishedOn: string }
  caseworker: { name: string; email: string; unit: string; role?: string; employeeId?: string }
  /** Absent: a prefilled form for a wet signature. */
  signature?:
    | { kind: 'drawn'; png: Uint8Array; signedOn: string; signedAt: string }
    | { kind: 'typed'; typedName: string; signedOn: string; signedAt: string }
}

/** Keyword in every undertaking PDF's metadata; such a file never joins the agreement package. */
export const UNDERTAKING_PDF_KEYWORD = 'anslutningsguiden-undertaking'

const NEVER_TO_FK = 'Försäkran stannar hos kommunen: den skickas inte till Försäkringskassan och bifogas aldrig anslutningsavtalet.'

/**
 * The undertaking as a PDF for one person: the exact text of the version (its SHA-256 on every
 * page), the person's details, and either the on-screen signature or empty lines for ink.
 */
export async function buildUndertakingPdf(input: UndertakingPdfInput): Promise<Uint8Array> {
  const { version, caseworker, signature } = input
  const { doc, font, bold } = await createPdfWithFonts(`${version.title} – ${caseworker.name}`)
  doc.setSubject(`Version ${version.number}, SHA-256 ${version.sha256}`)
  // Lets the agreement package recognise this file by content too: it must never be attached.
  doc.setKeywords([UNDERTAKING_PDF_KEYWORD])
  doc.setAuthor(clean(input.municipality))
  const w = new PdfTextWriter(doc, font, bold)
  // The composed text starts with the title; draw it as the heading.
  const [title, ...rest] = version.text.split('\n')
  w.paragraph(title ?? version.title, { size: 15, bold: true, gapAfter: 6 })
  w.paragraph(`${input.municipality} · Version ${version.number}, publicerad ${version.publishedOn}`, { size: 9.5, gapAfter: 12 })
  const paragraphs = rest
    .join('\n')
    .trim()
    .split(/\n{2,}/)
  for (const p of paragraphs) w.paragraph(p, { size: 10.5, gapAfter: 7 })

  w.ensure(190)
  w.y -= 10
  w.paragraph('Handläggare', { size: 12, bold: true, gapAfter: 4 })
  const facts: [string, string | undefined][] = [
    ['Namn', caseworker.name],
    ['E-post', caseworker.email],
    ['Enhet', caseworker.unit],
    ['Roll', caseworker.role],
    ['Anställningsnummer', caseworker.employeeId]
  ]
  for (const [label, value] of facts) if (value) w.paragraph(`${label}: ${value}`, { size: 10.5, gapAfter: 1 })
  w.y -= 14

  if (!signature) {
    w.paragraph('Jag har läst texten ovan och förbinder mig att följa den.', { size: 10.5, gapAfter: 24 })
    for (const label of ['Ort och datum', 'Underskrift', 'Namnförtydligande']) {
      w.ensure(42)
      w.y -= 28
      w.page.drawLine({ start: { x: w.margin, y: w.y }, end: { x: w.margin + 260, y: w.y }, thickness: 0.8, color: rgb(0.2, 0.2, 0.2) })
      w.page.drawText(label, { x: w.margin, y: w.y - 11, size: 8.5, font })
      w.y -= 12
    }
  } else {
    w.paragraph(`Jag har läst texten ovan och förbinder mig att följa den. Undertecknat på skärmen ${signature.signedOn}.`, {
      size: 10.5,
      gapAfter: 8
    })
    w.ensure(90)
    if (signature.kind === 'drawn') {
      const image = await doc.embedPng(signature.png)
      const scale = Math.min(220 / image.width, 70 / image.height, 1)
      w.y -= image.height * scale
      w.page.drawImage(image, { x: w.margin, y: w.y, width: image.width * scale, height: image.height * scale })
    } else {
      w.y -= 26
      w.page.drawText(w.fit(signature.typedName, 20, 300, bold), {
        x: w.margin,
        y: w.y + 4,
        size: 20,
        font: bold,
        color: rgb(0.05, 0.1, 0.35)
      })
    }
    w.page.drawLine({
      start: { x: w.margin, y: w.y - 2 },
      end: { x: w.margin + 260, y: w.y - 2 },
      thickness: 0.8,
      color: rgb(0.2, 0.2, 0.2)
    })
    w.y -= 14
    w.paragraph(
      `${signature.kind === 'drawn' ? 'Ritad underskrift' : 'Skrivet namn som underskrift'} av ${caseworker.name}, registrerad ${formatStockholmTime(signature.signedAt, { withOffset: true })} svensk tid.`,
      { size: 8.5 }
    )
  }
  drawFooters(w, `SHA-256 för versionens text: ${version.sha256}. ${NEVER_TO_FK}`)
  return savePdf(doc)
}
