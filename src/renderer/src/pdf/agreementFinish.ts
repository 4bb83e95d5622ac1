import { PDFDocument, rgb, type PDFFont } from '@cantoo/pdf-lib'
import type { AgreementEvent, AgreementInput } from '@renderer/domain/agreement/types'
import { AGREEMENT_TEXT, swedishTimestamp } from './agreementText'
import { PageWriter } from './pageWriter'
import { embedAgreementFonts } from './pdfFonts'
import { sha256Hex } from '@renderer/base/sha256'
import { drawSignature, signatureMethod, type Rect } from './signatureDrawing'
import { savePdf } from './activeContent'

/** Where signatory N's signature goes in the unsigned document. */
export type SignaturePlacement = { signatory: number; page: number; rect: Rect }

export type FinishedAgreement = {
  bytes: Uint8Array
  /** The filled, flattened document before signatures and completion page (what `unsignedSha256` is of). */
  unsigned: Uint8Array
  /** SHA-256 of the filled, flattened document before any signature was added; printed on the completion page. */
  unsignedSha256: string
  /** SHA-256 of `bytes`. It cannot be inside the file; the app stores it with the draft and shows it. */
  sha256: string
}

export function agreementTitle(input: AgreementInput): string {
  return [AGREEMENT_TEXT.footer, input.municipality?.name, input.board].filter((s) => s && s.trim()).join(' – ')
}

export function setAgreementMetadata(doc: PDFDocument, input: AgreementInput, at: Date): void {
  doc.setTitle(agreementTitle(input), { showInWindowTitleBar: true })
  doc.setAuthor(input.municipality?.name ?? '')
  doc.setSubject('Anslutningsavtal för Sammansatt Bastjänst Ekonomiskt Bistånd (SSBTEK)')
  doc.setKeywords(['SSBTEK', 'anslutningsavtal', 'Försäkringskassan'])
  doc.setCreator('Anslutningsguiden')
  doc.setProducer('Anslutningsguiden (@cantoo/pdf-lib)')
  doc.setLanguage('sv-SE')
  doc.setCreationDate(at)
  doc.setModificationDate(at)
}

/**
 * Second stage shared by both builders: the unsigned, flattened document is hashed, then loaded
 * again, the signatures are drawn where the first stage reserved room, the completion page is
 * appended and the result saved. So the final file is exactly the unsigned document plus
 * signatures and the completion page.
 */
export async function finishAgreement(
  unsigned: Uint8Array,
  placements: SignaturePlacement[],
  input: AgreementInput,
  startedAt: Date
): Promise<FinishedAgreement> {
  const unsignedSha256 = await sha256Hex(unsigned)
  const doc = await PDFDocument.load(unsigned, { updateMetadata: false })
  // The completion page is set in the regular face only: one font subset less to build.
  const fonts = await embedAgreementFonts(doc, false)
  const pages = doc.getPages()
  for (const placement of placements) {
    const signature = input.signatories[placement.signatory]?.signature
    const page = pages[placement.page]
    if (signature && page) await drawSignature(doc, page, placement.rect, signature, fonts)
  }
  const completedAt = new Date()
  appendCompletionPage(doc, fonts.sans, fonts.bold, input, unsignedSha256, startedAt, completedAt)
  setAgreementMetadata(doc, input, startedAt)
  doc.setModificationDate(completedAt)
  const bytes = await savePdf(doc)
  return { bytes, unsigned, unsignedSha256, sha256: await sha256Hex(bytes) }
}

function appendCompletionPage(
  doc: PDFDocument,
  sans: PDFFont,
  bold: PDFFont,
  input: AgreementInput,
  unsignedSha256: string,
  startedAt: Date,
  completedAt: Date
): void {
  const t = AGREEMENT_TEXT.completion
  const w = new PageWriter(doc, sans, bold)
  w.text(`${t.title} – ${AGREEMENT_TEXT.title}`, { size: 16, bold: true })
  w.gap(6)
  w.text(t.intro, { size: 9.5, muted: true })
  w.gap(8)
  w.row(t.document, agreementTitle(input))
  w.row(t.filledBy, input.filledBy?.trim() || input.adminContact?.name || '–')
  w.row(t.completedAt, swedishTimestamp(completedAt.toISOString()))
  w.gap(4)
  w.text(t.roundHash, { size: 9, bold: true, muted: true })
  w.text(input.signingRound?.contentSha256 ?? t.noRound, { size: 9 })
  if (input.signingRound) w.row(t.roundStarted, swedishTimestamp(input.signingRound.startedAt))
  w.gap(4)
  w.text(t.unsignedHash, { size: 9, bold: true, muted: true })
  w.text(unsignedSha256, { size: 9 })

  w.heading(t.signatories, 12)
  input.signatories.forEach((s, i) => {
    w.row(
      `${i + 1}. ${s.name}`,
      [
        s.title,
        signatureMethod(s.signature),
        s.signedAt ? `${t.signed} ${swedishTimestamp(s.signedAt)}` : s.signature ? t.signedNoTime : t.notSigned
      ]
        .filter(Boolean)
        .join(' · ')
    )
  })

  w.heading(t.events, 12)
  for (const e of completionEvents(input, startedAt, completedAt)) w.row(swedishTimestamp(e.at), e.text)

  w.gap(10)
  w.text(t.finalHashNote, { size: 9, muted: true })
  const box = w.box(1)
  w.page.drawLine({ start: { x: box.x, y: box.y }, end: { x: box.x + box.width, y: box.y }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) })
  w.footers(`${AGREEMENT_TEXT.footer} – ${t.title}`)
}

export function completionEvents(input: AgreementInput, startedAt: Date, completedAt: Date): AgreementEvent[] {
  const t = AGREEMENT_TEXT.completion
  const events: AgreementEvent[] = [...(input.events ?? [])]
  events.push({ at: startedAt.toISOString(), text: t.filled })
  for (const s of input.signatories) if (s.signedAt) events.push({ at: s.signedAt, text: t.signedBy(s.name, signatureMethod(s.signature)) })
  events.push({ at: completedAt.toISOString(), text: t.completed })
  return events.sort((a, b) => a.at.localeCompare(b.at))
}
