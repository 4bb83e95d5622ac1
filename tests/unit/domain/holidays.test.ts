import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { swedishDeFactoHolidays, swedishHolidays, swedishNonWorkingDays } from '@renderer/domain'

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() // 0 = Sunday
const find = (year: number, name: string) => swedishHolidays(year).find((h) => h.name === name)?.date

/** Gauss's own Easter algorithm (with its two exceptions): an oracle independent of the Anonymous Gregorian one in the code. */
function gaussEaster(y: number): string {
  const k = Math.floor(y / 100)
  const p = Math.floor((13 + 8 * k) / 25)
  const q = Math.floor(k / 4)
  const M = (((15 - p + k - q) % 30) + 30) % 30
  const N = (((4 + k - q) % 7) + 7) % 7
  const a = y % 19
  const d = (19 * a + M) % 30
  const e = (2 * (y % 4) + 4 * (y % 7) + 6 * d + N) % 7
  let day = 22 + d + e
  let month = 3
  if (day > 31) {
    month = 4
    day -= 31
  }
  if (month === 4 && day === 26) day = 19
  if (month === 4 && day === 25 && d === 28 && e === 6 && a > 10) day = 18
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

describe('hand-checked Easter-dependent days', () => {
  // Easter Sundays from the church calendar.
  const easter: Record<number, string> = {
    2005: '2005-03-27',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2016: '2016-03-27',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2028: '2028-04-16',
    2029: '2029-04-01',
    2030: '2030-04-21',
    2038: '2038-04-25'
  }
  it.each(Object.entries(easter))('påskdagen %s is %s', (year, date) => {
    expect(find(Number(year), 'Påskdagen')).toBe(date)
  })
  const table: [number, string, string, string, string][] = [
    // year, långfredagen, annandag påsk, Kristi himmelsfärdsdag, pingstdagen
    [2025, '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-08'],
    [2026, '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-24'],
    [2027, '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-16'],
    [2028, '2028-04-14', '2028-04-17', '2028-05-25', '2028-06-04'],
    [2029, '2029-03-30', '2029-04-02', '2029-05-10', '2029-05-20'],
    [2030, '2030-04-19', '2030-04-22', '2030-05-30', '2030-06-09']
  ]
  it.each(table)(
    '%i: långfredagen %s, annandag påsk %s, Kristi himmelsfärdsdag %s, pingstdagen %s',
    (year, good, monday, ascension, pentecost) => {
      expect(find(year, 'Långfredagen')).toBe(good)
      expect(find(year, 'Annandag påsk')).toBe(monday)
      expect(find(year, 'Kristi himmelsfärdsdag')).toBe(ascension)
      expect(find(year, 'Pingstdagen')).toBe(pentecost)
    }
  )
})

describe('hand-checked midsommar and alla helgons dag', () => {
  const table: [number, string, string][] = [
    [2025, '2025-06-21', '2025-11-01'],
    [2026, '2026-06-20', '2026-10-31'],
    [2027, '2027-06-26', '2027-11-06'],
    [2028, '2028-06-24', '2028-11-04'],
    [2029, '2029-06-23', '2029-11-03'],
    [2030, '2030-06-22', '2030-11-02']
  ]
  it.each(table)('%i: midsommardagen %s, alla helgons dag %s', (year, midsummer, allSaints) => {
    expect(find(year, 'Midsommardagen')).toBe(midsummer)
    expect(find(year, 'Alla helgons dag')).toBe(allSaints)
    const eve = swedishDeFactoHolidays(year).find((h) => h.name === 'Midsommarafton')!.date
    expect(weekday(eve)).toBe(5)
    expect(Date.parse(midsummer) - Date.parse(eve)).toBe(86_400_000)
  })
})

describe('swedishHolidays', () => {
  it('lists the 13 allmänna helgdagar of 2026 with Swedish names, in date order', () => {
    expect(swedishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nyårsdagen' },
      { date: '2026-01-06', name: 'Trettondedag jul' },
      { date: '2026-04-03', name: 'Långfredagen' },
      { date: '2026-04-05', name: 'Påskdagen' },
      { date: '2026-04-06', name: 'Annandag påsk' },
      { date: '2026-05-01', name: 'Första maj' },
      { date: '2026-05-14', name: 'Kristi himmelsfärdsdag' },
      { date: '2026-05-24', name: 'Pingstdagen' },
      { date: '2026-06-06', name: 'Nationaldagen' },
      { date: '2026-06-20', name: 'Midsommardagen' },
      { date: '2026-10-31', name: 'Alla helgons dag' },
      { date: '2026-12-25', name: 'Juldagen' },
      { date: '2026-12-26', name: 'Annandag jul' }
    ])
  })

  it('keeps midsommarafton, julafton and nyårsafton in a separate list, and both in the non-working list', () => {
    expect(swedishDeFactoHolidays(2027)).toEqual([
      { date: '2027-06-25', name: 'Midsommarafton' },
      { date: '2027-12-24', name: 'Julafton' },
      { date: '2027-12-31', name: 'Nyårsafton' }
    ])
    expect(swedishNonWorkingDays(2027)).toHaveLength(16)
  })

  it('lists two holidays on one date under both names (2008: Kristi himmelsfärdsdag on första maj)', () => {
    expect(find(2008, 'Kristi himmelsfärdsdag')).toBe('2008-05-01')
    expect(find(2008, 'Första maj')).toBe('2008-05-01')
    expect(swedishHolidays(2008)).toHaveLength(13)
  })

  it('has nationaldagen and no annandag pingst from 2005', () => {
    expect(find(2005, 'Nationaldagen')).toBe('2005-06-06')
    expect(swedishHolidays(2005).some((h) => /pingst/i.test(h.name) && h.name !== 'Pingstdagen')).toBe(false)
  })

  it.each([2004, 2201, 2026.5, Number.NaN, -1])('throws a RangeError for year %s', (year) => {
    expect(() => swedishHolidays(year)).toThrow(RangeError)
    expect(() => swedishDeFactoHolidays(year)).toThrow(RangeError)
  })

  it('holds the calendar rules for every year 2005–2200', () => {
    for (let year = 2005; year <= 2200; year += 1) {
      const list = swedishHolidays(year)
      expect(list).toHaveLength(13)
      // Only Kristi himmelsfärdsdag/första maj and pingstdagen/nationaldagen can share a date.
      const shared = list
        .filter((h) => list.filter((o) => o.date === h.date).length > 1)
        .map((h) => h.name)
        .sort()
      expect([[], ['Första maj', 'Kristi himmelsfärdsdag'], ['Nationaldagen', 'Pingstdagen']]).toContainEqual(shared)
      expect(list.every((h) => h.date.startsWith(`${year}-`))).toBe(true)
      expect([...list].map((h) => h.date)).toEqual(list.map((h) => h.date).sort())
      const easter = find(year, 'Påskdagen')!
      expect(easter).toBe(gaussEaster(year))
      expect(weekday(easter)).toBe(0)
      expect(weekday(find(year, 'Långfredagen')!)).toBe(5)
      expect(weekday(find(year, 'Kristi himmelsfärdsdag')!)).toBe(4)
      expect(weekday(find(year, 'Pingstdagen')!)).toBe(0)
      const midsummer = find(year, 'Midsommardagen')!
      expect(weekday(midsummer)).toBe(6)
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true)
      const allSaints = find(year, 'Alla helgons dag')!
      expect(weekday(allSaints)).toBe(6)
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true)
    }
  })

  it('property: the list is the same however often it is asked (no shared mutable state)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2005, max: 2200 }), (year) => {
        const a = swedishHolidays(year)
        a[0]!.date = 'changed'
        expect(swedishHolidays(year)[0]!.date).toBe(`${year}-01-01`)
      })
    )
  })
})
