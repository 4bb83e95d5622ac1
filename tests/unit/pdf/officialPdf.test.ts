import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PDFDocument, PDFName } from '@cantoo/pdf-lib'
import { fillOfficialPdf, inspectTemplatePdf, PdfInputError, type FieldMapping } from '@renderer/pdf'
import { produceOfficialAgreement } from '@renderer/pdf/officialPdf'
import { sampleAgreement } from './agreementSample'
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, tempPdf } from './pdfTools'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/pdf', name)))
const input = sampleAgreement()

const mapping: FieldMapping = {
  fields: {
    kommun: 'municipality.name',
    orgnr: 'municipality.organisationsnummer',
    namnd: 'board',
    adress: 'address.street',
    postnr: 'address.postalCode',
    ort: 'address.city',
    avtal_namn: 'adminContact.name',
    avtal_epost: 'adminContact.email',
    avtal_telefon: 'adminContact.phone',
    'kontakt.teknik.namn': 'technicalContact.name',
    'kontakt.teknik.epost': 'technicalContact.email',
    system: 'caseSystem.product',
    ort_datum: 'placeAndDate',
    underskrift: 'signatories.0.signature',
    namnfortydligande: 'signatories.0.name',
    titel: 'signatories.0.title'
  }
}

const expected = [
  'Göteborgs stad',
  '212000-1355',
  'Socialnämnden Nordost',
  'Box 5043',
  '402 21',
  'lukasz.zolc@goteborg.se',
  '031-365 00 00',
  'Łukasz Żółć',
  'Nguyễn Thị Minh Khai',
  'minh.khai@goteborg.se',
  'Lifecare',
  'Göteborg, 2026-11-26',
  'Åsa Öberg-Ärlig',
  'Ordförande i socialnämnden'
]

describe('inspectTemplatePdf', () => {
  it('lists every AcroForm field of a form made without pdf-lib, with full names, types and pages', async () => {
    const info = await inspectTemplatePdf(fixture('acroform-form.pdf'))
    expect(info.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(info.pageCount).toBe(1)
    const names = info.fields.map((f) => f.name)
    expect(names).toEqual(
      expect.arrayContaining(['kommun', 'orgnr', 'kontakt.teknik.namn', 'kontakt.teknik.epost', 'underskrift', 'villkor_lasta'])
    )
    expect(info.fields).toHaveLength(17)
    expect(info.fields.find((f) => f.name === 'underskrift')?.type).toBe('signature')
    expect(info.fields.find((f) => f.name === 'villkor_lasta')?.type).toBe('checkbox')
    expect(info.fields.every((f) => f.page === 0 && f.rect.width > 0)).toBe(true)
  })

  it('reports a flat PDF as having no fields', async () => {
    const info = await inspectTemplatePdf(fixture('flat-form.pdf'))
    expect(info.fields).toEqual([])
    expect(info.pageSizes[0]).toEqual({ width: 595, height: 842 })
  })

  it('opens a PDF encrypted with an empty user password', async () => {
    const info = await inspectTemplatePdf(fixture('encrypted-empty-password.pdf'))
    expect(info.wasEncrypted).toBe(true)
    expect(info.fields.length).toBe(17)
  })

  it.each([
    ['encrypted-password.pdf', 'encrypted', /lösenordsskyddad/],
    ['truncated.pdf', 'truncated', /ofullständig/],
    ['not-a-pdf.pdf', 'not-pdf', /ingen PDF/],
    ['xfa-only.pdf', 'xfa-only', /XFA/]
  ])('refuses %s with a Swedish message', async (name, problem, message) => {
    const error = await inspectTemplatePdf(fixture(name)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PdfInputError)
    expect((error as PdfInputError).problem).toBe(problem)
    expect((error as PdfInputError).message).toMatch(message)
  })

  it('refuses a PDF over 50 MB before parsing it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    const error = await inspectTemplatePdf(big).catch((e: unknown) => e)
    expect((error as PdfInputError).problem).toBe('too-large')
    expect((error as Error).message).toMatch(/50 MB/)
  })

  it('refuses a corrupt PDF (valid header and end, garbage inside)', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200) + '\n%%EOF\n')
    const error = await inspectTemplatePdf(bytes).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PdfInputError)
    expect((error as Error).message).toMatch(/PDF/)
  })
})

