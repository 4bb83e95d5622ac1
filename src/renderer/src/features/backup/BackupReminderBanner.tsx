import { useEffect } from 'react'
import { peekBackupStatus } from '@renderer/db/firstView'
import { backupReminderDue } from '@renderer/domain/backup/reminder'
import { backupReminderText as backupText } from '@renderer/i18n/backupReminder'
import { useBackupStatus } from './backupStatus'
import './backup.css'

/** A small notice in the shell when the last backup is older than the user's setting (default 30 days). */
export function BackupReminderBanner() {
  // At start-up the status is already in memory (the same object the refresh below stores, so
  // storing it does not render the banner again): the banner is in the first screen's one layout.
  const status = useBackupStatus((s) => s.status ?? peekBackupStatus() ?? null)
  const refresh = useBackupStatus((s) => s.refresh)
  useEffect(() => {
    void refresh()
  }, [refresh])
  if (!status) return null
  const days = backupReminderDue(status, new Date())
  if (days === null) return null
  return (
    <div className="notice warn backup-reminder" data-testid="backup-reminder">
      <p>
        <strong>{backupText.reminderTitle}:</strong> {status.lastBackupAt ? backupText.reminderOld(days) : backupText.reminderNever(days)}{' '}
        <a href="#/sakerhetskopiering">{backupText.reminderLink}</a>
      </p>
    </div>
  )
}
