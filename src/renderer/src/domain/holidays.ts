import { dayNumber, formatDayNumber, weekdayOf } from '@renderer/base/calendarDate'

export type Holiday = { date: string; name: string }

export const FIRST_HOLIDAY_YEAR = 2005
export const LAST_HOLIDAY_YEAR = 2200

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    // Before 2005 annandag pingst was a holiday and nationaldagen was not: the rules below would be wrong.
    throw new RangeError(`Helgdagar beräknas för åren ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}, inte ${String(year)}.`)
  }
}

/** Easter Sunday as a day number (Anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): number {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return dayNumber(year, month, day)
}

/** The Saturday within [first, first + 6]. */
function saturdayFrom(first: number): number {
  return first + ((5 - weekdayOf(first) + 7) % 7)
}

const midsommardagen = (year: number) => saturdayFrom(dayNumber(year, 6, 20))

/**
 * The allmänna helgdagar of lag (1989:253), by name, in date order. Sundays in general are also
 * helgdagar in law but are not listed here by name.
 *
 * Two holidays can fall on one date (Kristi himmelsfärdsdag on första maj in 2008, pingstdagen on
 * nationaldagen in 2038): both are listed, each under its own name.
 *
 * Design choice: this list holds only the legal allmänna helgdagar. Midsommarafton, julafton and
 * nyårsafton (lag 1930:173 makes them non-working days, but they are not allmänna helgdagar) are in
 * `swedishDeFactoHolidays`; `isWorkingDay` and `addWorkingDays` exclude both lists.
 */
export function swedishHolidays(year: number): Holiday[] {
  checkYear(year)
  const easter = easterSunday(year)
  const list: [number, string][] = [
    [dayNumber(year, 1, 1), 'Nyårsdagen'],
    [dayNumber(year, 1, 6), 'Trettondedag jul'],
    [easter - 2, 'Långfredagen'],
    [easter, 'Påskdagen'],
    [easter + 1, 'Annandag påsk'],
    [dayNumber(year, 5, 1), 'Första maj'],
    [easter + 39, 'Kristi himmelsfärdsdag'],
    [easter + 49, 'Pingstdagen'],
    [dayNumber(year, 6, 6), 'Nationaldagen'],
    [midsommardagen(year), 'Midsommardagen'],
    [saturdayFrom(dayNumber(year, 10, 31)), 'Alla helgons dag'],
    [dayNumber(year, 12, 25), 'Juldagen'],
    [dayNumber(year, 12, 26), 'Annandag jul']
  ]
  return list.sort((x, y) => x[0] - y[0]).map(([z, name]) => ({ date: formatDayNumber(z), name }))
}

/** Midsommarafton, julafton and nyårsafton: not allmänna helgdagar, but days off by law (1930:173) and in practice. */
export function swedishDeFactoHolidays(year: number): Holiday[] {
  checkYear(year)
  return [
    { date: formatDayNumber(midsommardagen(year) - 1), name: 'Midsommarafton' },
    { date: formatDayNumber(dayNumber(year, 12, 24)), name: 'Julafton' },
    { date: formatDayNumber(dayNumber(year, 12, 31)), name: 'Nyårsafton' }
  ]
}

/** Every named day that is not an arbetsdag (both lists above), sorted. Weekends are not listed. */
export function swedishNonWorkingDays(year: number): Holiday[] {
  return [...swedishHolidays(year), ...swedishDeFactoHolidays(year)].sort((a, b) => a.date.localeCompare(b.date))
}
