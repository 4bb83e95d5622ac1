import { persistedState, storageEstimate, type PersistState } from '@renderer/platform/storage'
import { openDatabase } from './database'
import { backupStatusFrom, LAST_BACKUP_SETTING, REMINDER_DAYS_SETTING, type BackupStatus } from './backupStatus'
import { getSetting, putSetting } from './settings'

export type TableCount = { table: string; count: number }

export type StorageHealth = {
  persist: PersistState
  /** Bytes; null when the browser does not say. */
  usage: number | null
  quota: number | null
  counts: TableCount[]
}

/** Number of records in every table (tables other features add are included). */
export async function countRecords(): Promise<TableCount[]> {
  const database = await openDatabase()
  return Promise.all(database.tables.map(async (t) => ({ table: t.name, count: await t.count() })))
}

export async function storageHealth(): Promise<StorageHealth> {
  const [persist, estimate, counts] = await Promise.all([persistedState(), storageEstimate(), countRecords()])
  return { persist, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, counts }
}

export { LAST_BACKUP_SETTING, REMINDER_DAYS_SETTING, DEFAULT_REMINDER_DAYS, type BackupStatus } from './backupStatus'

/** When the last full backup was made here, and after how many days to remind (0 = never). */
export async function getBackupStatus(): Promise<BackupStatus> {
  const [last, days, profile] = await Promise.all([
    getSetting(LAST_BACKUP_SETTING),
    getSetting(REMINDER_DAYS_SETTING),
    getSetting('profile')
  ])
  return backupStatusFrom(last, days, profile)
}

export const recordBackupMade = (at: string): Promise<void> => putSetting(LAST_BACKUP_SETTING, at)
export const setReminderDays = (days: number): Promise<void> => putSetting(REMINDER_DAYS_SETTING, days)
