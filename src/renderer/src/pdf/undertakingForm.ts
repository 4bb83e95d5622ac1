import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, rgb, type PDFFont } from '@cantoo/pdf-lib'
import { savePdf } from './activeContent'
import { embedAppFont } from './pdfFonts'
import { PageWriter, CONTENT_WIDTH, PAGE_MARGIN, wrapText } from './pageWriter'
import { sha256Hex } from '@renderer/base/sha256'
import { pageContentFingerprint } from './pageFingerprint'
import { UNDERTAKING_PDF_KEYWORD } from './undertakingPdf'

export interface UndertakingFormInput {
  municipality: string // e.g. "Kiruna kommun"
  person: { id: string; name: string; unit?: string }
  version: { id: string; number: number; text: string; publishedOn: string } // ÅÅÅÅ-MM-DD
}

/** AcroForm field names, a public contract: returned forms are read back by them and sent forms carry them, so never rename one. */
export const FORM_FIELDS = { acknowledged: 'bekraftat', typedName: 'namn', date: 'datum' } as const

/** The embedded file that identifies a form the app made. */
/** Private catalog key (second-class name) holding the form's data. */
export const FORM_CATALOG_KEY = 'ASG_Forsakran'
export const FORM_FORMAT = 'anslutningsguiden/undertaking-form@1'
/** A second copy of the same JSON in the document information, for readers that drop attachments on save. */
export const FORM_INFO_KEY = 'AnslutningsguidenForsakran'

export type FormData = {
  format: typeof FORM_FORMAT
  personId: string
  versionId: string
  versionNumber: number
  textSha256: string
  /** SHA-256 over the pages as written (see pageContentFingerprint). */
  contentFingerprint: string
}

// Letters a typed name may hold beyond those printed: the form's font carries them so a reader
// can draw "Łukasz Nowak" or "Åsa Öberg" in the field with the embedded font.
const FIELD_CHARACTERS = (() => {
  let s = ''
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c)
  for (let c = 0xa0; c <= 0x17f; c++) s += String.fromCharCode(c)
  return `${s}ȘșȚțĞğİıŞş–—‘’“”…`
})()

const clean = (text: string): string => text.normalize('NFC').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')

/**
 * A fillable undertaking for one person: the whole text, a checkbox, a field for the typed name and
 * one for the date, and (embedded as a JSON file) who and which version it is for plus a
 * fingerprint of the pages, so a returned file can be checked.
 */
