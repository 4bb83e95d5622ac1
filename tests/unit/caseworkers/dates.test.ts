import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths, isIsoDate, parseFlexibleDate } from '@renderer/domain/caseworkers/dates'

describe('calendar dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01')
  })

  it('agrees with Date for any day and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -5000, max: 5000 }), (base, offset) => {
        const iso = new Date(base * 86_400_000).toISOString().slice(0, 10)
        expect(addDays(iso, offset)).toBe(new Date((base + offset) * 86_400_000).toISOString().slice(0, 10))
      })
    )
  })

  it('validates calendar dates and reads Excel forms', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-04-31')).toBe(false)
    expect(parseFlexibleDate(' 2026-03-01 08:00:00 ')).toBe('2026-03-01')
    expect(parseFlexibleDate('20260301')).toBe('2026-03-01')
    expect(parseFlexibleDate('2026-3-1')).toBeNull()
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
  })
})
