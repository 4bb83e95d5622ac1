import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument, PDFDict, PDFName, PDFRef, PDFString, decodePDFRawStream, PDFRawStream } from '@cantoo/pdf-lib'
import { buildUndertakingForm, readReturnedUndertaking, ReturnedFormError, type UndertakingFormInput } from '@renderer/pdf'
import { sha256Hex } from '@renderer/base/sha256'
import { pdftotext, qpdfCheck } from '../pdf/pdfTools'
import { editFirstPageText, fillWithPypdf, pypdfMissing, writeTemp } from './formTools'

const TEXT = [
  'Försäkran för användning av SSBTEK',
  '',
  'Jag förstår att tjänsten endast får användas för handläggning av ärenden om ekonomiskt bistånd.',
  '',
  'Jag lämnar aldrig ut uppgifter till obehöriga. Särskilda tecken: Łódź, Čapek, Őrség, Ærø.',
  '',
  'Lagrum: 4 kap. socialtjänstlagen (2001:453) (senast granskad 2026-11-01).',
  ''
].join('\n')

const INPUT: UndertakingFormInput = {
  municipality: 'Kiruna kommun',
  person: { id: 'person-1', name: 'Åsa Öberg', unit: 'Försörjningsstöd Ö' },
  version: { id: 'version-2', number: 2, text: TEXT, publishedOn: '2026-11-15' }
}

let form: Uint8Array
beforeAll(async () => {
  form = await buildUndertakingForm(INPUT)
})

describe('buildUndertakingForm', () => {
  it('writes a PDF that passes qpdf --check and prints municipality, person, unit and the whole text', () => {
    const path = writeTemp(form)
    const check = qpdfCheck(path)
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
    const poppler = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    expect(poppler.stderr).toBe('')
    const text = poppler.stdout.replace(/\s+/g, ' ')
    for (const expected of [
      'Kiruna kommun',
      'Åsa Öberg',
      'Försörjningsstöd Ö',
      'Jag har tagit del av försäkran (version 2)',
      'Łódź, Čapek, Őrség, Ærø.'
    ])
      expect(text).toContain(expected)
    for (const paragraph of TEXT.split('\n').filter(Boolean)) expect(text).toContain(paragraph)
  })

  it('has the contract fields: checkbox bekraftat, text fields namn and datum, all editable', async () => {
    const doc = await PDFDocument.load(form)
    const fields = doc.getForm().getFields()
    expect(fields.map((f) => [f.getName(), f.constructor.name]).sort()).toEqual([
      ['bekraftat', 'PDFCheckBox'],
      ['datum', 'PDFTextField'],
      ['namn', 'PDFTextField']
    ])
    for (const f of fields) expect(f.isReadOnly()).toBe(false)
  })

  it('draws field text with the embedded font, which carries Å Ö Ł', async () => {
    const doc = await PDFDocument.load(form)
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict)
    const fontRef = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('DejaVu'))
    expect(fontRef).toBeInstanceOf(PDFRef)
    const font = doc.context.lookup(fontRef, PDFDict)
    expect(font.get(PDFName.of('BaseFont'))?.toString()).toMatch(/^\/[A-Z]{6}\+DejaVuSans$/)
    const toUnicode = doc.context.lookup(font.get(PDFName.of('ToUnicode')) as PDFRef) as PDFRawStream
    const cmap = new TextDecoder().decode(decodePDFRawStream(toUnicode).decode()).toUpperCase()
    for (const code of ['00C5', '00D6', '0141', '0142']) expect(cmap).toContain(`<${code}>`)
    for (const name of ['namn', 'datum']) {
      const da = doc.getForm().getTextField(name).acroField.dict.get(PDFName.of('DA'))
      expect(da).toBeInstanceOf(PDFString)
      expect((da as PDFString).decodeText()).toContain('/DejaVu')
    }
  })

  it('reads back unfilled: ids and text hash from the embedded data, nothing ticked or typed, content intact', async () => {
    expect(await readReturnedUndertaking(form)).toEqual({
      personId: 'person-1',
      versionId: 'version-2',
      textSha256: await sha256Hex(new TextEncoder().encode(TEXT)),
      contentIntact: true,
      acknowledged: false,
      typedName: '',
      signedOn: null
    })
  })
})

