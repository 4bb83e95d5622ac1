import { PDFDocument, rgb } from '@cantoo/pdf-lib'
import type { AgreementInput, Contact } from '@renderer/domain/agreement/types'
import { finishAgreement, setAgreementMetadata, type FinishedAgreement, type SignaturePlacement } from './agreementFinish'
import { AGREEMENT_TEXT } from './agreementText'
import { assertDrawable } from './drawableCheck'
import { CONTENT_WIDTH, PageWriter, textWidth, wrapText } from './pageWriter'
import { embedAgreementFonts } from './pdfFonts'
import { savePdf } from './activeContent'

const L = AGREEMENT_TEXT.labels

/** The app's own A4 agreement document, with every agreement field, signed, flattened, with a completion page. */
export async function buildAgreementPdf(input: AgreementInput): Promise<Uint8Array> {
  return (await produceOwnAgreement(input)).bytes
}

export async function produceOwnAgreement(input: AgreementInput): Promise<FinishedAgreement> {
  await assertDrawable(input)
  const startedAt = new Date()
  const doc = await PDFDocument.create()
  const fonts = await embedAgreementFonts(doc)
  const w = new PageWriter(doc, fonts.sans, fonts.bold)

  w.text(AGREEMENT_TEXT.title, { size: 20, bold: true })
  w.text(AGREEMENT_TEXT.subtitle, { size: 11, muted: true })
  w.gap(8)
  w.text(AGREEMENT_TEXT.intro(input.municipality.name), { size: 9.5 })

  w.heading(AGREEMENT_TEXT.party)
  w.row(L.municipality, input.municipality.name)
  w.row(L.organisationsnummer, input.municipality.organisationsnummer)
  w.row(L.board, input.board)

  w.heading(AGREEMENT_TEXT.address)
  w.row(L.street, input.address.street)
  w.row(L.postalCode, input.address.postalCode)
  w.row(L.city, input.address.city)

  w.heading(AGREEMENT_TEXT.adminContact)
  contactRows(w, input.adminContact)

  w.heading(AGREEMENT_TEXT.technicalContact)
  if (input.technicalContact && (input.technicalContact.name || input.technicalContact.email)) contactRows(w, input.technicalContact)
  else w.text(AGREEMENT_TEXT.noTechnicalContact, { size: 10 })

  w.heading(AGREEMENT_TEXT.caseSystem)
  if (input.caseSystem && (input.caseSystem.product || input.caseSystem.vendor)) {
    w.row(L.product, input.caseSystem.product)
    w.row(L.vendor, input.caseSystem.vendor)
  } else w.text(AGREEMENT_TEXT.noCaseSystem, { size: 10 })

  w.gap(6)
  w.text(AGREEMENT_TEXT.terms, { size: 9.5 })

  w.heading(AGREEMENT_TEXT.signing)
  w.row(L.placeAndDate, [input.place, input.date].filter(Boolean).join(', '))
  const placements = signatureBlocks(w, input)

  w.footers(`${AGREEMENT_TEXT.footer} – ${input.municipality.name}`)
  setAgreementMetadata(doc, input, startedAt)
  const unsigned = await savePdf(doc)
  return finishAgreement(unsigned, placements, input, startedAt)
}

const COLUMN_GAP = 24

/** Signature lines two by two, each with the name and title below it; a pair never splits over pages. */
function signatureBlocks(w: PageWriter, input: AgreementInput): SignaturePlacement[] {
  const placements: SignaturePlacement[] = []
  const columnWidth = (CONTENT_WIDTH - COLUMN_GAP) / 2
  for (let first = 0; first < input.signatories.length; first += 2) {
    const pair = input.signatories.slice(first, first + 2)
    const lines = pair.map((s) => ({
      name: wrapText(s.name, w.sans, fitSize(w, s.name, columnWidth), columnWidth),
      title: wrapText(s.title, w.sans, fitSize(w, s.title, columnWidth), columnWidth)
    }))
    const textLines = Math.max(...lines.map((l) => l.name.length + l.title.length + 2))
    w.ensure(70 + textLines * 12)
    w.gap(14)
    const box = w.box(52)
    const top = box.y
    pair.forEach((s, k) => {
      const i = first + k
      const x = box.x + k * (columnWidth + COLUMN_GAP)
      w.page.drawLine({ start: { x, y: top }, end: { x: x + columnWidth, y: top }, thickness: 0.8, color: rgb(0.1, 0.1, 0.1) })
      placements.push({ signatory: i, page: box.page, rect: { x, y: top + 3, width: columnWidth, height: 46 } })
      let y = top - 11
      const label = (text: string) => {
        w.page.drawText(text, { x, y, size: 7.5, font: w.sans, color: rgb(0.3, 0.32, 0.36) })
        y -= 11
      }
      const value = (text: string) => {
        const size = fitSize(w, text, columnWidth)
        for (const line of wrapText(text, w.sans, size, columnWidth)) {
          w.page.drawText(line, { x, y, size, font: w.sans, color: rgb(0.08, 0.08, 0.1) })
          y -= size * 1.3
        }
        y -= 3
      }
      label(`Underskrift ${input.signatories.length > 1 ? i + 1 : ''} – ${L.signatoryName.toLowerCase()}`.replace('  – ', ' – '))
      value(s.name)
      label(L.signatoryTitle)
      value(s.title)
    })
    w.gap(textLines * 12 + 6)
  }
  return placements
}

function fitSize(w: PageWriter, text: string, width: number): number {
  let size = 10
  while (size > 7.5 && textWidth(w.sans, text, size) > width) size -= 0.5
  return size
}

function contactRows(w: PageWriter, c: Contact) {
  w.row(L.name, c.name)
  w.row(L.title, c.title ?? '')
  w.row(L.email, c.email)
  w.row(L.phone, c.phone ?? '')
}
