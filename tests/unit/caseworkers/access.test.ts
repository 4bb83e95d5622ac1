import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accessWithoutValidUndertaking, hasAccessOn, nextAccessHistory } from '@renderer/domain/caseworkers/access'
import { undertakingStatus, type UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { validateCaseworker } from '@renderer/domain/caseworkers/validate'

const policy: UndertakingPolicy = { signWithinDays: 30, renewEveryMonths: 12 }
const version = { id: 'v2', publishedOn: '2026-01-01' }

describe('hasAccessOn', () => {
  it('counts the from and to days themselves and an open end as ongoing', () => {
    expect(hasAccessOn({ accessFrom: '2026-03-01' }, '2026-02-28')).toBe(false)
    expect(hasAccessOn({ accessFrom: '2026-03-01' }, '2026-03-01')).toBe(true)
    expect(hasAccessOn({ accessFrom: '2026-03-01' }, '2030-01-01')).toBe(true)
    expect(hasAccessOn({ accessFrom: '2026-03-01', accessTo: '2026-03-31' }, '2026-03-31')).toBe(true)
    expect(hasAccessOn({ accessFrom: '2026-03-01', accessTo: '2026-03-31' }, '2026-04-01')).toBe(false)
    expect(hasAccessOn({}, '2026-04-01')).toBe(false)
    expect(hasAccessOn({ accessTo: '2026-12-31' }, '2026-04-01')).toBe(false)
  })
})

describe('nextAccessHistory', () => {
  it('appends a change and leaves an unchanged access alone', () => {
    const h1 = nextAccessHistory([], {}, { accessFrom: '2026-01-01' }, 't1')
    expect(h1).toEqual([{ recordedAt: 't1', from: '2026-01-01' }])
    expect(nextAccessHistory(h1, { accessFrom: '2026-01-01' }, { accessFrom: '2026-01-01' }, 't2')).toEqual(h1)
    const h2 = nextAccessHistory(h1, { accessFrom: '2026-01-01' }, { accessFrom: '2026-01-01', accessTo: '2026-06-30' }, 't2')
    expect(h2).toEqual([h1[0], { recordedAt: 't2', from: '2026-01-01', to: '2026-06-30' }])
    const h3 = nextAccessHistory(h2, { accessFrom: '2026-01-01', accessTo: '2026-06-30' }, {}, 't3')
    expect(h3.at(-1)).toEqual({ recordedAt: 't3' })
    expect(h3).toHaveLength(3)
  })
  it('never rewrites an earlier entry (the history only grows)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const access = fc.record({ accessFrom: fc.option(day, { nil: undefined }), accessTo: fc.option(day, { nil: undefined }) })
    fc.assert(
      fc.property(fc.array(access, { maxLength: 12 }), (steps) => {
        let history = nextAccessHistory([], {}, {}, 't0')
        let current = {}
        steps.forEach((next, i) => {
          const after = nextAccessHistory(history, current, next, `t${i + 1}`)
          expect(after.slice(0, history.length)).toEqual(history)
          expect(after.length - history.length).toBeLessThanOrEqual(1)
          history = after
          current = next
        })
      })
    )
  })
  it('keeps access recorded before history existed as the first entry', () => {
    expect(nextAccessHistory(undefined, { accessFrom: '2025-01-01' }, {}, 'now', 'earlier')).toEqual([
      { recordedAt: 'earlier', from: '2025-01-01' },
      { recordedAt: 'now' }
    ])
  })
})

describe('validateCaseworker with access', () => {
  const base = { name: 'Anna', email: 'anna@k.se', unit: 'Öst' }
  it('reads from and to dates, in the flexible date forms', () => {
    expect(validateCaseworker({ ...base, accessFrom: '2026-03-01', accessTo: '2026-12-31' }).input).toMatchObject({
      accessFrom: '2026-03-01',
      accessTo: '2026-12-31'
    })
    expect(validateCaseworker({ ...base, accessFrom: '' }).input).not.toHaveProperty('accessFrom')
  })
  it('refuses a to-date without a from-date, a to-date before the from-date, and a non-date', () => {
    expect(validateCaseworker({ ...base, accessTo: '2026-12-31' }).problems.map((p) => p.field)).toEqual(['accessFrom'])
    expect(validateCaseworker({ ...base, accessFrom: '2026-03-01', accessTo: '2026-02-01' }).problems[0]?.message).toMatch(
      /före Behörighet från/
    )
    expect(validateCaseworker({ ...base, accessFrom: 'snart' }).problems[0]?.message).toMatch(
      /Behörighet från ”snart” är inte ett giltigt datum/
    )
  })
})

