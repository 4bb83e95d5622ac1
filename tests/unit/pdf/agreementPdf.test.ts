import { describe, expect, it } from 'vitest'
import { PDFDocument } from '@cantoo/pdf-lib'
import { buildAgreementPdf, sha256Hex, PdfInputError } from '@renderer/pdf'
import { produceOwnAgreement } from '@renderer/pdf/agreementPdf'
import { sampleAgreement } from './agreementSample'
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, tempPdf } from './pdfTools'

const input = sampleAgreement()
const values = [
  input.municipality.name,
  input.municipality.organisationsnummer,
  input.board,
  input.address.street,
  input.address.postalCode,
  input.address.city,
  input.adminContact.name,
  input.adminContact.title!,
  input.adminContact.email,
  input.adminContact.phone!,
  input.technicalContact!.name,
  input.technicalContact!.title!,
  input.technicalContact!.email,
  input.technicalContact!.phone!,
  input.caseSystem!.product,
  input.caseSystem!.vendor,
  input.place,
  input.date,
  ...input.signatories.flatMap((s) => [s.name, s.title])
]

describe('buildAgreementPdf (the app’s own agreement document)', () => {
  it('passes qpdf --check and poppler reads every value exactly', async () => {
    const bytes = await buildAgreementPdf(input)
    const path = tempPdf(bytes)
    const check = qpdfCheck(path)
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
    const text = pdftotext(path)
    for (const v of values) expect(text, v).toContain(v)
    // The typed signature is drawn too (in the handwriting font, or DejaVu where that lacks a letter).
    expect(text).toContain('Underskrifternas sammanfattning')
  })

  it('embeds and subsets every font it adds, and sets title, author and creation date', async () => {
    const path = tempPdf(await buildAgreementPdf(input))
    const fonts = pdffonts(path)
    expect(fonts.length).toBeGreaterThanOrEqual(2)
    for (const f of fonts) {
      expect(f.emb, f.name).toBe('yes')
      expect(f.sub, f.name).toBe('yes')
    }
    expect(fonts.some((f) => /DejaVuSans/.test(f.name))).toBe(true)
    const info = pdfinfo(path)
    expect(info.Title).toBe('Anslutningsavtal SSBTEK – Göteborgs stad – Socialnämnden Nordost')
    expect(info.Author).toBe('Göteborgs stad')
    expect(info.CreationDate).toMatch(/\d{4}/)
  })

  it('has no form fields and ends with a completion page naming signatories, times, the unsigned hash and events', async () => {
    const result = await produceOwnAgreement(input)
    const doc = await PDFDocument.load(result.bytes)
    expect(doc.getForm().getFields()).toHaveLength(0)
    const path = tempPdf(result.bytes)
    const pages = Number(pdfinfo(path).Pages)
    const last = pdftotext(path, '-f', String(pages), '-l', String(pages))
    expect(last).toContain('Underskrifternas sammanfattning')
    expect(last).toContain(result.unsignedSha256)
    expect(last).toContain('Åsa Öberg-Ärlig')
    expect(last).toContain('Miloš Dvořák Szőke')
    expect(last).toContain('2026-11-26 10:15:00') // 09:15 UTC in Swedish time
    expect(last).toContain('Ifyllt av')
    expect(last).toContain('Händelser')
    expect(result.sha256).toBe(await sha256Hex(result.bytes))
    expect(result.sha256).not.toBe(result.unsignedSha256)
  })

  it('is the unsigned document plus signatures and a completion page; the printed hash is the unsigned document’s', async () => {
    const result = await produceOwnAgreement(input)
    expect(await sha256Hex(result.unsigned)).toBe(result.unsignedSha256)
    const unsignedPath = tempPdf(result.unsigned)
    expect(qpdfCheck(unsignedPath).status).toBe(0)
    const unsignedPages = Number(pdfinfo(unsignedPath).Pages)
    const finalPath = tempPdf(result.bytes)
    expect(Number(pdfinfo(finalPath).Pages)).toBe(unsignedPages + 1)
    // Same text on the agreement pages, except the typed signature drawn on top.
    const before = pdftotext(unsignedPath, '-l', String(unsignedPages))
    const after = pdftotext(finalPath, '-l', String(unsignedPages))
    for (const v of values) expect(before).toContain(v)
    expect(after.split(/\s+/).filter((w) => !before.includes(w))).toEqual([])
    expect((await PDFDocument.load(result.unsigned)).getForm().getFields()).toHaveLength(0)
  })

  it('draws the signatures as images and typed text', async () => {
    const path = tempPdf(await buildAgreementPdf(input))
    const images = (await import('node:child_process')).execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    // header (2 lines) + the drawn signature (with its transparency mask as a second row)
    expect(images.split('\n').filter((l) => /^\s*\d+/.test(l)).length).toBeGreaterThanOrEqual(1)
  })

  it('reports characters no bundled font can draw instead of dropping them', async () => {
    const bad = sampleAgreement({ board: 'Socialnämnden 𓀀' })
    await expect(buildAgreementPdf(bad)).rejects.toBeInstanceOf(PdfInputError)
    await expect(buildAgreementPdf(bad)).rejects.toThrow(/𓀀/)
  })

  it('keeps a long value on one line (below its label) so it reads back as one string', async () => {
    const board = 'Vuxen- och utbildningsnämnden i Göteborgs stad, avdelningen för ekonomiskt bistånd och arbetsmarknad'
    const text = pdftotext(tempPdf(await buildAgreementPdf(sampleAgreement({ board }))))
    expect(text).toContain(board)
  })

  it('works with one unsigned signatory and no optional parts', async () => {
    const minimal = sampleAgreement({
      technicalContact: undefined,
      caseSystem: undefined,
      signatories: [{ name: 'Anna Berg', title: 'Ordförande' }]
    })
    const path = tempPdf(await buildAgreementPdf(minimal))
    expect(qpdfCheck(path).status).toBe(0)
    const text = pdftotext(path)
    expect(text).toContain('Anna Berg')
    expect(text).toContain('Inte undertecknat')
  })
})
