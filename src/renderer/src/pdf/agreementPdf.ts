import { PDFDocument, rgb } from '@cantoo/pdf-lib'
import { textAtPath } from '@renderer/domain/agreement/paths'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { agreementSections, signatoryFields } from '@renderer/i18n/agreementFields'
import { finishAgreement, setAgreementMetadata, type FinishedAgreement, type SignaturePlacement } from './agreementFinish'
import { AGREEMENT_TEXT } from './agreementText'
import { assertDrawable } from './drawableCheck'
import { CONTENT_WIDTH, PageWriter, textWidth, wrapText } from './pageWriter'
import { embedAgreementFonts } from './pdfFonts'
import { savePdf } from './activeContent'

/**
 * Public contract, and the one way the app builds its own document (export, print for signing by
 * hand): the app's own A4 agreement document, with every agreement field under the form's labels,
 * signed, flattened, with a completion page.
 */
export async function buildAgreementPdf(input: AgreementInput): Promise<Uint8Array> {
  return (await produceOwnAgreement(input)).bytes
}

/** buildAgreementPdf's two stages with what lies between them (the unsigned document and its hash), for tests. */
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

  // The form's sections and labels, in its order; place and date go with the signatures.
  let number = 0
  const sections = agreementSections(input.signatories.length)
  const filled = (paths: readonly { path: string }[]) => paths.some((f) => textAtPath(input, f.path).trim())
  for (const section of sections) {
    if (section.id === 'signing' || section.id === 'signatories') continue
    w.heading(`${++number}. ${section.title}`)
    if (section.id === 'technicalContact' && !filled(section.fields)) w.text(AGREEMENT_TEXT.noTechnicalContact, { size: 10 })
    else if (section.id === 'caseSystem' && !filled(section.fields)) w.text(AGREEMENT_TEXT.noCaseSystem, { size: 10 })
    else for (const f of section.fields) w.row(f.label, textAtPath(input, f.path))
  }

  w.gap(6)
  w.text(AGREEMENT_TEXT.terms, { size: 9.5 })

  w.heading(`${number + 1}. ${AGREEMENT_TEXT.signing}`)
  // "Ifyllt av" is on the completion page.
  for (const f of sections.find((s) => s.id === 'signing')!.fields.filter((f) => f.path !== 'filledBy'))
    w.row(f.label, textAtPath(input, f.path))
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
      const [nameLabel, titleLabel] = signatoryFields(i)
      label(nameLabel!.label)
      value(s.name)
      label(titleLabel!.label)
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
