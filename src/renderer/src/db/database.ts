import Dexie, { type Table } from 'dexie'
import { LATEST_SCHEMA_VERSION, schemaVersions } from './schema'
import { noteStorageChange } from './changes'
import { forgetFirstView } from './firstViewCache'
import { NewerDatabaseError } from './newerDatabase'
import type { AttachmentRecord, BoardRecord, SettingRecord } from './types'

export const DB_NAME = 'anslutningsguiden'

export class AppDatabase extends Dexie {
  settings!: Table<SettingRecord, string>
  boards!: Table<BoardRecord, string>
  attachments!: Table<AttachmentRecord, string>

  constructor(name = DB_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name)
    for (const v of schemaVersions) {
      if (v.version > upTo) break
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }
}

export { NewerDatabaseError }

// Screens that keep a read in memory learn of every write, here or in another window (changes.ts).
Dexie.on('storagemutated', noteStorageChange)

let instance: AppDatabase | null = null

export function db(): AppDatabase {
  if (!instance) {
    instance = new AppDatabase()
    // What the first screen read at start-up (firstView.ts) is stale once anything is written.
    instance.use({
      stack: 'dbcore',
      name: 'first-view-is-stale-after-a-write',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (req) => {
              forgetFirstView()
              return table.mutate(req)
            }
          }
        }
      })
    })
  }
  return instance
}

/** Opens the database, refusing one written by a newer app version before anything can change it. */
export async function openDatabase(): Promise<AppDatabase> {
  const database = db()
  if (database.isOpen()) return database
  // Dexie 4 would silently open (and re-version) a database newer than its schema; look first,
  // without declaring any version, so the look itself changes nothing.
  if (await Dexie.exists(database.name)) {
    const probe = new Dexie(database.name)
    try {
      await probe.open()
      if (probe.verno > LATEST_SCHEMA_VERSION) throw new NewerDatabaseError()
    } finally {
      probe.close()
    }
  }
  try {
    await database.open()
  } catch (error) {
    if (error instanceof Dexie.VersionError || (error as Error)?.name === 'VersionError') throw new NewerDatabaseError()
    throw error
  }
  return database
}

/** For tests: forget the open instance so the next call opens afresh. */
export function resetDatabaseInstance(): void {
  instance?.close()
  instance = null
}
