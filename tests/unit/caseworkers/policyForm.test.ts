import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePolicyForm, policyFormOf } from '@renderer/domain/caseworkers/policy'

describe('parsePolicyForm (the rules page, saved as you type)', () => {
  it('reads whole days and optional months', () => {
    expect(parsePolicyForm({ days: '14', renew: '12' })).toEqual({ policy: { signWithinDays: 14, renewEveryMonths: 12 }, problems: {} })
    expect(parsePolicyForm({ days: ' 0 ', renew: '  ' })).toEqual({ policy: { signWithinDays: 0, renewEveryMonths: null }, problems: {} })
    expect(parsePolicyForm({ days: '365', renew: '120' }).policy).toEqual({ signWithinDays: 365, renewEveryMonths: 120 })
  })
  it('refuses anything else with a code per field, and gives no policy to store', () => {
    expect(parsePolicyForm({ days: '400', renew: '' })).toEqual({ policy: null, problems: { days: 'invalid-days' } })
    expect(parsePolicyForm({ days: '', renew: '' })).toEqual({ policy: null, problems: { days: 'invalid-days' } })
    expect(parsePolicyForm({ days: '14', renew: '0' })).toEqual({ policy: null, problems: { renew: 'invalid-months' } })
    expect(parsePolicyForm({ days: '1.5', renew: '121' })).toEqual({
      policy: null,
      problems: { days: 'invalid-days', renew: 'invalid-months' }
    })
    for (const bad of ['-1', '1e2', '0x10', '٣', '14 dagar', '99999999999999999999'])
      expect(parsePolicyForm({ days: bad, renew: '' }).policy).toBeNull()
  })
  it('gives back what policyFormOf wrote, and only integers in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }), (days, months) => {
        const policy = { signWithinDays: days, renewEveryMonths: months }
        expect(parsePolicyForm(policyFormOf(policy)).policy).toEqual(policy)
      })
    )
    fc.assert(
      fc.property(fc.string(), fc.string(), (days, renew) => {
        const { policy } = parsePolicyForm({ days, renew })
        if (!policy) return
        expect(Number.isInteger(policy.signWithinDays) && policy.signWithinDays >= 0 && policy.signWithinDays <= 365).toBe(true)
        if (policy.renewEveryMonths !== null) expect(policy.renewEveryMonths! >= 1 && policy.renewEveryMonths! <= 120).toBe(true)
      })
    )
  })
})
