import { AppDatabase } from '@renderer/db/database'

let counter = 0

/** A fresh, uniquely named database opened at exactly `version` of the app's schema. */
export async function openAt(version: number, name = `migration-${version}-${++counter}-${Date.now()}`): Promise<AppDatabase> {
  const database = new AppDatabase(name, version)
  await database.open()
  return database
}

/** Closes `database` and reopens the same data with the latest schema, running every upgrade. */
export async function upgradeToLatest(database: AppDatabase): Promise<AppDatabase> {
  const name = database.name
  database.close()
  const latest = new AppDatabase(name)
  await latest.open()
  return latest
}
