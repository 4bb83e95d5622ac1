import { PDFDocument, rgb } from '@cantoo/pdf-lib'
import type { AgreementInput, Contact } from '@renderer/domain/agreement/types'
import { finishAgreement, setAgreementMetadata, type FinishedAgreement, type SignaturePlacement } from './agreementFinish'
import { AGREEMENT_TEXT } from './agreementText'
import { assertDrawable } from './drawableCheck'
import { PageWriter } from './pageWriter'
import { embedAgreementFonts } from './pdfFonts'

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
  const placements: SignaturePlacement[] = []
  input.signatories.forEach((s, i) => {
    // Keep each signatory's block (signature line, name, title) together on one page.
    w.ensure(110)
    w.gap(10)
    const box = w.box(52)
    const rect = { x: box.x, y: box.y + 3, width: 260, height: 46 }
    w.page.drawLine({ start: { x: box.x, y: box.y }, end: { x: box.x + 260, y: box.y }, thickness: 0.8, color: rgb(0.1, 0.1, 0.1) })
    placements.push({ signatory: i, page: box.page, rect })
    w.text(`Underskrift ${input.signatories.length > 1 ? i + 1 : ''}`.trim(), { size: 8, muted: true })
    w.row(L.signatoryName, s.name)
    w.row(L.signatoryTitle, s.title)
  })

  w.footers(`${AGREEMENT_TEXT.footer} – ${input.municipality.name}`)
  setAgreementMetadata(doc, input, startedAt)
  const unsigned = await doc.save()
  return finishAgreement(unsigned, placements, input, startedAt)
}

function contactRows(w: PageWriter, c: Contact) {
  w.row(L.name, c.name)
  w.row(L.title, c.title ?? '')
  w.row(L.email, c.email)
  w.row(L.phone, c.phone ?? '')
}
