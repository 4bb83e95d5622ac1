import { rgb } from '@cantoo/pdf-lib'
import { createPdfWithFonts, drawFooters, PdfTextWriter } from './undertakingPdf'
import { savePdf } from './activeContent'
import { byUnitThenName } from '@renderer/domain/caseworkers/reminders'

export type CaseworkerReportRow = {
  name: string
  unit: string
  role?: string
  /** Swedish status text, e.g. "Undertecknad". */
  status: string
  since?: string
  /** E.g. "v2 2026-03-01". */
  signed?: string
  /** How that signature was given, e.g. "I PDF-läsare". */
  method?: string
  lastReminder?: string
  /** Access to SSBTEK, e.g. "från 2026-03-01" or "Nej". */
  access?: string
}

export type CaseworkerReportInput = {
  municipality: string
  /** YYYY-MM-DD */
  date: string
  /** "Alla enheter" or the unit the report covers. */
  unit: string
  version: { number: number; sha256: string; publishedOn: string } | null
  /** Summary lines, e.g. ["Aktiva: 120", "Undertecknat gällande version: 98 (82 %)"]. */
  summary: string[]
  rows: CaseworkerReportRow[]
}

// Nine columns on a landscape A4 page (762 pt between the margins) at 7.5 pt: widths chosen so
// that a date, "v2 2026-03-02", "I PDF-läsare" and "2026-01-10 – 2026-12-31" print in full.
const COLUMNS: { key: keyof CaseworkerReportRow; label: string; width: number }[] = [
  { key: 'name', label: 'Namn', width: 112 },
  { key: 'unit', label: 'Enhet', width: 82 },
  { key: 'role', label: 'Roll', width: 56 },
  { key: 'status', label: 'Status', width: 110 },
  { key: 'since', label: 'Sedan', width: 54 },
  { key: 'signed', label: 'Senast undertecknad', width: 92 },
  { key: 'method', label: 'Sätt', width: 70 },
  { key: 'lastReminder', label: 'Påmind', width: 54 },
  { key: 'access', label: 'Behörighet', width: 112 }
]

/**
 * The audit report and the reminder list: date, municipality, unit, version hash, and every person
 * (by unit, then name) with status and dates.
 */
export async function buildCaseworkerReportPdf(input: CaseworkerReportInput): Promise<Uint8Array> {
  const { doc, font, bold } = await createPdfWithFonts(`Rapport försäkran SSBTEK – ${input.municipality} – ${input.date}`)
  doc.setAuthor(input.municipality)
  const size = 7.5
  const rowHeight = 12
  const drawHeader = (w: PdfTextWriter) => {
    let x = w.margin
    w.y -= rowHeight
    w.page.drawRectangle({ x: w.margin - 2, y: w.y - 3, width: w.width + 4, height: rowHeight, color: rgb(0.93, 0.95, 0.97) })
    for (const c of COLUMNS) {
      w.page.drawText(c.label, { x, y: w.y, size, font: bold })
      x += c.width
    }
    w.y -= 4
  }
  let tableStarted = false
  const w = new PdfTextWriter(doc, font, bold, [841.89, 595.28], 40, (writer) => {
    if (tableStarted) drawHeader(writer)
  })
  w.paragraph('Rapport: försäkran om användning av SSBTEK', { size: 15, bold: true, gapAfter: 6 })
  w.paragraph(`Kommun: ${input.municipality}`, { size: 10, gapAfter: 1 })
  w.paragraph(`Datum: ${input.date}`, { size: 10, gapAfter: 1 })
  w.paragraph(`Enhet: ${input.unit}`, { size: 10, gapAfter: 1 })
  w.paragraph(
    input.version
      ? `Gällande version: ${input.version.number}, publicerad ${input.version.publishedOn}, SHA-256 ${input.version.sha256}`
      : 'Gällande version: ingen version är publicerad.',
    { size: 10, gapAfter: 8 }
  )
  for (const line of input.summary) w.paragraph(line, { size: 10, gapAfter: 1 })
  w.y -= 8
  if (!input.rows.length) w.paragraph('Inga personer matchar urvalet.', { size: 10 })
  else {
    tableStarted = true
    drawHeader(w)
    for (const row of [...input.rows].sort(byUnitThenName)) {
      w.ensure(rowHeight)
      w.y -= rowHeight
      let x = w.margin
      for (const c of COLUMNS) {
        const value = row[c.key] ?? ''
        if (value) w.page.drawText(w.fit(value, size, c.width - 6), { x, y: w.y, size, font })
        x += c.width
      }
      w.page.drawLine({
        start: { x: w.margin - 2, y: w.y - 3.5 },
        end: { x: w.margin + w.width, y: w.y - 3.5 },
        thickness: 0.3,
        color: rgb(0.75, 0.77, 0.8)
      })
    }
  }
  drawFooters(w, `Rapport från Anslutningsguiden, ${input.municipality}, ${input.date}. Raderade personer ingår bara som antal.`)
  return savePdf(doc)
}
