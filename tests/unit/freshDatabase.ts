import Dexie from 'dexie'
import { DB_NAME, openDatabase, resetDatabaseInstance } from '@renderer/db/database'

/** Each test starts on an empty app database, opened the way the app opens it. */
export async function freshDatabase(): Promise<void> {
  resetDatabaseInstance()
  await Dexie.delete(DB_NAME)
  await openDatabase()
}
