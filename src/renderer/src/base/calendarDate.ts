/**
 * Calendar dates as integer day numbers (days since 1970-01-01), so no time zone can shift a day.
 * Never goes through Date: the arithmetic is Howard Hinnant's civil-from-days algorithm.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDayNumber(z: number): { year: number; month: number; day: number } {
  const shifted = z + 719468
  const era = Math.floor(shifted / 146097)
  const doe = shifted - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function formatDayNumber(z: number): string {
  const { year, month, day } = civilFromDayNumber(z)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Parses a strict `YYYY-MM-DD` calendar date; throws a RangeError on anything else. */
export function parseIsoDate(isoDate: unknown): number {
  if (typeof isoDate !== 'string') throw new RangeError(`Ogiltigt datum: ${String(isoDate)} (ange ÅÅÅÅ-MM-DD)`)
  const m = ISO.exec(isoDate)
  if (!m) throw new RangeError(`Ogiltigt datum: ${isoDate} (ange ÅÅÅÅ-MM-DD)`)
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`Ogiltigt datum: ${isoDate} (finns inte i kalendern)`)
  return dayNumber(year, month, day)
}

export function isValidIsoDate(value: unknown): value is string {
  try {
    parseIsoDate(value)
    return true
  } catch {
    return false
  }
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(z: number): number {
  return (((z + 3) % 7) + 7) % 7
}

/** Today's date where the user is (local calendar date), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
