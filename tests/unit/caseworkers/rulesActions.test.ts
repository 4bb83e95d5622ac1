import { beforeEach, describe, expect, it } from 'vitest'
import { getUndertakingPolicy } from '@renderer/db'
import { checkPolicyForm, policyRevision, savePolicy } from '@renderer/features/caseworkers/actions/rules'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)

describe('the rules page actions', () => {
  it('checks the form with Swedish errors and gives no policy to save while it is wrong', () => {
    expect(checkPolicyForm({ days: '400', renew: '' })).toEqual({ policy: null, errors: { days: 'Ange ett heltal mellan 0 och 365.' } })
    expect(checkPolicyForm({ days: '14', renew: '0' }).errors).toEqual({ renew: 'Ange ett heltal mellan 1 och 120, eller lämna tomt.' })
    expect(checkPolicyForm({ days: '14', renew: '12' })).toEqual({ policy: { signWithinDays: 14, renewEveryMonths: 12 }, errors: {} })
  })
  it('stores a policy that reads back with the same revision (what the write-ahead copy is checked against)', async () => {
    const before = await getUndertakingPolicy()
    expect(before.signWithinDays).toBe(30)
    await savePolicy({ signWithinDays: 14, renewEveryMonths: 12 })
    expect(await getUndertakingPolicy()).toEqual({ signWithinDays: 14, renewEveryMonths: 12 })
    await savePolicy({ signWithinDays: 7 })
    const stored = await getUndertakingPolicy()
    expect(stored).toEqual({ signWithinDays: 7, renewEveryMonths: null })
    expect(policyRevision(stored)).toBe(policyRevision({ signWithinDays: 7 }))
    expect(policyRevision(stored)).not.toBe(policyRevision({ signWithinDays: 7, renewEveryMonths: 12 }))
  })
})
