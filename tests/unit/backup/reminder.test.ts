import { describe, expect, it } from 'vitest'
import { backupReminderDue, daysSince, formatBytes, parseReminderDays } from '@renderer/domain/backup/reminder'

const now = new Date('2026-11-26T12:00:00Z')

describe('backup reminder', () => {
  it('is due once the last backup is as old as the setting', () => {
    expect(backupReminderDue({ since: '2026-10-27T12:00:00Z', reminderDays: 30 }, now)).toBe(30)
    expect(backupReminderDue({ since: '2026-10-27T12:00:01Z', reminderDays: 30 }, now)).toBeNull()
    expect(backupReminderDue({ since: '2020-01-01T00:00:00Z', reminderDays: 0 }, now)).toBeNull()
    expect(backupReminderDue({ since: null, reminderDays: 1 }, now)).toBeNull()
  })

  it('counts whole days and never negative', () => {
    expect(daysSince('2026-11-25T12:00:00Z', now)).toBe(1)
    expect(daysSince('2026-11-27T12:00:00Z', now)).toBe(0)
    expect(daysSince('inte ett datum', now)).toBeNull()
  })

  it('formats sizes the Swedish way', () => {
    expect(formatBytes(0)).toBe('0 byte')
    expect(formatBytes(1536)).toBe('1,5 kB')
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12 MB')
    expect(formatBytes(5 * 1024 ** 3)).toBe('5,0 GB')
  })

  it('accepts only whole days 0–365', () => {
    expect(parseReminderDays(' 30 ')).toBe(30)
    expect(parseReminderDays('0')).toBe(0)
    for (const bad of ['', '-1', '366', '3,5', 'trettio', '1e2']) expect(parseReminderDays(bad), bad).toBeNull()
  })
})
