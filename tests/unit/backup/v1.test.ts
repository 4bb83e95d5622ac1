import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { importBackup } from '@renderer/db'
import { BackupError } from '@renderer/db/backup'
import { db } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'
import { decodeValue, type Json } from '@renderer/domain/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, serializeBackup, type BackupHeader } from '@renderer/domain/backup/format'
import { backupErrorText } from '@renderer/i18n/backup'
import { dump, freshDatabase } from './helpers'

/** A v1 file exported by the app before format v2 existed (see tests/fixtures/backup). */
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/backup/v1-goteborg-two-boards.json'), 'utf8')
const fixture = JSON.parse(FIXTURE) as { payload: { tables: Record<string, Json[]> }; municipality: { code: string; name: string } }

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

const PROBE = {
  id: 'probe',
  name: 'Probe',
  archived: false,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  connection: {}
}

async function expectRefused(file: Blob, code: string, match?: RegExp): Promise<BackupError> {
  await db().table('boards').put(PROBE)
  const before = await dump()
  const error = await importBackup(file, { mode: 'replace' }).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BackupError)
  expect((error as BackupError).code).toBe(code)
  if (match) expect(backupErrorText(error as BackupError)).toMatch(match)
  expect(await db().table('boards').get('probe')).toEqual(PROBE)
  expect(await dump()).toBe(before)
  return error as BackupError
}

/** The fixture's tables with one change, signed correctly: a checksum anyone can recompute. */
const signedWith = async (change: (tables: Record<string, Array<Record<string, Json>>>) => void, over: Partial<BackupHeader> = {}) => {
  const tables = structuredClone(fixture.payload.tables) as Record<string, Array<Record<string, Json>>>
  change(tables)
  return new Blob([await serializeBackup(header(over), tables)])
}

describe('v1 still imports', () => {
  it('the committed v1 file restores every table and every byte', async () => {
    const report = await importBackup(new Blob([FIXTURE]), { mode: 'replace' })
    expect(report.formatVersion).toBe(1)
    for (const [table, list] of Object.entries(fixture.payload.tables)) {
      const stored = await db().table(table).toArray()
      expect(stored.length, table).toBe(list.length)
      for (const json of list) {
        const record = decodeValue(json) as Record<string, unknown>
        // The file predates recorded SSBTEK access: the migration gives each person an empty history.
        if (table === 'caseworkers' && !('accessHistory' in record)) record.accessHistory = []
        const key =
          table === 'settings'
            ? record.key
            : table === 'pdfTemplates'
              ? record.fingerprint
              : table === 'taskStates'
                ? [record.boardId, record.taskId]
                : record.id
        expect(
          await db()
            .table(table)
            .get(key as never),
          `${table} ${String(key)}`
        ).toStrictEqual(record)
      }
    }
    const template = await db().table('pdfTemplates').get('fp-acroform')
    expect(new TextDecoder().decode(template.bytes.subarray(0, 5))).toBe('%PDF-')
    const draft = (await db().table('agreementDrafts').toArray()).find((d) => d.templateFingerprint === 'fp-acroform')
    expect(draft.data.signatories[0].signature.png).toBeInstanceOf(Uint8Array)
  })

  it('a changed v1 file is called damaged, not "changed" (a public checksum cannot prove tampering)', async () => {
    const error = await expectRefused(new Blob([FIXTURE.replace('Socialnämnden Nordost', 'Socialnämnden Nordväst')]), 'damaged', /skadad/)
    expect(backupErrorText(error)).not.toMatch(/filen har ändrats|har ändrats efter/)
    await expectRefused(new Blob([FIXTURE.slice(0, -1)]), 'not-json')
    const fileVersion = /"schemaVersion":(\d+)/.exec(FIXTURE)![1]
    await expectRefused(
      new Blob([FIXTURE.replace(`"schemaVersion":${fileVersion}`, '"schemaVersion":99')]),
      'future-version',
      /databasversion 99/
    )
  })
})

