import { useEffect, useState } from 'react'
import { setReminderDays } from '@renderer/db/storageHealth'
import { parseReminderDays } from '@renderer/domain/backup/reminder'
import { settingsText as t } from '@renderer/i18n/backup'
import { useBackupStatus } from '../backup/backupStatus'
import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'

const copyKey = autosaveCopyKeys.backupReminder()

/** How many days may pass after the last backup before the shell reminds; saved as you type. */
export function BackupReminderSetting() {
  const { status, refresh } = useBackupStatus()
  const [text, setText] = useState<string | null>(null)
  useEffect(() => {
    void refresh()
  }, [refresh])
  useEffect(() => {
    if (status && text === null) {
      // A number typed just before the window closed may exist only in its autosave copy.
      const days = recoverStartingValue<number | null>(copyKey, status.reminderDays)
      setText(String(days ?? status.reminderDays))
    }
  }, [status, text])

  const days = text === null ? null : parseReminderDays(text)
  const { state } = useAutosave(
    days,
    async (value) => {
      if (value === null) return
      await setReminderDays(value)
      await refresh()
    },
    { enabled: text !== null, copy: { key: copyKey } }
  )

  return (
    <section aria-labelledby="backup-reminder-setting-title">
      <h2 id="backup-reminder-setting-title">{t.reminderTitle}</h2>
      <Field label={t.reminderDays} hint={t.reminderHint} error={text !== null && days === null ? t.reminderInvalid : null}>
        <input type="text" inputMode="numeric" value={text ?? ''} onChange={(e) => setText(e.target.value)} size={4} />
      </Field>
      <SaveStatus state={state} />
    </section>
  )
}
