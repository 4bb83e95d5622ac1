/**
 * Scenario code that runs inside Chromium, driven by bench/run.mjs through `window.bench`.
 * Feature modules are looked up at run time: a scenario whose feature is not built yet answers
 * `{ notBuilt }` instead of a number.
 */
import Dexie from 'dexie'
import * as appDb from '../../src/renderer/src/db'
import * as domain from '../../src/renderer/src/domain'
import { makeAgreementInput, makeCaseworkerCsv, makeFormTemplate, FORM_FIELD_PATHS } from './fixtures'

type Result = { ms: number; extra?: Record<string, number> } | { notBuilt: string }
type AnyModule = Record<string, unknown>

const loaders = import.meta.glob(['../../src/renderer/src/pdf/index.ts', '../../src/renderer/src/db/caseworkers.ts'])

async function load(path: string): Promise<AnyModule | null> {
  const loader = loaders[path]
  return loader ? ((await loader()) as AnyModule) : null
}

async function fn<T extends (...args: never[]) => unknown>(path: string, name: string): Promise<T | null> {
  const mod = await load(path)
  const value = mod?.[name]
  return typeof value === 'function' ? (value as T) : null
}

const PDF = '../../src/renderer/src/pdf/index.ts'

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function resetDb(): Promise<void> {
  appDb.resetDatabaseInstance()
  await Dexie.delete(appDb.DB_NAME)
}

const bench = {
  /** A profile and one board, as after the first-run screen. */
  async seedShell(): Promise<void> {
    await resetDb()
    await appDb.openDatabase()
    await appDb.completeFirstRun({ code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad' }, 'Socialnämnden')
    appDb.resetDatabaseInstance()
  },

  async agreementPdf(): Promise<Result> {
    const build = await fn<(i: unknown) => Promise<Uint8Array>>(PDF, 'buildAgreementPdf')
    if (!build) return { notBuilt: 'buildAgreementPdf saknas' }
    const input = await makeAgreementInput()
    const t0 = performance.now()
    const bytes = await build(input)
    await sha256(bytes)
    return { ms: performance.now() - t0, extra: { bytes: bytes.byteLength } }
  },

  async agreementPdfBaseline(): Promise<Result> {
    const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib')
    const t0 = performance.now()
    const doc = await PDFDocument.create()
    const page = doc.addPage()
    page.drawText('Anslutningsavtal', { x: 50, y: 750, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) })
    const bytes = await doc.save()
    return { ms: performance.now() - t0, extra: { bytes: bytes.byteLength } }
  },

  async officialForm(): Promise<Result> {
    const fill = await fn<(t: Uint8Array, m: unknown, i: unknown) => Promise<Uint8Array>>(PDF, 'fillOfficialPdf')
    if (!fill) return { notBuilt: 'fillOfficialPdf saknas' }
    const template = await makeFormTemplate()
    const input = await makeAgreementInput()
    const t0 = performance.now()
    const bytes = await fill(template, { fields: FORM_FIELD_PATHS }, input)
    return { ms: performance.now() - t0, extra: { bytes: bytes.byteLength } }
  },

  async officialFormBaseline(): Promise<Result> {
    const { PDFDocument } = await import('@cantoo/pdf-lib')
    const template = await makeFormTemplate()
    const t0 = performance.now()
    const doc = await PDFDocument.load(template)
    await doc.save()
    return { ms: performance.now() - t0 }
  },

  async caseworkerImport(): Promise<Result> {
    const parse = (domain as AnyModule).parseCaseworkerCsv as ((b: Uint8Array) => { rows: unknown[]; errors: unknown[] }) | undefined
    const store = await fn<(rows: unknown[]) => Promise<unknown>>('../../src/renderer/src/db/caseworkers.ts', 'importCaseworkers')
    if (!parse || !store) return { notBuilt: 'parseCaseworkerCsv eller importCaseworkers saknas' }
    await resetDb()
    await appDb.openDatabase()
    const csv = makeCaseworkerCsv(10_000)
    const t0 = performance.now()
    const { rows, errors } = parse(csv)
    await store(rows)
    const ms = performance.now() - t0
    return { ms, extra: { rows: rows.length, errors: errors.length } }
  },

  async caseworkerImportBaseline(): Promise<Result> {
    await resetDb()
    const database = await appDb.openDatabase()
    const objects = Array.from({ length: 10_000 }, (_, i) => ({
      id: `cw-${i}`,
      name: `Handläggare ${i}`,
      email: `handlaggare${i}@kommun.se`,
      unit: `Enhet ${i % 40}`,
      role: 'handläggare',
      active: 1
    }))
    const t0 = performance.now()
    await database.table('caseworkers').bulkPut(objects)
    return { ms: performance.now() - t0 }
  }
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.getElementById('status')!.textContent = 'Mätsidan är redo.'
