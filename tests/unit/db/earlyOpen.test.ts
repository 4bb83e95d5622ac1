import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppDatabase, DB_NAME } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'

// resources/public/early-open.js opens the database from index.html before the app's code runs;
// db/firstView.ts reads the first screen through that connection. A plain script: these tests run
// the very file, as the page does.
const SCRIPT = readFileSync(resolve(import.meta.dirname, '../../../resources/public/early-open.js'), 'utf8')
type Early = { __anslutningsguidenEarlyOpen?: Promise<IDBDatabase | null> }
const early = () => (globalThis as Early).__anslutningsguidenEarlyOpen

/** Runs the script as the page does; its `window` is this test's global object. */
function runEarlyOpen(): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('window', SCRIPT)(globalThis)
}

const at = '2026-11-20T10:00:00.000Z'
const profile = { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', createdAt: at, updatedAt: at }

async function fresh() {
  vi.resetModules()
  return { firstView: await import('@renderer/db/firstView'), database: await import('@renderer/db/database') }
}

beforeEach(async () => {
  await Dexie.delete(DB_NAME)
})
afterEach(() => {
  delete (globalThis as Early).__anslutningsguidenEarlyOpen
  vi.restoreAllMocks()
})

describe('the early open in index.html', () => {
  it('opens the app’s own database, and start-up reads through that connection instead of opening another', async () => {
    const d = new AppDatabase()
    await d.open()
    await d.table('settings').put({ key: 'profile', value: profile })
    d.close()

    const opens = vi.spyOn(indexedDB, 'open')
    runEarlyOpen()
    expect(opens).toHaveBeenCalledTimes(1)
    expect(opens.mock.calls[0]?.[0]).toBe(DB_NAME)
    expect((await early())?.name).toBe(DB_NAME)

    const { firstView } = await fresh()
    expect(await firstView.startDatabase({ safeMode: false })).toEqual(profile)
    expect(opens).toHaveBeenCalledTimes(1) // the early connection was used
    expect(early()).toBeUndefined() // and used once only
  })

  it('creates nothing when there is no database yet: first run goes the usual way', async () => {
    runEarlyOpen()
    expect(await early()).toBeNull()
    expect((await indexedDB.databases()).map((x) => x.name)).not.toContain(DB_NAME)
    const { firstView, database } = await fresh()
    expect(await firstView.startDatabase({ safeMode: false })).toBeNull()
    expect(database.db().verno).toBe(LATEST_SCHEMA_VERSION)
    database.resetDatabaseInstance()
  })

  it('never blocks an upgrade when its connection is not used (safe mode reads nothing)', async () => {
    const old = new AppDatabase(DB_NAME, 1)
    await old.open()
    await old.table('settings').put({ key: 'profile', value: profile })
    old.close()
    runEarlyOpen()
    expect((await early())?.version).toBe(10)
    const { firstView, database } = await fresh()
    // Safe mode opens (and here upgrades) the database without reading; the early connection gives way.
    expect(await firstView.startDatabase({ safeMode: true })).toBeNull()
    expect(database.db().verno).toBe(LATEST_SCHEMA_VERSION)
    database.resetDatabaseInstance()
  })
})
