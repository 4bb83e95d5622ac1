/** Calendar dates as 'YYYY-MM-DD' strings, on the shared day-number arithmetic (no time zone shifts a day). */
import { dayNumber, daysInMonth, formatDayNumber, isValidIsoDate, todayIso } from '@renderer/base/calendarDate'

export const isIsoDate = (value: string): boolean => isValidIsoDate(value)

/**
 * Reads the date forms Swedish users' files hold: ISO `2026-03-01`, Excel's sv-SE export with a
 * time (`2026-03-01 00:00` / `2026-03-01 00:00:00`), and compact `20260301`. Returns null otherwise.
 */
export function parseFlexibleDate(raw: string): string | null {
  const value = raw.trim()
  const withTime = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$/.exec(value)
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  const candidate = withTime ? withTime[1]! : compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value
  return isIsoDate(candidate) ? candidate : null
}

const toDayNumber = (iso: string): number => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))

export function addDays(iso: string, days: number): string {
  return formatDayNumber(toDayNumber(iso) + days)
}

/** Adds calendar months; the day is clamped to the target month's end (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const day = Math.min(d, daysInMonth(year, month))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export const maxDate = (a: string, b: string): string => (a > b ? a : b)

/** Today's date on this computer's clock, in local time (what a Swedish user calls "today"). */
export const localToday = todayIso

/** The local calendar date of an ISO timestamp. */
export const localDateOf = (isoTimestamp: string): string => localToday(new Date(isoTimestamp))
