import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkRetentionRule,
  cullableFrom,
  dueUnderRule,
  retentionStartOf,
  ruleFromLegacyMonths,
  type RetentionRule
} from '@renderer/domain/retention/rule'
import { checkMistakeReason, redactReason, REDACTED } from '@renderer/domain/retention/cullingLog'

const rule = (over: Partial<RetentionRule> = {}): RetentionRule => ({
  amount: 2,
  unit: 'years',
  basis: 'employment',
  planReference: 'DHP 4.3',
  ...over
})

describe('retentionStartOf', () => {
  it('starts from the employment end, the access end, or the later of both', () => {
    const p = { endDate: '2024-03-31', accessFrom: '2023-01-01', accessTo: '2024-05-31' }
    expect(retentionStartOf(p, 'employment')).toBe('2024-03-31')
    expect(retentionStartOf(p, 'access')).toBe('2024-05-31')
    expect(retentionStartOf(p, 'both')).toBe('2024-05-31')
    expect(retentionStartOf({ ...p, accessTo: '2024-01-31' }, 'both')).toBe('2024-03-31')
  })
  it('has not started while the end is open', () => {
    expect(retentionStartOf({}, 'employment')).toBeNull()
    expect(retentionStartOf({ endDate: '2024-03-31', accessFrom: '2023-01-01' }, 'access')).toBeNull()
    expect(retentionStartOf({ endDate: '2024-03-31', accessFrom: '2023-01-01' }, 'both')).toBeNull()
    expect(retentionStartOf({ accessFrom: '2023-01-01', accessTo: '2023-12-31' }, 'both')).toBeNull()
  })
  it('for "both", someone who never had recorded access counts from the employment end; for "access", never', () => {
    expect(retentionStartOf({ endDate: '2024-03-31' }, 'both')).toBe('2024-03-31')
    expect(retentionStartOf({ endDate: '2024-03-31' }, 'access')).toBeNull()
  })
})

describe('dueUnderRule', () => {
  it('culls the day after the last day kept, in years or months', () => {
    const p = { endDate: '2024-03-31' }
    expect(cullableFrom(p, rule())).toBe('2026-03-31')
    expect(dueUnderRule([p], rule(), '2026-03-31')).toEqual([])
    expect(dueUnderRule([p], rule(), '2026-04-01')).toEqual([p])
    expect(dueUnderRule([p], rule({ amount: 6, unit: 'months' }), '2024-10-01')).toEqual([p])
    expect(dueUnderRule([p], rule({ amount: 6, unit: 'months' }), '2024-09-30')).toEqual([])
  })
  it('culls nobody without a rule, and never someone who still has access', () => {
    const left = { endDate: '2020-01-01' }
    expect(dueUnderRule([left], null, '2026-01-01')).toEqual([])
    expect(dueUnderRule([{ ...left, accessFrom: '2019-01-01' }], rule(), '2026-01-01')).toEqual([])
    expect(dueUnderRule([{ ...left, accessFrom: '2019-01-01', accessTo: '2026-06-30' }], rule(), '2026-01-01')).toEqual([])
  })
  it("reads the first version's months setting as an employment rule", () => {
    expect(dueUnderRule([{ endDate: '2024-01-31' }], ruleFromLegacyMonths(24), '2026-02-01')).toHaveLength(1)
  })
  it('never culls before the period has passed since whatever ended last (property)', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const person = fc.record({
      endDate: fc.option(day, { nil: undefined }),
      accessFrom: fc.option(day, { nil: undefined }),
      accessTo: fc.option(day, { nil: undefined })
    })
    const anyRule = fc.record({
      amount: fc.integer({ min: 1, max: 10 }),
      unit: fc.constantFrom('years' as const, 'months' as const),
      basis: fc.constantFrom('employment' as const, 'access' as const, 'both' as const),
      planReference: fc.constant('DHP')
    })
    fc.assert(
      fc.property(fc.array(person, { maxLength: 10 }), anyRule, day, (people, r, today) => {
        const due = new Set(dueUnderRule(people, r, today))
        for (const p of people) {
          const start = retentionStartOf(p, r.basis)
          if (!due.has(p)) continue
          expect(start).not.toBeNull()
          expect(cullableFrom(p, r)! < today).toBe(true)
          if (p.accessFrom) expect(p.accessTo !== undefined && p.accessTo < today).toBe(true)
          if (r.basis !== 'access') expect(p.endDate! < today).toBe(true)
        }
      })
    )
  })
})

describe('checkRetentionRule', () => {
  const ok = { amount: '2', unit: 'years' as const, basis: 'both' as const, planReference: '  DHP Socialnämnden 2025,  4.3.2 ' }
  it('accepts a whole number and a plan reference', () => {
    expect(checkRetentionRule(ok).rule).toEqual({ amount: 2, unit: 'years', basis: 'both', planReference: 'DHP Socialnämnden 2025, 4.3.2' })
  })
  it('refuses a missing plan reference and an amount outside 1–50 years or 1–600 months', () => {
    expect(checkRetentionRule({ ...ok, planReference: ' ' }).problems).toEqual([{ field: 'planReference', code: 'plan-missing' }])
    for (const amount of ['0', '51', '1.5', '', 'två', '-1'])
      expect(checkRetentionRule({ ...ok, amount }).problems[0]?.code).toBe('amount-invalid')
    expect(checkRetentionRule({ ...ok, amount: '120', unit: 'months' }).rule?.amount).toBe(120)
  })
})

describe('redactReason', () => {
  const person = { name: 'Åsa Öberg-Lind', email: 'asa.oberg@kommun.example', employeeId: 'E1234' }
  it('removes the name and its parts, e-mail, employee number and personnummer-like numbers', () => {
    const text = redactReason(
      'Dubbelregistrerad: Åsa Öberg-Lind (asa.oberg@kommun.example), anst E1234, pnr 19800101-1234, öberg-lind igen, tel 070-123 45 67',
      [person]
    )
    for (const leak of ['Åsa', 'Öberg', 'Lind', 'asa.oberg', 'kommun.example', 'E1234', '19800101', '070'])
      expect(text.toLowerCase()).not.toContain(leak.toLowerCase())
    expect(text).toContain('Dubbelregistrerad')
  })
  it('leaves words that merely contain a name part alone', () => {
    expect(redactReason('Testpost, fel enhet', [{ name: 'Test Person' }])).toBe('Testpost, fel enhet')
  })
  it('never lets the name, e-mail or employee number through (property)', () => {
    const letters = fc.stringMatching(/^[A-Za-zÅÄÖåäö]{2,10}$/)
    fc.assert(
      fc.property(
        letters,
        letters,
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (first, last, local, before, after) => {
          const p = { name: `${first} ${last}`, email: `${local}@kommun.example` }
          const text = redactReason(`${before} ${p.name} ${after} ${p.email.toUpperCase()}`, [p])
          expect(text).not.toContain(p.email)
          expect(text.toLowerCase()).not.toContain(p.email.toLowerCase())
          expect(text.toLowerCase()).not.toContain(p.name.toLowerCase())
        }
      )
    )
  })
  it('checkMistakeReason requires a reason that says something once personal data is gone', () => {
    expect(checkMistakeReason('  ', [person]).code).toBe('reason-missing')
    expect(checkMistakeReason('Åsa Öberg-Lind asa.oberg@kommun.example', [person]).code).toBe('reason-only-personal-data')
    expect(checkMistakeReason('Registrerad två gånger, Åsa', [person])).toEqual({ reason: `Registrerad två gånger, ${REDACTED}` })
  })
})
