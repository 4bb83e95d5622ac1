import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatStockholmTime, stockholmOffset } from '@renderer/domain/time/stockholmTime'

describe('Swedish time', () => {
  it('prints winter and summer time with their offsets', () => {
    expect(formatStockholmTime('2026-12-01T13:05:00Z', { withOffset: true })).toBe('2026-12-01 14:05 (+01:00)')
    expect(formatStockholmTime('2026-07-01T13:05:09Z', { withOffset: true, seconds: true })).toBe('2026-07-01 15:05:09 (+02:00)')
    expect(formatStockholmTime('2026-12-01T13:05:00Z')).toBe('2026-12-01 14:05')
  })

  it('crosses midnight into the Swedish date', () => {
    expect(formatStockholmTime('2026-12-31T23:30:00Z', { withOffset: true })).toBe('2027-01-01 00:30 (+01:00)')
  })

  it('switches offset at the daylight-saving changes (2026-03-29 01:00 UTC and 2026-10-25 01:00 UTC)', () => {
    expect(stockholmOffset(new Date('2026-03-29T00:59:00Z'))).toBe('+01:00')
    expect(stockholmOffset(new Date('2026-03-29T01:00:00Z'))).toBe('+02:00')
    expect(stockholmOffset(new Date('2026-10-25T00:59:00Z'))).toBe('+02:00')
    expect(stockholmOffset(new Date('2026-10-25T01:00:00Z'))).toBe('+01:00')
  })

  it('leaves an unreadable timestamp as it is', () => {
    expect(formatStockholmTime('inte ett datum')).toBe('inte ett datum')
  })

  it('property: the printed wall time minus the offset is the instant (to the minute)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        const d = new Date(ms)
        const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) \(([+-])(\d{2}):(\d{2})\)$/.exec(formatStockholmTime(d, { withOffset: true }))!
        expect(m).not.toBeNull()
        const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)
        const offset = (m[6] === '-' ? -1 : 1) * (+m[7]! * 60 + +m[8]!)
        expect(wall - offset * 60_000).toBe(Math.floor(ms / 60_000) * 60_000)
        expect(['+01:00', '+02:00']).toContain(`${m[6]}${m[7]}:${m[8]}`)
      })
    )
  })
})
