import { persistedState, storageEstimate, type PersistState } from '@renderer/platform/storage'
import { openDatabase } from './database'
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

export const LAST_BACKUP_SETTING = 'backup.lastBackupAt'
export const REMINDER_DAYS_SETTING = 'backup.reminderDays'
export const DEFAULT_REMINDER_DAYS = 30

export type BackupStatus = { lastBackupAt: string | null; reminderDays: number; since: string | null }

/** When the last full backup was made here, and after how many days to remind (0 = never). */
export async function getBackupStatus(): Promise<BackupStatus> {
  const [last, days, profile] = await Promise.all([
    getSetting<string>(LAST_BACKUP_SETTING),
    getSetting<number>(REMINDER_DAYS_SETTING),
    getSetting<{ createdAt?: string }>('profile')
  ])
  return {
    lastBackupAt: last ?? null,
    reminderDays: typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_REMINDER_DAYS,
    // With no backup yet, count from when the user started, so a new user is not nagged on day one.
    since: last ?? profile?.createdAt ?? null
  }
}

export const recordBackupMade = (at: string): Promise<void> => putSetting(LAST_BACKUP_SETTING, at)
export const setReminderDays = (days: number): Promise<void> => putSetting(REMINDER_DAYS_SETTING, days)
