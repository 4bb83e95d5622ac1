import { civilFromDayNumber, formatDayNumber, parseIsoDate, weekdayOf } from '@renderer/base/calendarDate'
import { swedishNonWorkingDays } from './holidays'

const closedDaysByYear = new Map<number, Set<number>>()

function closedDays(year: number): Set<number> {
  let set = closedDaysByYear.get(year)
  if (!set) {
    set = new Set(swedishNonWorkingDays(year).map((h) => parseIsoDate(h.date)))
    closedDaysByYear.set(year, set)
  }
  return set
}

function isWorkingDayNumber(z: number): boolean {
  // Look up the year first, so a year outside 2005–2200 throws even on a weekend.
  const closed = closedDays(civilFromDayNumber(z).year)
  return weekdayOf(z) < 5 && !closed.has(z)
}

/**
 * An arbetsdag: Monday–Friday that is neither an allmän helgdag nor midsommarafton, julafton or
 * nyårsafton. Throws a RangeError on an invalid date or a year outside 2005–2200.
 */
export function isWorkingDay(isoDate: string): boolean {
  return isWorkingDayNumber(parseIsoDate(isoDate))
}

/**
 * Moves `days` arbetsdagar forward (negative: backward) from `isoDate`, counting from the day after
 * (before) it, e.g. 2026-12-18 + 10 = 2027-01-08. With 0 it returns the date itself when that is a
 * working day, else the nearest earlier working day, so the result is always a working day.
 * Throws a RangeError on an invalid date or a non-integer count.
 */
export function addWorkingDays(isoDate: string, days: number): string {
  let z = parseIsoDate(isoDate)
  if (typeof days !== 'number' || !Number.isSafeInteger(days))
    throw new RangeError(`Antalet arbetsdagar måste vara ett heltal, inte ${String(days)}.`)
  if (days === 0) {
    while (!isWorkingDayNumber(z)) z -= 1
    return formatDayNumber(z)
  }
  const step = days > 0 ? 1 : -1
  let left = Math.abs(days)
  while (left > 0) {
    z += step
    if (isWorkingDayNumber(z)) left -= 1
  }
  return formatDayNumber(z)
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const a = parseIsoDate(from)
  const b = parseIsoDate(to)
  let count = 0
  for (let z = a + 1; z <= b; z += 1) if (isWorkingDayNumber(z)) count += 1
  return count
}
