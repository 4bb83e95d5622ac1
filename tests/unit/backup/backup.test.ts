import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup, type ImportReport } from '@renderer/db'
import { exportBackupFile, exportBoardBackup, LAST_BACKUP_KEY, prepareBackup, previewImport } from '@renderer/db/backup'
import { db } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'
import { canonicalJson, encodeValue } from '@renderer/domain/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, serializeBackup, type BackupHeader } from '@renderer/domain/backup/format'
import { dump, freshDatabase, seedRealisticData } from './helpers'

beforeEach(freshDatabase)

const header = (over: Partial<BackupHeader> = {}): BackupHeader => ({
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  schemaVersion: LATEST_SCHEMA_VERSION,
  exportedAt: '2026-11-26T12:00:00.000Z',
  appVersion: '0.1.0',
  scope: { kind: 'all' },
  municipality: { code: '1480', name: 'Göteborg' },
  ...over
})

/** Expects `file` to be refused with a message matching `message`, and the database to be exactly as before. */
async function expectRefused(file: Blob, message: RegExp, mode: 'merge' | 'replace' = 'replace'): Promise<void> {
  const before = await dump()
  await expect(importBackup(file, { mode })).rejects.toThrow(message)
  expect(await dump()).toBe(before)
}

describe('export → import', () => {
  it('restores every record and every byte into an emptied database', async () => {
    await seedRealisticData()
    const { blob, header: h } = await exportBackupFile()
    // What the UI does after saving the file.
    await db().table('settings').put({ key: LAST_BACKUP_KEY, value: h.exportedAt })
    const before = await dump()

    await freshDatabase()
    expect(await db().table('boards').count()).toBe(0)
    const report = await importBackup(blob, { mode: 'replace' })
    // The screen records the file as the latest backup after a full replace; the API adds nothing.
    expect(await dump({ without: [LAST_BACKUP_KEY] })).toBe(await dump())
    await db().table('settings').put({ key: LAST_BACKUP_KEY, value: h.exportedAt })
    expect(await dump()).toBe(before)
    expect(report.applied).toBe(true)
    expect(report.totals.added).toBe(report.totals.inFile)
    expect(report.totals.replaced + report.totals.removed).toBe(0)
    const att = await db().table('attachments').get('att-a')
    expect(att.bytes).toBeInstanceOf(Uint8Array)
    expect(att.bytes.length).toBe(300_000)
  })

  it('through the public API alone, the database after import equals the one exported, nothing added', async () => {
    await seedRealisticData()
    const before = await dump()
    const blob = await exportBackup()
    await freshDatabase()
    await importBackup(blob, { mode: 'replace' })
    expect(await dump()).toBe(before)
  })

  it('the file carries format, versions, export time and a SHA-256 over canonical JSON', async () => {
    await seedRealisticData()
    const text = await (await exportBackup()).text()
    const doc = JSON.parse(text)
    expect(doc).toMatchObject({ format: 'anslutningsguiden-sakerhetskopia', formatVersion: 1, schemaVersion: LATEST_SCHEMA_VERSION, scope: { kind: 'all' } })
    expect(Date.parse(doc.exportedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(doc.checksum).toEqual({ algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(Object.keys(doc.payload.tables).sort()).toEqual(db().tables.map((t) => t.name).sort())
    expect(doc.payload.tables.attachments[0].bytes).toEqual({ $bytes: expect.any(String) })
    // The file is canonical JSON: the checksum member sits at its sorted place.
    expect(canonicalJson(doc)).toBe(text)
    // Pretty-printing by another tool keeps it readable by us.
    await freshDatabase()
    await importBackup(new Blob([JSON.stringify(doc, null, 2)]), { mode: 'replace' })
    expect(await db().table('caseworkers').count()).toBe(50)
  })

  it('merge adds and updates but removes nothing; replace makes the data equal to the file', async () => {
    await seedRealisticData()
    const blob = await exportBackup()
    await db().table('boards').update('board-a', { name: 'Ändrat namn' })
    await db().table('caseworkers').put({ id: 'cw-new', name: 'Ny Person', email: 'ny@goteborg.se' })
    await db().table('caseworkers').delete('cw-3')

    const prepared = await prepareBackup(blob)
    const mergePreview = await previewImport(prepared, 'merge')
    const byTable = (r: ImportReport, t: string) => r.tables.find((x) => x.table === t)!
    expect(byTable(mergePreview, 'boards')).toMatchObject({ inFile: 2, added: 0, replaced: 1, unchanged: 1, removed: 0 })
    expect(byTable(mergePreview, 'caseworkers')).toMatchObject({ inFile: 50, added: 1, replaced: 0, unchanged: 49, removed: 0 })
    const replacePreview = await previewImport(prepared, 'replace')
    expect(byTable(replacePreview, 'caseworkers')).toMatchObject({ added: 1, removed: 1 })
    expect(replacePreview.applied).toBe(false)
    expect((await db().table('boards').get('board-a')).name).toBe('Ändrat namn') // preview wrote nothing

    const merged = await importBackup(blob, { mode: 'merge' })
    expect(merged.totals).toMatchObject({ added: 1, replaced: 1, removed: 0 })
    expect((await db().table('boards').get('board-a')).name).toBe('Socialnämnden Nordost')
    expect(await db().table('caseworkers').get('cw-new')).toBeDefined()

    await importBackup(blob, { mode: 'replace' })
    expect(await db().table('caseworkers').get('cw-new')).toBeUndefined()
    expect(await db().table('caseworkers').count()).toBe(50)
  })

  it('accepts a file another program re-serialised (member order, indentation), with its data unchanged', async () => {
    await seedRealisticData()
    // Keys like "1" are moved first by JSON.parse, so the order differs from the app's own file.
    await db().table('boards').update('board-a', { connection: { steps: { '9': 'klart', '10': 'klart', b: 'x' } } })
    const text = await (await exportBackup()).text()
    const before = await dump()
    for (const variant of [JSON.stringify(JSON.parse(text)), JSON.stringify(JSON.parse(text), null, '\t')]) {
      expect(variant).not.toBe(text)
      await freshDatabase()
      await importBackup(new Blob([variant]), { mode: 'replace' })
      expect(await dump({ without: ['backup.lastBackupAt'] })).toBe(before)
    }
  })

  it('refuses a file whose bytes changed even where the data reads the same', async () => {
    await seedRealisticData()
    await db().table('caseworkers').put({ id: 'ctl', name: 'tab\u001fhär', n: 1e21 })
    const text = await (await exportBackup()).text()
    expect(text).toContain('\\u001f')
    await expectRefused(new Blob([text.replace('\\u001f', '\\u001F')]), /Kontrollsumman/)
    await expectRefused(new Blob([text.replace('1e+21', '1E+21')]), /Kontrollsumman/)
  })

  it('defaults to merge when no options are given', async () => {
    await seedRealisticData()
    const blob = await exportBackup()
    await db().table('caseworkers').put({ id: 'cw-extra', name: 'Extra' })
    const report = await importBackup(blob)
    expect(report.mode).toBe('merge')
    expect(await db().table('caseworkers').get('cw-extra')).toBeDefined()
  })

  it('includes tables another feature adds later, without code changes', async () => {
    await seedRealisticData()
    const names = db().tables.map((t) => t.name)
    const doc = JSON.parse(await (await exportBackup()).text())
    for (const n of names) expect(doc.payload.tables[n], n).toBeInstanceOf(Array)
  })
})

describe('one board', () => {
  it('exports only that board, its drafts, versions, files and template, plus the profile', async () => {
    await seedRealisticData()
    const doc = JSON.parse(await (await exportBoardBackup('board-a')).text())
    const t = doc.payload.tables
    expect(doc.scope).toEqual({ kind: 'board', boardId: 'board-a', boardName: 'Socialnämnden Nordost' })
    expect(t.boards.map((b: { id: string }) => b.id)).toEqual(['board-a'])
    expect(t.settings.map((s: { key: string }) => s.key)).toEqual(['profile'])
    expect(t.agreementDrafts.map((d: { id: string }) => d.id)).toEqual(['draft-a'])
    expect(t.agreementVersions.map((d: { id: string }) => d.id)).toEqual(['v1'])
    expect(t.attachments.map((d: { id: string }) => d.id)).toEqual(['att-a'])
    expect(t.pdfTemplates.map((d: { fingerprint: string }) => d.fingerprint)).toEqual(['fp-1'])
    expect(t.taskStates).toHaveLength(1)
    expect(t.caseworkers).toEqual([])
  })

  it('replace touches only that board and never the profile of the receiving computer', async () => {
    await seedRealisticData()
    const blob = await exportBoardBackup('board-a')
    await db().table('agreementDrafts').put({ id: 'draft-a2', boardId: 'board-a', name: 'Nytt', data: {}, status: 'draft', createdAt: 'x', updatedAt: 'x' })
    await db().table('settings').put({ key: 'profile', value: { code: '0180', name: 'Stockholm', officialName: 'Stockholms stad' } })
    const report = await importBackup(blob, { mode: 'replace' })
    expect(report.tables.find((r) => r.table === 'agreementDrafts')).toMatchObject({ removed: 1, unchanged: 1 })
    expect(await db().table('agreementDrafts').get('draft-a2')).toBeUndefined()
    expect(await db().table('agreementDrafts').get('draft-b')).toBeDefined()
    expect(await db().table('caseworkers').count()).toBe(50)
    expect((await db().table('settings').get('profile')).value.name).toBe('Stockholm')
  })

  it('a one-board file is read into an empty computer with its profile', async () => {
    await seedRealisticData()
    const blob = await exportBoardBackup('board-b')
    await freshDatabase()
    await importBackup(blob, { mode: 'merge' })
    expect((await db().table('settings').get('profile')).value.name).toBe('Göteborg')
    expect((await db().table('boards').toArray()).map((b) => b.id)).toEqual(['board-b'])
  })
})

describe('refused files change nothing', () => {
  let text: string
  beforeEach(async () => {
    await seedRealisticData()
    text = await (await exportBackup()).text()
    await db().table('boards').update('board-b', { name: 'Ändrad efter exporten' })
  })

  it('truncated', async () => {
    await expectRefused(new Blob([text.slice(0, Math.floor(text.length * 0.6))]), /inte giltig JSON.*avkortad/)
    await expectRefused(new Blob([text.slice(0, -1)]), /avkortad/)
  })

  it('tampered (a value changed, checksum kept)', async () => {
    await expectRefused(new Blob([text.replace('Socialnämnden Nordost', 'Socialnämnden Nordväst')]), /Kontrollsumman stämmer inte/)
    const doc = JSON.parse(text)
    doc.payload.tables.caseworkers.pop()
    await expectRefused(new Blob([JSON.stringify(doc)]), /Kontrollsumman/)
    doc.scope = { kind: 'board', boardId: 'board-a', boardName: 'x' }
    await expectRefused(new Blob([JSON.stringify(doc)]), /Kontrollsumman/)
  })

  it('wrong format, foreign JSON, not JSON, not text, empty', async () => {
    await expectRefused(new Blob([text.replace(BACKUP_FORMAT, 'annat-program-export')]), /formatet ”annat-program-export”/)
    await expectRefused(new Blob([text.replace('"formatVersion":1', '"formatVersion":2')]), /filformatversion 2/)
    await expectRefused(new Blob([JSON.stringify({ name: 'Göteborg', boards: [] })]), /ingen säkerhetskopia från Anslutningsguiden/)
    await expectRefused(new Blob(['[1,2,3]']), /ingen säkerhetskopia/)
    await expectRefused(new Blob(['namn;e-post\nÅsa;asa@x.se\n']), /inte giltig JSON/)
    await expectRefused(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x81])]), /ingen textfil/)
    await expectRefused(new Blob([]), /Filen är tom/)
  })

  it('from a newer app version', async () => {
    await expectRefused(new Blob([text.replace(`"schemaVersion":${LATEST_SCHEMA_VERSION}`, `"schemaVersion":${LATEST_SCHEMA_VERSION + 1}`)]), /nyare version av Anslutningsguiden/)
    // Even when re-signed correctly.
    await expectRefused(new Blob([await serializeBackup(header({ schemaVersion: 99 }), { settings: [] })]), /databasversion 99/)
    await expectRefused(new Blob([text.replace(`"schemaVersion":${LATEST_SCHEMA_VERSION}`, '"schemaVersion":0')]), /ingen giltig databasversion/)
  })

  it('correctly signed but with bad content', async () => {
    const sign = (tables: Record<string, unknown[]>, over: Partial<BackupHeader> = {}) =>
      serializeBackup(header(over), encodeValue(tables) as never).then((t) => new Blob([t]))
    await expectRefused(await sign({ boards: [{ id: 'b', archived: false, createdAt: 'x', updatedAt: 'x' }] }), /Nämnder, post 1: name/)
    await expectRefused(await sign({ boards: [{ name: 'Utan id', archived: false, createdAt: 'x', updatedAt: 'x' }] }), /Nämnder, post 1/)
    await expectRefused(await sign({ notATable: [{ id: 'x' }] }), /tabellen ”notATable”/)
    await expectRefused(await sign({ caseworkers: [{ id: 'a' }, { id: 'a' }] }), /samma nyckel/)
    await expectRefused(await sign({ attachments: [{ id: 'a', ownerType: 'x', ownerId: 'y', name: 'n', mimeType: 'm', bytes: 'inte binärt', createdAt: 'x' }] }), /binärdata/)
    await expectRefused(await sign({ boards: [{ id: 'b2', name: 'Annan', archived: false, createdAt: 'x', updatedAt: 'x' }] }, { scope: { kind: 'board', boardId: 'b1', boardName: 'x' } }), /gäller en nämnd/)
    const raw = await serializeBackup(header(), { caseworkers: [{ id: 'a', photo: { $bytes: 'QR==' } }] })
    await expectRefused(new Blob([raw]), /ogiltiga binärdata/)
  })

  it('a write failing half-way rolls everything back', async () => {
    const blob = await exportBackup()
    await db().table('caseworkers').put({ id: 'cw-keep', name: 'Finns kvar' })
    const before = await dump()
    const table = db().table('auditLog')
    const original = table.bulkPut.bind(table)
    table.bulkPut = (() => Promise.reject(new Error('disken är full'))) as unknown as typeof table.bulkPut
    try {
      await expect(importBackup(blob, { mode: 'replace' })).rejects.toThrow(/kunde inte läsas in.*Inget har ändrats/)
    } finally {
      table.bulkPut = original
    }
    expect(await dump()).toBe(before)
  })
})

describe('files from an older schema version', () => {
  it('are upgraded by the same migrations before they are applied', async () => {
    const blob = new Blob([
      await serializeBackup(header({ schemaVersion: 1 }), {
        settings: [{ key: 'profile', value: { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad' } }],
        boards: [{ id: 'old', name: 'Socialnämnden', archived: false, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' }]
      })
    ])
    const report = await importBackup(blob, { mode: 'replace' })
    expect(report.migrated).toBe(LATEST_SCHEMA_VERSION > 1)
    expect(await db().table('boards').get('old')).toMatchObject({ name: 'Socialnämnden', connection: {} })
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('anslutningsguiden-import'))).toEqual([])
  })

  it('refuses tables that did not exist in the version the file names', async () => {
    const blob = new Blob([await serializeBackup(header({ schemaVersion: 1 }), { caseworkers: [{ id: 'x' }] })])
    await expect(importBackup(blob)).rejects.toThrow(/tabellen ”caseworkers”/)
  })
})
