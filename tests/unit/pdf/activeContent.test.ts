import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib'
import {
  buildAgreementPdf,
  buildCaseworkerReportPdf,
  buildUndertakingPdf,
  fillOfficialPdf,
  savePdf,
  stripActiveContent,
  type FieldMapping
} from '@renderer/pdf'
import { composeUndertakingText, sha256Hex } from '@renderer/domain'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import { emptyConnectionState } from '@renderer/domain/connection/types'
import { buildChecklistPdf } from '@renderer/pdf/checklistPdf'
import checklistJson from '../../../resources/content/connection-checklist.json'
import defaultFile from '../../../resources/content/undertaking-default.json'
import { defaultUndertakingContent, type UndertakingDefaultFile } from '@renderer/domain/caseworkers/undertakingText'
import { sampleAgreement } from './agreementSample'
import { pdftotext, qpdfCheck, tempPdf } from './pdfTools'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/pdf', name)))

/** Everything that marks active content, as it appears in an uncompressed (QDF) PDF. */
const FORBIDDEN: [string, RegExp][] = [
  ['JavaScript', /\/JavaScript\b/],
  ['JS', /\/JS\b/],
  ['OpenAction', /\/OpenAction\b/],
  ['AA', /\/AA\b/],
  ['Launch', /\/Launch\b/],
  ['URI', /\/URI\b/],
  ['SubmitForm', /\/SubmitForm\b/],
  ['ImportData', /\/ImportData\b/],
  ['ResetForm', /\/ResetForm\b/],
  ['GoToR', /\/GoToR\b/],
  ['EmbeddedFiles', /\/EmbeddedFiles?\b/],
  ['EF', /\/EF\b/],
  ['FileAttachment', /\/FileAttachment\b/],
  ['XFA', /\/XFA\b/],
  ['script text', /app\.alert|exportDataObject/],
  ['embedded payload', /MZ-embedded|payload\.exe/],
  ['targets', /evil\.example|evil-share|cmd\.exe|data\.fdf/]
]

/** qpdf --qdf --object-streams=disable, then the whole file as text. */
function uncompressed(bytes: Uint8Array): string {
  const path = tempPdf(bytes)
  const qdf = `${path}.qdf.pdf`
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, qdf])
  return readFileSync(qdf, 'latin1')
}

function expectNoActiveContent(bytes: Uint8Array): void {
  const check = qpdfCheck(tempPdf(bytes))
  expect(check.output).toContain('No syntax or stream encoding errors')
  expect(check.status).toBe(0)
  const text = uncompressed(bytes)
  const found = FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => name)
  expect(found).toEqual([])
}

const mapping: FieldMapping = { fields: { kommun: 'municipality.name', orgnr: 'municipality.organisationsnummer', namnd: 'board' } }

describe('the test template', () => {
  it('really carries every kind of active content (otherwise the tests below prove nothing)', () => {
    const text = uncompressed(fixture('active-content.pdf'))
    const present = FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => name)
    expect(present).toEqual(FORBIDDEN.filter(([name]) => name !== 'XFA').map(([name]) => name))
  })
})

