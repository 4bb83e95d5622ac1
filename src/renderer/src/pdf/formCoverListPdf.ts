import { createPdfWithFonts, drawFooters, PdfTextWriter } from './undertakingPdf'
import { savePdf } from './activeContent'

export type FormCoverListInput = {
  municipality: string
  /** YYYY-MM-DD */
  date: string
  version: { number: number; publishedOn: string; sha256: string }
  rows: { name: string; unit?: string; email: string; fileName: string }[]
}

/** The team lead's list of who got which form file, to tick off as forms come back. */
export async function buildFormCoverListPdf(input: FormCoverListInput): Promise<Uint8Array> {
  const { doc, font, bold } = await createPdfWithFonts(`Utskickade formulär för försäkran – ${input.municipality} – ${input.date}`)
  const w = new PdfTextWriter(doc, font, bold)
  w.paragraph('Utskickade formulär för försäkran (SSBTEK)', { size: 15, bold: true, gapAfter: 6 })
  w.paragraph(`${input.municipality} · skapad ${input.date}`, { size: 9.5, gapAfter: 2 })
  w.paragraph(`Version ${input.version.number}, publicerad ${input.version.publishedOn}. Textens SHA-256: ${input.version.sha256}`, {
    size: 8.5,
    gapAfter: 10
  })
  w.paragraph(
    `${input.rows.length} ${input.rows.length === 1 ? 'person' : 'personer'} fick var sitt formulär. Ta emot de ifyllda formulären under ”Ta emot ifyllda formulär”; appen kontrollerar att varje fil gäller rätt person och version.`,
    { size: 10, gapAfter: 10 }
  )
  for (const [i, row] of input.rows.entries()) {
    w.ensure(44)
    w.paragraph(`${i + 1}. ${row.name}${row.unit ? ` – ${row.unit}` : ''}`, { size: 10.5, bold: true, gapAfter: 1 })
    w.paragraph(`E-post: ${row.email}`, { size: 9.5, gapAfter: 1, x: w.margin + 14, width: w.width - 14 })
    w.paragraph(`Fil: ${row.fileName}`, { size: 9.5, gapAfter: 6, x: w.margin + 14, width: w.width - 14 })
  }
  drawFooters(w, 'Försäkran stannar hos kommunen och skickas inte till Försäkringskassan.')
  return savePdf(doc)
}