export async function buildUndertakingForm(input: UndertakingFormInput): Promise<Uint8Array> {
  const { person, version } = input
  const municipality = clean(input.municipality)
  const name = clean(person.name)
  const doc = await PDFDocument.create()
  const sans = await embedAppFont(doc, 'sans')
  const bold = await embedAppFont(doc, 'sans-bold')
  sans.encodeText(FIELD_CHARACTERS)
  doc.setTitle(`Försäkran för SSBTEK – ${name}`)
  doc.setSubject(`Version ${version.number}, publicerad ${version.publishedOn}`)
  doc.setKeywords([UNDERTAKING_PDF_KEYWORD, 'formulär'])
  doc.setAuthor(municipality)
  doc.setLanguage('sv-SE')
  doc.setCreator('Anslutningsguiden')
  doc.setProducer('Anslutningsguiden')

  const w = new PageWriter(doc, sans, bold)
  const [title, ...rest] = clean(version.text).split('\n')
  w.text(municipality, { size: 10, muted: true })
  w.gap(4)
  w.text(title || 'Försäkran', { size: 15, bold: true })
  w.gap(6)
  w.row('Till', name)
  if (person.unit) w.row('Enhet', clean(person.unit))
  w.row('Version', `${version.number}, publicerad ${version.publishedOn}`)
  w.gap(10)
  w.text(
    'Så här gör du: läs texten, kryssa i rutan längst ned, skriv ditt namn och dagens datum. Spara filen och skicka tillbaka den till den som skickade den till dig. Ändra inte texten.',
    { size: 9.5, muted: true }
  )
  w.gap(10)
  for (const paragraph of rest
    .join('\n')
    .trim()
    .split(/\n{2,}/)) {
    w.text(paragraph, { size: 10.5 })
    w.gap(7)
  }

  // The fields sit together on the last page.
  w.ensure(200)
  w.heading('Bekräftelse')
  const form = doc.getForm()
  const box = w.box(22)
  const page = w.page
  const check = form.createCheckBox(FORM_FIELDS.acknowledged)
  check.addToPage(page, { x: box.x, y: box.y + 3, width: 16, height: 16, borderWidth: 1, borderColor: rgb(0.1, 0.1, 0.12) })
  const ackLabel = `Jag har tagit del av försäkran (version ${version.number}) och förbinder mig att följa den.`
  const ackLines = wrapText(ackLabel, sans, 10, CONTENT_WIDTH - 26)
  ackLines.forEach((line, i) => page.drawText(line, { x: box.x + 26, y: box.y + 8 - i * 13, size: 10, font: sans }))
  w.gap(Math.max(0, ackLines.length - 1) * 13 + 8)

  const textField = (fieldName: string, label: string, hint: string, width: number) => {
    w.ensure(56)
    w.gap(14)
    w.page.drawText(label, { x: PAGE_MARGIN, y: w.y, size: 9.5, font: bold })
    w.gap(28)
    const f = form.createTextField(fieldName)
    f.addToPage(w.page, { x: PAGE_MARGIN, y: w.y, width, height: 22, borderWidth: 1, borderColor: rgb(0.1, 0.1, 0.12), font: sans })
    f.setFontSize(11)
    w.gap(11)
    w.page.drawText(hint, { x: PAGE_MARGIN, y: w.y, size: 8, font: sans, color: rgb(0.3, 0.32, 0.36) })
    return f
  }
  const nameField = textField(
    FORM_FIELDS.typedName,
    'Namn',
    `Skriv ditt fullständiga namn som underskrift, som det står ovan: ${name}.`,
    300
  )
  nameField.setMaxLength(120)
  const dateField = textField(FORM_FIELDS.date, 'Datum', 'Dagens datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-05.', 140)
  dateField.setMaxLength(10)
  // What a screen reader in the PDF reader announces for each field.
  const tooltips: [{ acroField: { dict: PDFDict } }, string][] = [
    [check, ackLabel],
    [nameField, 'Namn: skriv ditt fullständiga namn som underskrift'],
    [dateField, 'Datum som ÅÅÅÅ-MM-DD']
  ]
  for (const [field, text] of tooltips) field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(text))
  w.footers(`Försäkran för SSBTEK · ${name} · version ${version.number}`)

  form.updateFieldAppearances(sans)
  setDefaultFont(doc, sans, await doc.embedFont(StandardFonts.ZapfDingbats))
  const first = await savePdf(doc, { useObjectStreams: false, updateFieldAppearances: false })

  // The fingerprint is taken from the saved pages, exactly as a reader will later see them.
  const saved = await PDFDocument.load(first, { updateMetadata: false })
  const data: FormData = {
    format: FORM_FORMAT,
    personId: person.id,
    versionId: version.id,
    versionNumber: version.number,
    textSha256: await sha256Hex(new TextEncoder().encode(version.text)),
    contentFingerprint: await pageContentFingerprint(saved)
  }
  const info = saved.context.lookup(saved.context.trailerInfo.Info)
  if (info instanceof PDFDict) info.set(PDFName.of(FORM_INFO_KEY), PDFHexString.fromText(JSON.stringify(data)))
  // Also in the catalog: a reader or library that rewrites the file keeps the catalog but may drop
  // the document information. Not an embedded file: the app writes no embedded files at all.
  saved.catalog.set(PDFName.of(FORM_CATALOG_KEY), PDFHexString.fromText(JSON.stringify(data)))
  // Classic cross-reference table: readers that save incrementally append to it.
  return savePdf(saved, { useObjectStreams: false, updateFieldAppearances: false })
}

/**
 * The form's default font is the embedded DejaVu, so a reader that draws typed text with the
 * form's resources (rather than its own) can show Å, Ö and Ł.
 */
function setDefaultFont(doc: PDFDocument, font: PDFFont, dingbats: PDFFont): void {
  const acroForm = doc.getForm().acroForm.dict
  // ZaDb: the checkbox's tick, named by its default appearance; readers look it up here.
  const dr = doc.context.obj({ Font: doc.context.obj({ DejaVu: font.ref, ZaDb: dingbats.ref }) })
  acroForm.set(PDFName.of('DR'), dr)
  acroForm.set(PDFName.of('DA'), PDFString.of('/DejaVu 11 Tf 0 g'))
  for (const field of doc.getForm().getFields()) {
    const da = field.acroField.dict.get(PDFName.of('DA'))
    if (da)
      field.acroField.dict.set(
        PDFName.of('DA'),
        PDFString.of(field.acroField.getDefaultAppearance()?.replace(/\/[^\s/]+\s+([\d.]+)\s+Tf/, '/DejaVu $1 Tf') ?? '/DejaVu 11 Tf 0 g')
      )
  }
}
