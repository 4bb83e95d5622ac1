import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDay, swedishHolidays, workingDaysBetween } from '@renderer/domain'

// Oracle independent of the code under test: weekday from Date.UTC (UTC only, no local zone).
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() // 0 = Sunday
const isoFromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dateArb = fc.integer({ min: Date.UTC(2007, 0, 1), max: Date.UTC(2198, 11, 31) }).map((ms) => isoFromUtc(ms - (ms % 86_400_000)))

describe('addWorkingDays: hand-checked dates 2025–2030', () => {
  const cases: [string, number, string, string][] = [
    ['2026-12-18', 10, '2027-01-08', 'brief: over julafton, juldagen, annandag jul, nyårsafton, nyårsdagen, trettondedag jul'],
    ['2026-06-15', 10, '2026-06-30', 'brief: over midsommarafton'],
    ['2025-04-17', 1, '2025-04-22', 'långfredagen and annandag påsk 2025'],
    ['2027-03-25', 1, '2027-03-30', 'Easter 2027 is in March'],
    ['2029-03-29', 1, '2029-04-03', 'Easter 2029 straddles March/April'],
    ['2028-04-13', 1, '2028-04-18', 'Easter 2028'],
    ['2030-04-18', 1, '2030-04-23', 'Easter 2030'],
    ['2026-05-13', 1, '2026-05-15', 'Kristi himmelsfärdsdag 2026-05-14'],
    ['2025-05-28', 1, '2025-05-30', 'Kristi himmelsfärdsdag 2025-05-29'],
    ['2028-06-22', 1, '2028-06-26', 'midsommarafton 2028-06-23'],
    ['2027-06-24', 1, '2027-06-28', 'midsommarafton 2027-06-25'],
    ['2030-06-05', 1, '2030-06-07', 'nationaldagen 2030 is a Thursday'],
    ['2026-04-30', 1, '2026-05-04', 'första maj 2026 is a Friday'],
    ['2025-12-23', 1, '2025-12-29', 'julafton, juldagen, annandag jul 2025'],
    ['2025-12-23', 3, '2026-01-02', 'nyårsafton and nyårsdagen too'],
    ['2030-12-23', 1, '2030-12-27', 'Christmas 2030'],
    ['2029-11-02', 1, '2029-11-05', 'alla helgons dag is a Saturday: an ordinary weekend'],
    ['2025-01-03', 1, '2025-01-07', 'trettondedag jul 2025 is a Monday'],
    ['2027-01-08', -10, '2026-12-18', 'negative counts back'],
    ['2026-01-07', -1, '2026-01-05', 'back over trettondedag jul'],
    ['2026-06-22', -1, '2026-06-18', 'back over midsommarafton'],
    ['2026-03-09', 0, '2026-03-09', 'zero on a working day is the day itself'],
    ['2026-03-08', 0, '2026-03-06', 'zero on a Sunday is the working day before']
  ]
  it.each(cases)('%s %+d = %s (%s)', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected)
  })
})

describe('isWorkingDay: hand-checked', () => {
  it.each([
    ['2026-06-19', false, 'midsommarafton'],
    ['2025-06-20', false, 'midsommarafton'],
    ['2025-12-24', false, 'julafton'],
    ['2027-12-31', false, 'nyårsafton on a Friday'],
    ['2026-04-03', false, 'långfredagen'],
    ['2028-04-17', false, 'annandag påsk'],
    ['2029-05-10', false, 'Kristi himmelsfärdsdag'],
    ['2028-06-06', false, 'nationaldagen'],
    ['2026-03-07', false, 'a Saturday'],
    ['2026-01-05', true, 'trettondagsafton is an ordinary day'],
    ['2026-04-30', true, 'valborgsmässoafton is an ordinary day'],
    ['2026-06-22', true, 'the Monday after midsommar'],
    ['2024-02-29', true, 'a leap day'],
    ['2026-11-02', true, 'the Monday after alla helgons dag']
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })
})

describe('invalid input', () => {
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-1-5',
    '2026-13-01',
    '2026-00-10',
    'abc',
    '',
    '2026-06-15T00:00',
    ' 2026-06-15',
    '2004-06-01',
    '2201-01-03'
  ])('addWorkingDays and isWorkingDay reject %j with a RangeError', (bad) => {
    expect(() => addWorkingDays(bad, 1)).toThrow(RangeError)
    expect(() => isWorkingDay(bad)).toThrow(RangeError)
  })
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.1])('rejects a non-integer count %s', (days) => {
    expect(() => addWorkingDays('2026-06-15', days)).toThrow(RangeError)
  })
  it('rejects non-strings', () => {
    expect(() => addWorkingDays(20260615 as unknown as string, 1)).toThrow(RangeError)
    expect(() => isWorkingDay(undefined as unknown as string)).toThrow(RangeError)
  })
})

describe('properties', () => {
  it('results are working days: never weekends or holidays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -200, max: 200 }), (date, n) => {
        const r = addWorkingDays(date, n)
        const day = weekday(r)
        expect(day !== 0 && day !== 6).toBe(true)
        const year = Number(r.slice(0, 4))
        expect(swedishHolidays(year).some((h) => h.date === r)).toBe(false)
        expect(isWorkingDay(r)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('adding n then −n returns to a working day ≤ the start (the start itself when it is one)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 300 }), (date, n) => {
        const back = addWorkingDays(addWorkingDays(date, n), -n)
        expect(isWorkingDay(back)).toBe(true)
        expect(back <= date).toBe(true)
        if (isWorkingDay(date)) expect(back).toBe(date)
      }),
      { numRuns: 300 }
    )
  })

  it('moves strictly in the direction asked, and counts exactly n working days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (date, n) => {
        const forward = addWorkingDays(date, n)
        expect(forward > date).toBe(true)
        expect(workingDaysBetween(date, forward)).toBe(n)
        expect(addWorkingDays(date, -n) < date).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('one step is the next day that is a working day', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const next = addWorkingDays(date, 1)
        let ms = Date.parse(`${date}T00:00:00Z`) + 86_400_000
        while (!isWorkingDay(isoFromUtc(ms))) ms += 86_400_000
        expect(next).toBe(isoFromUtc(ms))
      }),
      { numRuns: 300 }
    )
  })
})