describe('accessWithoutValidUndertaking', () => {
  const today = '2026-06-15'
  const people = [
    { id: 'valid', accessFrom: '2026-01-01' },
    { id: 'missing', accessFrom: '2026-01-01' },
    { id: 'expired', accessFrom: '2026-01-01' },
    { id: 'older', accessFrom: '2026-01-01', startDate: '2026-06-10' },
    { id: 'no-access' },
    { id: 'access-ended', accessFrom: '2025-01-01', accessTo: '2026-05-31' },
    { id: 'access-later', accessFrom: '2026-07-01' },
    { id: 'left', accessFrom: '2026-01-01', endDate: '2026-05-31' }
  ]
  const acks = [
    { caseworkerId: 'valid', versionId: 'v2', signedOn: '2026-02-01' },
    { caseworkerId: 'expired', versionId: 'v2', signedOn: '2025-06-01' },
    { caseworkerId: 'older', versionId: 'v1', signedOn: '2025-06-01' },
    { caseworkerId: 'left', versionId: 'v2', signedOn: '2026-02-01' }
  ]
  it('lists people with access today and a missing, expired or older undertaking — and people who left but kept access', () => {
    const expiredVersion = { id: 'v2', publishedOn: '2025-01-01' }
    const list = accessWithoutValidUndertaking(people, acks, expiredVersion, today, policy)
    expect(list.map((r) => [r.person.id, r.status])).toEqual([
      ['missing', 'overdue'],
      ['expired', 'renewal-due'],
      ['older', 'signed-older-version'],
      ['left', 'inactive']
    ])
  })

  it('never lists a person with a valid undertaking, and lists everyone with access and none (property)', () => {
    const day = fc.integer({ min: 0, max: 1200 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const person = fc.record({
      accessFrom: fc.option(day, { nil: undefined }),
      accessTo: fc.option(day, { nil: undefined }),
      startDate: fc.option(day, { nil: undefined }),
      endDate: fc.option(day, { nil: undefined })
    })
    const ack = fc.record({ person: fc.nat(9), versionId: fc.constantFrom('v1', 'v2'), signedOn: day })
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 10 }),
        fc.array(ack, { maxLength: 20 }),
        day,
        day,
        fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
        (rawPeople, rawAcks, today, publishedOn, renew) => {
          const ps = rawPeople.map((p, i) => ({ ...p, id: `p${i}` }))
          const as = rawAcks.map((a) => ({ caseworkerId: `p${a.person}`, versionId: a.versionId, signedOn: a.signedOn }))
          const v = { id: 'v2', publishedOn }
          const pol = { signWithinDays: 30, renewEveryMonths: renew }
          const listed = new Set(accessWithoutValidUndertaking(ps, as, v, today, pol).map((r) => r.person.id))
          for (const p of ps) {
            const status = undertakingStatus(
              p,
              as.filter((a) => a.caseworkerId === p.id),
              v,
              today,
              pol
            )
            const access = hasAccessOn(p, today)
            expect(listed.has(p.id)).toBe(access && status !== 'signed')
          }
        }
      )
    )
  })

  it('uses the version in force: signing it clears the person from the list', () => {
    expect(
      accessWithoutValidUndertaking(
        [{ id: 'x', accessFrom: '2026-01-01' }],
        [{ caseworkerId: 'x', versionId: 'v2', signedOn: '2026-06-01' }],
        version,
        today,
        policy
      )
    ).toEqual([])
  })
})

describe('the dashboard and the access list agree', () => {
  it('flags, counts and filters exactly the people accessWithoutValidUndertaking lists (property)', async () => {
    const { buildDashboard, filterDashboardRows } = await import('@renderer/domain/caseworkers/dashboard')
    const day = fc.integer({ min: 0, max: 1200 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const person = fc.record({
      accessFrom: fc.option(day, { nil: undefined }),
      accessTo: fc.option(day, { nil: undefined }),
      startDate: fc.option(day, { nil: undefined }),
      endDate: fc.option(day, { nil: undefined })
    })
    const ack = fc.record({ person: fc.nat(7), versionId: fc.constantFrom('v1', 'v2'), signedOn: day })
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), fc.array(ack, { maxLength: 16 }), day, (rawPeople, rawAcks, today) => {
        const people = rawPeople.map((p, i) => ({ ...p, id: `p${i}`, name: `P${i}`, email: `p${i}@k.se`, unit: 'U' }))
        const acknowledgements = rawAcks.map((a) => ({ caseworkerId: `p${a.person}`, versionId: a.versionId, signedOn: a.signedOn }))
        const versions = [
          { id: 'v1', number: 1, publishedOn: '2024-01-01' },
          { id: 'v2', number: 2, publishedOn: '2025-01-01' }
        ]
        const dash = buildDashboard({ caseworkers: people, acknowledgements, versions, today, policy })
        const expected = accessWithoutValidUndertaking(
          people,
          acknowledgements,
          { id: 'v2', publishedOn: '2025-01-01' },
          today,
          policy
        ).map((r) => r.person.id)
        expect(dash.accessWithoutUndertaking).toBe(expected.length)
        expect(filterDashboardRows(dash.rows, { status: 'access-without-undertaking' }).map((r) => r.person.id)).toEqual(expected)
      })
    )
  })
})