describe.skipIf(pypdfMissing)(
  `returned forms filled by an independent library (pypdf)${pypdfMissing ? ` – skipped: ${pypdfMissing}` : ''}`,
  () => {
    for (const mode of ['rewrite', 'incremental'] as const) {
      it(`a form filled and saved by pypdf (${mode}) reads back with every field and intact content`, async () => {
        const filled = fillWithPypdf(form, mode, { name: 'Åsa Öberg', date: '2026-11-20', tick: true })
        expect(filled.onState).toBe('/Yes')
        if (mode === 'incremental') {
          // The original bytes are untouched; the filled values live in an appended revision.
          expect(Buffer.from(filled.bytes.subarray(0, form.length)).equals(Buffer.from(form))).toBe(true)
          expect(filled.bytes.length).toBeGreaterThan(form.length)
        }
        expect(qpdfCheck(writeTemp(filled.bytes)).status).toBe(0)
        expect(spawnSync('pdftotext', [writeTemp(filled.bytes), '-'], { encoding: 'utf8' }).stderr).toBe('')
        expect(await readReturnedUndertaking(filled.bytes)).toMatchObject({
          personId: 'person-1',
          versionId: 'version-2',
          contentIntact: true,
          acknowledged: true,
          typedName: 'Åsa Öberg',
          signedOn: '2026-11-20'
        })
      })
    }

    it('keeps a name with letters outside Windows-1252 exactly', async () => {
      const filled = fillWithPypdf(form, 'incremental', { name: 'Łukasz Nowak', date: '2026-11-21' })
      expect(await readReturnedUndertaking(filled.bytes)).toMatchObject({
        typedName: 'Łukasz Nowak',
        acknowledged: false,
        signedOn: '2026-11-21'
      })
    })

    it('an impossible date reads as null', async () => {
      const filled = fillWithPypdf(form, 'rewrite', { name: 'Åsa Öberg', date: '2026-02-30', tick: true })
      expect((await readReturnedUndertaking(filled.bytes)).signedOn).toBeNull()
    })

    it('an edited page text gives contentIntact false, also after filling', async () => {
      const filled = fillWithPypdf(form, 'rewrite', { name: 'Åsa Öberg', date: '2026-11-20', tick: true }).bytes
      const edited = editFirstPageText(filled)
      const before = pdftotext(writeTemp(filled))
      const after = pdftotext(writeTemp(edited))
      expect(after).not.toBe(before)
      expect(qpdfCheck(writeTemp(edited)).status).toBe(0)
      const read = await readReturnedUndertaking(edited)
      expect(read.contentIntact).toBe(false)
      expect(read).toMatchObject({ personId: 'person-1', acknowledged: true, typedName: 'Åsa Öberg' })
    })
  }
)

describe('embedded data', () => {
  it('carries no embedded file (the app writes none) and keeps its data in the catalog', async () => {
    const doc = await PDFDocument.load(form)
    expect(doc.getAttachments()).toEqual([])
    expect(doc.catalog.get(PDFName.of('ASG_Forsakran'))).toBeDefined()
  })

  it('is read from the document information when a tool has dropped the catalog entry', async () => {
    const doc = await PDFDocument.load(form, { updateMetadata: false })
    doc.catalog.delete(PDFName.of('ASG_Forsakran'))
    const stripped = await doc.save({ useObjectStreams: false, updateFieldAppearances: false })
    expect(await readReturnedUndertaking(stripped)).toMatchObject({ personId: 'person-1', versionId: 'version-2', contentIntact: true })
  })

  it('a form whose embedded data was removed everywhere is not ours', async () => {
    const doc = await PDFDocument.load(form, { updateMetadata: false })
    doc.catalog.delete(PDFName.of('ASG_Forsakran'))
    doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).delete(PDFName.of('AnslutningsguidenForsakran'))
    const stripped = await doc.save({ useObjectStreams: false, updateFieldAppearances: false })
    await expect(readReturnedUndertaking(stripped)).rejects.toThrow('inte ett formulär som Anslutningsguiden har skapat')
  })

  it('every field has a tooltip for screen readers', async () => {
    const doc = await PDFDocument.load(form)
    for (const f of doc.getForm().getFields())
      expect((f.acroField.dict.get(PDFName.of('TU')) as PDFString | undefined)?.decodeText()).toBeTruthy()
  })
})

describe('readReturnedUndertaking refuses files it cannot trust, in Swedish', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/pdf', name)))
  const refusal = async (bytes: Uint8Array) => {
    try {
      await readReturnedUndertaking(bytes)
    } catch (e) {
      return e as ReturnedFormError
    }
    throw new Error('was accepted')
  }

  it('a file that is not a PDF', async () => {
    const e = await refusal(new TextEncoder().encode('Namn;E-post\nÅsa;a@k.se\n'))
    expect(e).toBeInstanceOf(ReturnedFormError)
    expect(e.message).toBe('Filen är ingen PDF-fil. Välj det ifyllda formuläret som PDF.')
    expect((await refusal(fixture('not-a-pdf.pdf'))).problem).toBe('not-pdf')
  })

  it('a truncated PDF', async () => {
    const e = await refusal(form.slice(0, Math.floor(form.length / 3)))
    expect(['corrupt', 'not-our-form']).toContain(e.problem)
    expect(e.message).toMatch(/PDF-filen/)
  })

  it('a PDF the app did not make (no embedded data)', async () => {
    const e = await refusal(fixture('acroform-form.pdf'))
    expect(e.problem).toBe('not-our-form')
    expect(e.message).toMatch(/inte ett formulär som Anslutningsguiden har skapat/)
  })

  it('an encrypted file, also one of our own forms encrypted afterwards', async () => {
    expect((await refusal(fixture('encrypted-password.pdf'))).problem).toBe('encrypted')
    expect((await refusal(fixture('encrypted-empty-password.pdf'))).problem).toBe('encrypted')
    const path = writeTemp(form)
    const encrypted = execFileSync('qpdf', ['--encrypt', 'hemligt', 'hemligt', '256', '--', path, '-'])
    const e = await refusal(new Uint8Array(encrypted))
    expect(e.problem).toBe('encrypted')
    expect(e.message).toMatch(/lösenordsskyddad/)
  })
})
