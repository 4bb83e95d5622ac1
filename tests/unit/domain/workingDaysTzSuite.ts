import { describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDay, swedishHolidays, todayIso } from '@renderer/domain'
import { forecastDecision } from '@renderer/domain/connection/forecast'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'

/** The same hand-checked dates must hold whatever the process time zone is (set by the caller first). */
export function workingDaysInZone(zone: string, offsetMinutes: number): void {
  describe(`working days with TZ=${zone}`, () => {
    it('really runs in that zone', () => {
      const offset = new Date(Date.UTC(2026, 5, 15, 12)).getTimezoneOffset()
      expect(offset).toBe(offsetMinutes)
    })

    it('gives the same hand-checked dates', () => {
      expect(addWorkingDays('2026-12-18', 10)).toBe('2027-01-08')
      expect(addWorkingDays('2026-06-15', 10)).toBe('2026-06-30')
      expect(addWorkingDays('2027-01-08', -10)).toBe('2026-12-18')
      expect(addWorkingDays('2026-03-28', 1)).toBe('2026-03-30') // across the EU DST change
      expect(addWorkingDays('2026-11-01', 1)).toBe('2026-11-02') // across the US DST change
      expect(isWorkingDay('2026-06-19')).toBe(false)
      expect(isWorkingDay('2026-03-09')).toBe(true)
      expect(swedishHolidays(2026)[0]).toEqual({ date: '2026-01-01', name: 'Nyårsdagen' })
      expect(swedishHolidays(2026).find((h) => h.name === 'Påskdagen')?.date).toBe('2026-04-05')
    })

    it('takes "today" as the local calendar date, late in the evening and early in the morning', () => {
      expect(todayIso(new Date(2026, 11, 18, 23, 59))).toBe('2026-12-18')
      expect(todayIso(new Date(2026, 11, 19, 0, 1))).toBe('2026-12-19')
    })

    it('computes the same forecast window', () => {
      const f = forecastDecision({ fkReceivedDate: '2026-12-18' }, { kind: 'have' }, '2027-01-15')
      expect(f).toMatchObject({ kind: 'window', earliest: '2027-01-08', latest: '2027-01-15', longerThanNormal: false })
    })

    it('prints times in Swedish time, not the machine’s zone', () => {
      expect(formatStockholmTime('2026-12-01T13:05:00Z', { withOffset: true })).toBe('2026-12-01 14:05 (+01:00)')
      expect(formatStockholmTime('2026-06-30T22:30:00Z', { withOffset: true })).toBe('2026-07-01 00:30 (+02:00)')
    })
  })
}
