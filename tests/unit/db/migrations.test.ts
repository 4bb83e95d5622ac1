import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_NAME, NewerDatabaseError, openDatabase, resetDatabaseInstance } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION, schemaVersions } from '@renderer/db/schema'
import { openAt, upgradeToLatest } from './migrationHarness'
import { recordsFor, storesAt } from './migrationFixtures'

describe('schema', () => {
  it('has strictly increasing versions', () => {
    const versions = schemaVersions.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })
})

describe('migration from version 1', () => {
  it('keeps the profile and boards and gives every board a connection record', async () => {
    const v1 = await openAt(1)
    await v1.table('settings').put({ key: 'profile', value: { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad' } })
    await v1.table('boards').bulkPut([
      { id: 'b1', name: 'Socialnämnden', archived: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'b2', name: 'Arbetsmarknadsnämnden', archived: true, createdAt: '2026-01-02T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' }
    ])
    const latest = await upgradeToLatest(v1)
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
    expect((await latest.settings.get('profile'))?.value).toMatchObject({ officialName: 'Göteborgs stad' })
    const boards = await latest.boards.orderBy('id').toArray()
    expect(boards.map((b) => [b.id, b.name, b.archived])).toEqual([
      ['b1', 'Socialnämnden', false],
      ['b2', 'Arbetsmarknadsnämnden', true]
    ])
    expect(boards.every((b) => typeof b.connection === 'object')).toBe(true)
    latest.close()
  })
})

/**
 * Every earlier schema version, with realistic data in every table it has, arrives at the latest
 * version intact: every record still there under its key, every field it had still equal (an
 * upgrade may add fields, never lose or change the user's). Binary data is compared byte for byte.
 * New versions added to schema.ts are covered here automatically.
 */
describe.each(schemaVersions.filter((v) => v.version < LATEST_SCHEMA_VERSION).map((v) => v.version))(
  'migration from version %i to the latest',
  (version) => {
    it('keeps every record of every table', async () => {
      const old = await openAt(version)
      const stores = storesAt(version)
      const written: Record<string, Array<Record<string, unknown>>> = {}
      for (const [table, spec] of Object.entries(stores)) {
        written[table] = recordsFor(table, spec)
        await old.table(table).bulkPut(structuredClone(written[table]))
      }
      const latest = await upgradeToLatest(old)
      expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
      const latestTables = new Set(latest.tables.map((t) => t.name))
      for (const [table, records] of Object.entries(written)) {
        // A table a later version deletes on purpose is the only data allowed to go.
        if (!latestTables.has(table)) continue
        const keyPath = latest.table(table).schema.primKey.keyPath as string | string[]
        expect(await latest.table(table).count(), table).toBe(records.length)
        for (const record of records) {
          const key = Array.isArray(keyPath) ? keyPath.map((p) => Dexie.getByKeyPath(record, p)) : Dexie.getByKeyPath(record, keyPath)
          const stored = await latest.table(table).get(key)
          expect(stored, `${table} ${JSON.stringify(key)}`).toMatchObject(record)
        }
      }
      latest.close()
      await Dexie.delete(latest.name)
    })
  }
)

describe('migration to the content history', () => {
  it('a version 6 database gains an empty contentEdits table and keeps its data', async () => {
    const v6 = await openAt(6)
    await v6.table('caseworkers').put({ id: 'c1', name: 'Märta Ekström', unit: 'Nordost' })
    expect(v6.tables.map((t) => t.name)).not.toContain('contentEdits')
    const latest = await upgradeToLatest(v6)
    expect(await latest.table('contentEdits').count()).toBe(0)
    expect(await latest.table('caseworkers').get('c1')).toMatchObject({ name: 'Märta Ekström' })
    await latest
      .table('contentEdits')
      .add({ itemKey: 'rule:kontaktcenter', kind: 'rule', value: null, by: 'Åsa', at: '2026-12-01T10:00:00Z', origin: 'reset' })
    expect((await latest.table('contentEdits').where('itemKey').equals('rule:kontaktcenter').toArray())[0]).toMatchObject({
      seq: 1,
      by: 'Åsa'
    })
    latest.close()
  })
})

describe('a database from a newer app version', () => {
  it('is refused with a clear message and left untouched', async () => {
    resetDatabaseInstance()
    const future = new Dexie(DB_NAME)
    future.version(LATEST_SCHEMA_VERSION + 1).stores({ settings: '&key', boards: 'id', futureThing: 'id' })
    await future.open()
    await future.table('settings').put({ key: 'profile', value: { name: 'Framtida' } })
    future.close()

    await expect(openDatabase()).rejects.toBeInstanceOf(NewerDatabaseError)
    await expect(openDatabase()).rejects.toThrow(/nyare version/)

    resetDatabaseInstance()
    const check = new Dexie(DB_NAME)
    await check.open()
    expect(check.verno).toBe(LATEST_SCHEMA_VERSION + 1)
    expect(await check.table('settings').get('profile')).toEqual({ key: 'profile', value: { name: 'Framtida' } })
    check.close()
    await Dexie.delete(DB_NAME)
  })
})