describe('finding 2: a crafted v1 file with a valid checksum is refused before anything is written', () => {
  it('a wrong-typed profile', async () => {
    const file = await signedWith((t) => {
      const profile = t.settings!.find((s) => s.key === 'profile')!
      ;(profile.value as Record<string, Json>).officialName = { boom: true }
    })
    const error = await expectRefused(file, 'invalid-content')
    expect(error.params).toMatchObject({ table: 'settings', field: 'value.officialName', detail: 'type' })
    expect(backupErrorText(error)).toMatch(/Inställningar och kommunprofil, post \d, fältet ”value\.officialName”: har fel typ/)
  })

  it('caseworkers with a number for a name or an object for an e-mail', async () => {
    const first = await expectRefused(await signedWith((t) => void (t.caseworkers![0]!.name = 12345)), 'invalid-content')
    expect(first.params).toMatchObject({ table: 'caseworkers', record: 1, field: 'name' })
    const second = await expectRefused(await signedWith((t) => void (t.caseworkers![1]!.email = {})), 'invalid-content')
    expect(second.params).toMatchObject({ table: 'caseworkers', record: 2, field: 'email' })
  })

  it('a huge caseworker name (5 MB here; the issue saw 50 MB accepted, anything over 500 characters is refused)', async () => {
    const error = await expectRefused(
      await signedWith((t) => void (t.caseworkers![0]!.name = 'x'.repeat(5 * 1024 * 1024))),
      'invalid-content'
    )
    expect(error.params).toMatchObject({ field: 'name', detail: 'too-long' })
  })

  it('200 000 levels of nesting is a backup error, not a stack overflow', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    // Inside a record, where the old reader recursed (checksum, decoding) until the stack ran out.
    const text = FIXTURE.replace('"caseworkers":[{', `"caseworkers":[{"deep":${deep},`)
    expect(text).not.toBe(FIXTURE)
    const error = await expectRefused(new Blob([text]), 'too-deep')
    expect(backupErrorText(error)).toMatch(/för djupt nästlad/)
  })

  it('an enum outside its values, a duplicate key, a table the version lacks, a one-board file with other data', async () => {
    await expectRefused(await signedWith((t) => void (t.agreementDrafts![0]!.status = 'hacked')), 'invalid-content')
    await expectRefused(await signedWith((t) => t.caseworkers!.push(structuredClone(t.caseworkers![0]!))), 'invalid-content')
    await expectRefused(await signedWith((t) => void (t.notATable = [{ id: 'x' }])), 'unknown-table')
    await expectRefused(await signedWith(() => undefined, { scope: { kind: 'board', boardId: 'nope', boardName: 'x' } }), 'wrong-scope')
    const raw = await serializeBackup(header(), { caseworkers: [{ id: 'a', photo: { $bytes: 'QR==' } }] })
    await expectRefused(new Blob([raw]), 'invalid-content')
  })
})

describe('files from an older schema version', () => {
  it('are upgraded by the same migrations before they are applied', async () => {
    const t = '2025-01-01T00:00:00.000Z'
    const blob = new Blob([
      await serializeBackup(header({ schemaVersion: 1 }), {
        settings: [
          { key: 'profile', value: { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', createdAt: t, updatedAt: t } }
        ],
        boards: [{ id: 'old', name: 'Socialnämnden', archived: false, createdAt: t, updatedAt: t }]
      })
    ])
    const report = await importBackup(blob, { mode: 'replace' })
    expect(report.migrated).toBe(LATEST_SCHEMA_VERSION > 1)
    expect(await db().table('boards').get('old')).toMatchObject({ name: 'Socialnämnden', connection: {} })
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('anslutningsguiden-import'))).toEqual([])
  })
})

describe('a write failing half-way rolls everything back', () => {
  it('nothing changes', async () => {
    const blob = new Blob([FIXTURE])
    await db().table('boards').put(PROBE)
    const before = await dump()
    const table = db().table('caseworkers')
    const original = table.bulkPut.bind(table)
    table.bulkPut = (() => Promise.reject(new Error('disken är full'))) as unknown as typeof table.bulkPut
    try {
      const error = await importBackup(blob, { mode: 'replace' }).catch((e: unknown) => e)
      expect((error as BackupError).code).toBe('write-failed')
    } finally {
      table.bulkPut = original
    }
    expect(await dump()).toBe(before)
  })
})