describe('exported PDFs carry no active content', () => {
  it('the official form filled from a template full of actions, scripts and embedded files', async () => {
    const bytes = await fillOfficialPdf(fixture('active-content.pdf'), mapping, sampleAgreement())
    expectNoActiveContent(bytes)
    const text = pdftotext(tempPdf(bytes))
    expect(text).toContain('Göteborgs stad')
    expect(text).toContain('212000-1355')
    expect(text).toContain('Underskrifternas sammanfattning')
  })

  it('a template saved with its fields left fillable keeps the fields and their appearances, not the scripts', async () => {
    const doc = await PDFDocument.load(fixture('active-content.pdf'))
    doc.getForm().getTextField('kommun').setText('Malmö stad')
    const bytes = await savePdf(doc)
    expectNoActiveContent(bytes)
    const again = await PDFDocument.load(bytes)
    const form = again.getForm()
    expect(
      form
        .getFields()
        .map((f) => f.getName())
        .sort()
    ).toEqual(['kommun', 'namnd', 'nollstall', 'orgnr'])
    expect(form.getTextField('kommun').getText()).toBe('Malmö stad')
    for (const field of form.getFields())
      for (const w of field.acroField.getWidgets()) expect(w.getAppearances()?.normal, field.getName()).toBeDefined()
    // The harmless in-document link and the bookmark stay; only the web link inside the bookmark goes.
    expect(again.catalog.lookup(PDFName.of('Outlines'))).toBeInstanceOf(PDFDict)
    const links = again
      .getPages()[0]!
      .node.Annots()!
      .asArray()
      .map((r) => again.context.lookup(r) as PDFDict)
    expect(links.filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of('Link'))).toHaveLength(4)
    expect(links.some((a) => (a.lookup(PDFName.of('A')) as PDFDict | undefined)?.get(PDFName.of('S')) === PDFName.of('GoTo'))).toBe(true)
  })

  it('a fillable form like the undertaking forms (bekraftat, namn, datum) stays fillable after the scripts are removed', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage([595, 842])
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const form = doc.getForm()
    const ok = form.createCheckBox('bekraftat')
    ok.addToPage(page, { x: 50, y: 700, width: 14, height: 14 })
    for (const [i, name] of ['namn', 'datum'].entries())
      form.createTextField(name).addToPage(page, { x: 50, y: 650 - i * 40, width: 200, height: 20, font })
    doc.addJavaScript('boot', "app.alert('doc-level-js')")
    const widget = form.getTextField('namn').acroField.getWidgets()[0]!
    widget.dict.set(PDFName.of('AA'), doc.context.obj({ K: { S: 'JavaScript', JS: PDFString.of("app.alert('keystroke-js')") } }))
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') }))
    const bytes = await savePdf(doc)
    expectNoActiveContent(bytes)
    const again = (await PDFDocument.load(bytes)).getForm()
    expect(
      again
        .getFields()
        .map((f) => f.getName())
        .sort()
    ).toEqual(['bekraftat', 'datum', 'namn'])
    again.getCheckBox('bekraftat').check()
    again.getTextField('namn').setText('Åsa Öberg')
    expect(again.getTextField('namn').getText()).toBe('Åsa Öberg')
    expect(again.getCheckBox('bekraftat').isChecked()).toBe(true)
  })

  it('keeps what only looks like an action: transparency groups, bookmark siblings, structure attributes', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage()
    page.node.set(PDFName.of('Group'), doc.context.obj({ S: 'Transparency', CS: 'DeviceRGB' }))
    const attributes = doc.context.obj({ O: 'Layout', Placement: 'Block' })
    const elem = doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'P', A: attributes }))
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({ Type: 'StructTreeRoot', K: elem }))
    const outlines = doc.context.nextRef()
    const first = doc.context.nextRef()
    const second = doc.context.nextRef()
    doc.context.assign(outlines, doc.context.obj({ Type: 'Outlines', First: first, Last: second, Count: 2 }))
    doc.context.assign(first, doc.context.obj({ Title: PDFString.of('Ett'), Parent: outlines, Next: second, Dest: [page.ref, 'Fit'] }))
    doc.context.assign(second, doc.context.obj({ Title: PDFString.of('Två'), Parent: outlines, Prev: first, Dest: [page.ref, 'Fit'] }))
    doc.catalog.set(PDFName.of('Outlines'), outlines)
    stripActiveContent(doc)
    expect((page.node.lookup(PDFName.of('Group')) as PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('Transparency'))
    expect((doc.context.lookup(elem) as PDFDict).get(PDFName.of('A'))).toBe(attributes)
    expect((doc.context.lookup(first) as PDFDict).get(PDFName.of('Next'))).toBe(second)
    expect(doc.context.lookup(second)).toBeInstanceOf(PDFDict)
    expect(page.node.Annots()).toBeUndefined()
  })

  it('every other writer in pdf/ goes through the same clean-up', async () => {
    const defaultContent = defaultUndertakingContent(defaultFile as UndertakingDefaultFile)
    const text = composeUndertakingText(defaultContent)
    const version = { number: 1, title: defaultContent.title, text, sha256: await sha256Hex(text), publishedOn: '2026-03-01' }
    const outputs = [
      await buildAgreementPdf(sampleAgreement()),
      await buildUndertakingPdf({
        municipality: 'Göteborgs stad',
        version,
        caseworker: { name: 'Åsa Öberg', email: 'a@k.se', unit: 'Öst' }
      }),
      await buildCaseworkerReportPdf({
        municipality: 'Göteborgs stad',
        date: '2026-03-10',
        unit: 'Alla',
        version: null,
        summary: [],
        rows: []
      }),
      await buildChecklistPdf({
        content: parseChecklistContent(checklistJson),
        municipality: 'Göteborgs stad',
        boardName: 'Socialnämnden',
        states: [],
        connection: emptyConnectionState(),
        attachments: [],
        today: '2026-12-21'
      })
    ]
    for (const bytes of outputs) expectNoActiveContent(bytes)
  })

  it('no module in pdf/ saves a document except through savePdf', () => {
    const dir = join(import.meta.dirname, '../../../src/renderer/src/pdf')
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'activeContent.ts')
      .filter((f) => /\.save\s*\(|\.saveAsBase64\s*\(|\.saveIncremental\s*\(|\.commit\s*\(/.test(readFileSync(join(dir, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})
