import { describe, expect, it } from 'vitest'
import { buildDashboard, unitCoverage } from '@renderer/domain/caseworkers/dashboard'

const person = (id: string, unit: string, extra: Record<string, string> = {}) => ({
  id,
  name: id,
  email: `${id}@k.se`,
  unit,
  startDate: '2026-01-01',
  ...extra
})

describe('unitCoverage (the bars on the undertakings dashboard)', () => {
  const dashboard = buildDashboard({
    caseworkers: [
      person('a', 'Öst'),
      person('b', 'Öst'),
      person('c', 'Öst'),
      person('d', 'Väst'),
      person('e', 'Ängen', { endDate: '2026-02-01' }),
      person('f', 'Väst', { endDate: '2026-02-01' }),
      person('g', 'Berg')
    ],
    acknowledgements: [
      { caseworkerId: 'a', versionId: 'v2', signedOn: '2026-03-02' },
      { caseworkerId: 'b', versionId: 'v1', signedOn: '2026-01-05' },
      { caseworkerId: 'd', versionId: 'v2', signedOn: '2026-03-03' },
      { caseworkerId: 'f', versionId: 'v2', signedOn: '2026-03-03' }
    ],
    versions: [
      { id: 'v1', number: 1, publishedOn: '2026-01-01' },
      { id: 'v2', number: 2, publishedOn: '2026-03-01' }
    ],
    today: '2026-03-10',
    policy: { signWithinDays: 30 }
  })

  it('counts only a signature of the version in force, per unit, over the active people, in Swedish order', () => {
    expect(unitCoverage(dashboard)).toEqual([
      { unit: 'Berg', valid: 0, active: 1, share: 0, percent: 0 },
      { unit: 'Väst', valid: 1, active: 1, share: 1, percent: 100 },
      { unit: 'Öst', valid: 1, active: 3, share: 1 / 3, percent: 33 }
    ])
  })
  it('leaves out a unit where everyone has left, and gives nothing for an empty register', () => {
    expect(unitCoverage(dashboard).map((u) => u.unit)).not.toContain('Ängen')
    expect(unitCoverage({ units: [] })).toEqual([])
  })
  it('agrees with the summary table’s share signed', () => {
    for (const c of unitCoverage(dashboard)) expect(c.share).toBe(dashboard.units.find((u) => u.unit === c.unit)!.counts.shareSigned)
  })
})
