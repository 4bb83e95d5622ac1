import { useEffect } from 'react'
import { backupReminderDue } from '@renderer/domain/backup/reminder'
import { backupReminderText as backupText } from '@renderer/i18n/backupReminder'
import { useBackupStatus } from './backupStatus'
import './backup.css'

/** A small notice in the shell when the last backup is older than the user's setting (default 30 days). */
export function BackupReminderBanner() {
  const { status, refresh } = useBackupStatus()
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
