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

const loaders = import.meta.glob([
  '../../src/renderer/src/pdf/index.ts',
  '../../src/renderer/src/db/caseworkers/register.ts',
  '../../src/renderer/src/db/caseworkers/undertakings.ts'
])

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
let lastBackup: Blob | null = null

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The `backup:<stage>` timings (domain/backup/timing.ts) recorded during one call, summed per stage. */
function backupStages(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of performance.getEntriesByType('measure')) {
    if (!m.name.startsWith('backup:')) continue
    const stage = `stage:${m.name.slice(7)}`
    out[stage] = (out[stage] ?? 0) + m.duration
  }
  performance.clearMeasures()
  return out
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
    const store = await fn<(rows: unknown[]) => Promise<unknown>>('../../src/renderer/src/db/caseworkers/register.ts', 'importCaseworkers')
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

  /**
   * The large data set: 10,000 caseworkers, two published undertaking versions and 30,000
   * acknowledgements, stored through the app's own functions (as an import would).
   */
  async seedLarge(): Promise<Result> {
    const store = await fn<(rows: unknown[]) => Promise<unknown>>('../../src/renderer/src/db/caseworkers/register.ts', 'importCaseworkers')
    const publish = await fn<(c: unknown, at?: Date) => Promise<{ id: string; number: number; sha256: string }>>(
      '../../src/renderer/src/db/caseworkers/undertakings.ts',
      'publishUndertakingVersion'
    )
    const acks = await fn<(a: unknown[]) => Promise<number>>(
      '../../src/renderer/src/db/caseworkers/undertakings.ts',
      'importAcknowledgements'
    )
    const parse = (domain as AnyModule).parseCaseworkerCsv as ((b: Uint8Array) => { rows: unknown[] }) | undefined
    if (!store || !publish || !acks || !parse) return { notBuilt: 'handläggarregistret saknas' }
    const t0 = performance.now()
    await bench.seedShell()
    await appDb.openDatabase()
    await store(parse(makeCaseworkerCsv(10_000)).rows)
    const content = {
      title: 'Försäkran',
      body: 'Jag har tagit del av {lagrum}.',
      legalReference: 'socialtjänstlagen (2025:400)',
      legalReview: { by: 'Testdata', on: '2026-11-01' }
    }
    const v1 = await publish(content, new Date('2026-01-10T09:00:00Z'))
    const v2 = await publish({ ...content, body: content.body + ' Version två.' }, new Date('2026-06-10T09:00:00Z'))
    const people = (await appDb.db().table('caseworkers').toArray()) as { id: string }[]
    const list = people.flatMap((p, i) => [
      { caseworkerId: p.id, versionId: v1.id, versionNumber: v1.number, sha256: v1.sha256, method: 'elsewhere', signedOn: '2026-02-01' },
      { caseworkerId: p.id, versionId: v1.id, versionNumber: v1.number, sha256: v1.sha256, method: 'paper', signedOn: '2026-03-01' },
      {
        caseworkerId: p.id,
        versionId: i % 3 ? v2.id : v1.id,
        versionNumber: i % 3 ? v2.number : v1.number,
        sha256: i % 3 ? v2.sha256 : v1.sha256,
        method: 'on-screen',
        signedOn: '2026-07-01'
      }
    ])
    await acks(list)
    appDb.resetDatabaseInstance()
    return { ms: performance.now() - t0, extra: { caseworkers: people.length, acknowledgements: list.length } }
  },

  /** Adds 50 agreement drafts and 20 PDFs of about 1 MB to whatever is stored. */
  async seedDraftsAndPdfs(): Promise<Result> {
    const database = await appDb.openDatabase()
    const boards = await appDb.listBoards()
    const input = await makeAgreementInput()
    const now = new Date().toISOString()
    await database.table('agreementDrafts').bulkPut(
      Array.from({ length: 50 }, (_, i) => ({
        id: `bench-draft-${i}`,
        boardId: boards[0]!.id,
        name: `Utkast ${i}`,
        data: input,
        status: 'draft',
        createdAt: now,
        updatedAt: now
      }))
    )
    const pdf = new Uint8Array(1024 * 1024)
    for (let i = 0; i < pdf.length; i++) pdf[i] = (i * 2654435761) >>> 24
    await database.table('attachments').bulkPut(
      Array.from({ length: 20 }, (_, i) => ({
        id: `bench-pdf-${i}`,
        boardId: boards[0]!.id,
        ownerType: 'task',
        ownerId: `bench-${i}`,
        name: `bilaga-${i}.pdf`,
        mimeType: 'application/pdf',
        size: pdf.length,
        sha256: '',
        bytes: pdf,
        createdAt: now
      }))
    )
    appDb.resetDatabaseInstance()
    return { ms: 0 }
  },

  /**
   * Export then import of everything stored (format v2); the file is kept between the two calls.
   * `password` encrypts (AES-256-GCM, PBKDF2 600 000 rounds: the key derivation is part of the time).
   */
  async backupExport(password?: string): Promise<Result> {
    const exportBackup = (appDb as AnyModule).exportBackup as ((o?: { password?: string }) => Promise<Blob>) | undefined
    if (!exportBackup) return { notBuilt: 'exportBackup saknas' }
    await appDb.openDatabase()
    performance.clearMeasures()
    const t0 = performance.now()
    lastBackup = await exportBackup(password ? { password } : undefined)
    const ms = performance.now() - t0
    return { ms, extra: { megabytes: lastBackup.size / 1024 / 1024, ...backupStages() } }
  },

  /** "Ersätt" with the last exported file; `fresh` empties the database first (not timed). */
  async backupImport(password?: string, fresh = false): Promise<Result> {
    const importBackup = (appDb as AnyModule).importBackup as ((b: Blob, o?: unknown) => Promise<unknown>) | undefined
    if (!importBackup || !lastBackup) return { notBuilt: 'importBackup saknas' }
    if (fresh) await resetDb()
    await appDb.openDatabase()
    performance.clearMeasures()
    const t0 = performance.now()
    await importBackup(lastBackup, { mode: 'replace', password })
    const ms = performance.now() - t0
    return { ms, extra: { fileMb: lastBackup.size / 1024 / 1024, ...backupStages() } }
  },

  /** The same data in the old format (v1, JSON with base64), for the size budget. */
  async backupV1Size(): Promise<Result> {
    const mod = (await import('../../src/renderer/src/db/backup')) as AnyModule
    const v1 = mod.exportBackupV1 as (() => Promise<Blob>) | undefined
    if (!v1) return { notBuilt: 'exportBackupV1 saknas' }
    await appDb.openDatabase()
    const t0 = performance.now()
    const blob = await v1()
    return { ms: performance.now() - t0, extra: { megabytes: blob.size / 1024 / 1024 } }
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