describe('fillOfficialPdf', () => {
  it('fills the fields, flattens, embeds DejaVu, keeps the template’s fonts and passes qpdf and poppler', async () => {
    const bytes = await fillOfficialPdf(fixture('acroform-form.pdf'), mapping, input)
    const path = tempPdf(bytes)
    const check = qpdfCheck(path)
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
    const text = pdftotext(path)
    for (const v of expected) expect(text, v).toContain(v)
    const fonts = pdffonts(path)
    const added = fonts.filter((f) => /DejaVu|Caveat/.test(f.name))
    expect(added.length).toBeGreaterThan(0)
    for (const f of added) expect(f.emb, f.name).toBe('yes')
    // The template's own Helvetica is left as it was (not embedded, as in the original).
    expect(fonts.some((f) => f.name === 'Helvetica')).toBe(true)
    const info = pdfinfo(path)
    expect(info.Form).toBe('none')
    expect(info.Author).toBe('Göteborgs stad')
  })

  it('leaves no AcroForm and no widget annotations after flattening, and appends a completion page', async () => {
    const result = await produceOfficialAgreement(fixture('acroform-form.pdf'), mapping, input)
    const doc = await PDFDocument.load(result.bytes)
    expect(doc.catalog.get(PDFName.of('AcroForm'))).toBeUndefined()
    expect(doc.getForm().getFields()).toHaveLength(0)
    const annots = doc.getPages().flatMap((p) => p.node.Annots()?.asArray() ?? [])
    expect(annots).toHaveLength(0)
    expect(doc.getPageCount()).toBe(2)
    const last = pdftotext(tempPdf(result.bytes), '-f', '2', '-l', '2')
    expect(last).toContain('Underskrifternas sammanfattning')
    expect(last).toContain(result.unsignedSha256)
  })

  it('fills the template opened with the empty password', async () => {
    const path = tempPdf(await fillOfficialPdf(fixture('encrypted-empty-password.pdf'), mapping, input))
    expect(qpdfCheck(path).status).toBe(0)
    expect(pdftotext(path)).toContain('Łukasz Żółć')
  })

  it('draws text and signature boxes placed on a flat PDF', async () => {
    const flatMapping: FieldMapping = {
      fields: {},
      boxes: [
        { page: 0, x: 222, y: 760, width: 320, height: 16, path: 'municipality.name', kind: 'text' },
        { page: 0, x: 222, y: 730, width: 320, height: 16, path: 'municipality.organisationsnummer', kind: 'text' },
        { page: 0, x: 222, y: 570, width: 320, height: 16, path: 'adminContact.name', kind: 'text' },
        { page: 0, x: 222, y: 470, width: 320, height: 16, path: 'technicalContact.name', kind: 'text' },
        { page: 0, x: 222, y: 250, width: 320, height: 16, path: 'signatories.0.name', kind: 'text' },
        { page: 0, x: 222, y: 300, width: 200, height: 40, path: 'signatories.0.signature', kind: 'signature' },
        { page: 0, x: 222, y: 220, width: 200, height: 40, path: 'signatories.1.signature', kind: 'signature' }
      ]
    }
    const path = tempPdf(await fillOfficialPdf(fixture('flat-form.pdf'), flatMapping, input))
    expect(qpdfCheck(path).status).toBe(0)
    const text = pdftotext(path)
    for (const v of ['Göteborgs stad', '212000-1355', 'Łukasz Żółć', 'Nguyễn Thị Minh Khai', 'Åsa Öberg-Ärlig'])
      expect(text, v).toContain(v)
    for (const f of pdffonts(path).filter((f) => /DejaVu|Caveat/.test(f.name))) expect(f.emb).toBe('yes')
  })

  it('keeps a value the template already had without an appearance (it would vanish when flattened)', async () => {
    const raw = new TextDecoder('latin1').decode(fixture('acroform-form.pdf')).replace('/T (system)', '/V (Forifyllt system) /T (system)')
    const template = Uint8Array.from(raw, (c) => c.charCodeAt(0))
    const { system: _unmapped, ...rest } = mapping.fields
    const text = pdftotext(tempPdf(await fillOfficialPdf(template, { fields: rest }, input)))
    expect(text).toContain('Forifyllt system')
  })

  it('never cuts a long value: it is set smaller to fit its field and reads back whole', async () => {
    const board = 'Vuxen- och utbildningsnämnden i Göteborgs stad, avdelningen för ekonomiskt bistånd och arbetsmarknad'
    const text = pdftotext(tempPdf(await fillOfficialPdf(fixture('acroform-form.pdf'), mapping, sampleAgreement({ board }))))
    expect(text).toContain(board)
  })

  it('refuses characters no bundled font can draw', async () => {
    const error = await fillOfficialPdf(fixture('acroform-form.pdf'), mapping, sampleAgreement({ place: 'Göteborg 🙂' })).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PdfInputError)
    expect((error as Error).message).toContain('🙂')
  })
})
