// The backup reminder's settings and how they read, without the database library: the shell's
// banner shows this on the first screen, which does not wait for that library. Storage is in storageHealth.ts.

export const LAST_BACKUP_SETTING = 'backup.lastBackupAt'
export const REMINDER_DAYS_SETTING = 'backup.reminderDays'
export const DEFAULT_REMINDER_DAYS = 30

export type BackupStatus = { lastBackupAt: string | null; reminderDays: number; since: string | null }

/** The status from the three stored values (any of them missing or of the wrong type). */
export function backupStatusFrom(last: unknown, days: unknown, profile: unknown): BackupStatus {
  const lastBackupAt = typeof last === 'string' ? last : null
  const createdAt = (profile as { createdAt?: unknown } | null | undefined)?.createdAt
  return {
    lastBackupAt,
    reminderDays: typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_REMINDER_DAYS,
    // With no backup yet, count from when the user started, so a new user is not nagged on day one.
    since: lastBackupAt ?? (typeof createdAt === 'string' ? createdAt : null)
  }
}
