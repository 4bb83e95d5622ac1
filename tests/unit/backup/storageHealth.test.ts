import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { countRecords, DEFAULT_REMINDER_DAYS, getBackupStatus, recordBackupMade, setReminderDays } from '@renderer/db/storageHealth'
import { freshDatabase, seedRealisticData } from './helpers'

beforeEach(freshDatabase)

describe('storage health', () => {
  it('counts the records of every table, including tables added later', async () => {
    await seedRealisticData()
    const counts = Object.fromEntries((await countRecords()).map((c) => [c.table, c.count]))
    expect(counts).toMatchObject({ boards: 2, caseworkers: 50, attachments: 2, agreementDrafts: 2, auditLog: 2 })
    expect(Object.keys(counts).sort()).toEqual(
      db()
        .tables.map((t) => t.name)
        .sort()
    )
  })

  it('reminds from the first run when no backup was made, then from the last backup', async () => {
    expect(await getBackupStatus()).toEqual({ lastBackupAt: null, reminderDays: DEFAULT_REMINDER_DAYS, since: null })
    await db()
      .table('settings')
      .put({
        key: 'profile',
        value: { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', createdAt: '2026-01-01T00:00:00.000Z' }
      })
    expect((await getBackupStatus()).since).toBe('2026-01-01T00:00:00.000Z')
    await recordBackupMade('2026-11-01T08:00:00.000Z')
    await setReminderDays(7)
    expect(await getBackupStatus()).toEqual({
      lastBackupAt: '2026-11-01T08:00:00.000Z',
      reminderDays: 7,
      since: '2026-11-01T08:00:00.000Z'
    })
    await setReminderDays(-3 as number)
    expect((await getBackupStatus()).reminderDays).toBe(DEFAULT_REMINDER_DAYS)
  })
})
