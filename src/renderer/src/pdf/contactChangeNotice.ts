import type { Contact } from '@renderer/domain/agreement/types'
import type { ContactRole } from '@renderer/domain/goLive/types'
import { noticeText as t } from '@renderer/i18n/goLive'
import { savePdf } from './activeContent'
import { createPdfWithFonts, drawFooters, PdfTextWriter } from './undertakingPdf'

export type ContactChangeNoticeInput = {
  municipality: string
  organisationsnummer?: string
  /** The board's current name, and the names it had before a reorganisation. */
  boardName: string
  earlierNames: string[]
  role: ContactRole
  /** The person in force the day before the change, when there was one. */
  previous?: Contact
  next: Contact
  /** YYYY-MM-DD the new contact takes over. */
  from: string
  reason: string
  /** YYYY-MM-DD the notice is made. */
  date: string
}

/**
 * "Anmälan om ändrad kontaktperson": a one-page notice to Försäkringskassan with the party, the
 * contact before and after, from when and why, and lines for a signature by hand. Written through
 * the app's one save path (savePdf), so it carries no active content.
 */
export async function buildContactChangeNotice(input: ContactChangeNoticeInput): Promise<Uint8Array> {
  const { doc, font, bold } = await createPdfWithFonts(`${t.title} – ${input.boardName} – ${input.date}`)
  doc.setAuthor(input.municipality)
  doc.setSubject(t.subtitle)
  const w = new PdfTextWriter(doc, font, bold)
  const indent = { x: w.margin + 14, width: w.width - 14 }
  const field = (label: string, value: string | undefined) =>
    w.paragraph(`${label}: ${value || '–'}`, { size: 10.5, gapAfter: 2, ...indent })
  const person = (heading: string, c: Contact | undefined) => {
    w.paragraph(heading, { size: 11, bold: true, gapAfter: 3 })
    if (!c) return w.paragraph(t.none, { size: 10.5, gapAfter: 8, ...indent })
    field(t.name, c.name)
    field(t.title_, c.title)
    field(t.email, c.email)
    field(t.phone, c.phone)
    w.y -= 6
  }

  w.paragraph(t.title, { size: 17, bold: true, gapAfter: 2 })
  w.paragraph(t.subtitle, { size: 10.5, gapAfter: 4 })
  w.paragraph(t.date(input.date), { size: 10.5, gapAfter: 2 })
  w.paragraph(t.to, { size: 10.5, gapAfter: 12 })

  w.paragraph(t.fromHeading, { size: 12, bold: true, gapAfter: 3 })
  field(t.municipality, input.municipality)
  if (input.organisationsnummer) field(t.organisationsnummer, input.organisationsnummer)
  field(t.party, input.boardName)
  if (input.earlierNames.length) field(t.earlierNames, input.earlierNames.join(', '))
  w.y -= 8

  w.paragraph(t.changeHeading(input.role), { size: 12, bold: true, gapAfter: 6 })
  person(t.previous, input.previous)
  person(t.next, input.next)
  field(t.from, input.from)
  field(t.reason, input.reason)
  w.y -= 18

  w.ensure(120)
  w.paragraph(t.signHeading, { size: 12, bold: true, gapAfter: 18 })
  for (const label of [t.place, t.signature, t.printedName]) {
    w.ensure(40)
    w.y -= 22
    w.page.drawLine({ start: { x: w.margin, y: w.y }, end: { x: w.margin + 260, y: w.y }, thickness: 0.6 })
    w.paragraph(label, { size: 9, gapAfter: 6 })
  }
  drawFooters(w, t.footer)
  return savePdf(doc)
}
