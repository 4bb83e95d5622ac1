import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { undertakingStatus, undertakingStatusDetail, type UndertakingPolicy } from '@renderer/domain'
import { addDays, addMonths } from '@renderer/domain/caseworkers/dates'

const v1 = { id: 'v1', publishedOn: '2026-01-01' }
const v2 = { id: 'v2', publishedOn: '2026-03-01' }
const policy: UndertakingPolicy = { signWithinDays: 14, renewEveryMonths: null }
const person = { id: 'p1', startDate: '2025-06-01' }

describe('undertakingStatus: every branch', () => {
  it('signed: the current version is signed', () => {
    expect(undertakingStatus(person, [{ versionId: 'v2', signedOn: '2026-03-05' }], v2, '2026-04-01', policy)).toBe('signed')
  })

  it('not signed: nothing signed, deadline not passed', () => {
    expect(undertakingStatus(person, [], v2, '2026-03-10', policy)).toBe('not-signed')
  })

  it('signed an older version: only v1 signed, deadline for v2 not passed', () => {
    expect(undertakingStatus(person, [{ versionId: 'v1', signedOn: '2026-01-10' }], v2, '2026-03-02', policy)).toBe('signed-older-version')
  })

  it('overdue: current version not signed within N days, whether or not an older one was', () => {
    expect(undertakingStatus(person, [], v2, '2026-03-16', policy)).toBe('overdue')
    expect(undertakingStatus(person, [{ versionId: 'v1', signedOn: '2026-01-10' }], v2, '2026-03-16', policy)).toBe('overdue')
  })

  it('renewal due: signed the current version, but longer ago than the renewal period', () => {
    const yearly = { signWithinDays: 14, renewEveryMonths: 12 }
    const acks = [{ versionId: 'v1', signedOn: '2026-01-10' }]
    expect(undertakingStatus(person, acks, v1, '2027-01-09', yearly)).toBe('signed')
    expect(undertakingStatus(person, acks, v1, '2027-01-10', yearly)).toBe('renewal-due')
    expect(undertakingStatusDetail(person, acks, v1, '2027-02-01', yearly)).toMatchObject({ status: 'renewal-due', since: '2027-01-10' })
    // Re-signing the same version clears it.
    expect(undertakingStatus(person, [...acks, { versionId: 'v1', signedOn: '2027-01-20' }], v1, '2027-02-01', yearly)).toBe('signed')
  })

  it('inactive: the end date has passed, whatever was signed', () => {
    expect(undertakingStatus({ ...person, endDate: '2026-03-01' }, [], v2, '2026-03-02', policy)).toBe('inactive')
    expect(
      undertakingStatus({ ...person, endDate: '2026-03-01' }, [{ versionId: 'v2', signedOn: '2026-03-01' }], v2, '2026-06-01', policy)
    ).toBe('inactive')
  })

  it('no published version: nothing to sign, so never overdue', () => {
    expect(undertakingStatus(person, [], null, '2030-01-01', policy)).toBe('not-signed')
  })
})

describe('undertakingStatus: date edges', () => {
  it('day N is still on time, day N+1 is overdue (counted from the publish date)', () => {
    const dueOn = addDays(v2.publishedOn, 14)
    expect(dueOn).toBe('2026-03-15')
    expect(undertakingStatus(person, [], v2, dueOn, policy)).toBe('not-signed')
    expect(undertakingStatusDetail(person, [], v2, addDays(dueOn, 1), policy)).toMatchObject({
      status: 'overdue',
      since: '2026-03-16',
      dueOn
    })
  })

  it('counts from the start date when the person starts after the version was published', () => {
    const newcomer = { id: 'p2', startDate: '2026-04-01' }
    expect(undertakingStatus(newcomer, [], v2, '2026-04-15', policy)).toBe('not-signed')
    expect(undertakingStatus(newcomer, [], v2, '2026-04-16', policy)).toBe('overdue')
  })

  it('a future start date is never overdue', () => {
    expect(undertakingStatusDetail({ id: 'p3', startDate: '2026-09-01' }, [], v2, '2026-06-01', policy)).toMatchObject({
      status: 'not-signed',
      dueOn: '2026-09-15'
    })
  })

  it('on the end date itself the person is still active', () => {
    expect(undertakingStatus({ ...person, endDate: '2026-03-10' }, [], v2, '2026-03-10', policy)).toBe('not-signed')
    expect(undertakingStatus({ ...person, endDate: '2026-03-10' }, [], v2, '2026-03-11', policy)).toBe('inactive')
  })

  it('signing on the deadline day counts as on time', () => {
    expect(undertakingStatus(person, [{ versionId: 'v2', signedOn: '2026-03-15' }], v2, '2026-03-15', policy)).toBe('signed')
  })

  it('a signature dated after today does not count yet', () => {
    expect(undertakingStatus(person, [{ versionId: 'v2', signedOn: '2026-03-12' }], v2, '2026-03-11', policy)).toBe('not-signed')
  })

  it('signWithinDays 0 means overdue from the day after publishing', () => {
    const strict = { signWithinDays: 0 }
    expect(undertakingStatus(person, [], v2, '2026-03-01', strict)).toBe('not-signed')
    expect(undertakingStatus(person, [], v2, '2026-03-02', strict)).toBe('overdue')
  })

  it('renewal months clamp to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
  })

  it('ignores acknowledgements of other people and accepts ISO timestamps', () => {
    expect(
      undertakingStatus(person, [{ caseworkerId: 'someone-else', versionId: 'v2', signedOn: '2026-03-05' }], v2, '2026-03-06', policy)
    ).toBe('not-signed')
    expect(
      undertakingStatus(
        person,
        [{ caseworkerId: 'p1', versionId: 'v2', signedAt: '2026-03-05T10:00:00.000Z' }],
        { id: 'v2', publishedAt: '2026-03-01T08:00:00Z' },
        '2026-03-06',
        policy
      )
    ).toBe('signed')
  })
})

describe('undertakingStatus with Date arguments', () => {
  it('reads a Date as the local calendar day', () => {
    const localNoon = new Date(2026, 2, 15, 12, 0, 0)
    expect(undertakingStatus(person, [], v2, localNoon, policy)).toBe('not-signed')
    expect(undertakingStatus(person, [], v2, new Date(2026, 2, 16, 0, 30), policy)).toBe('overdue')
    expect(undertakingStatus(person, [{ versionId: 'v2', signedAt: new Date(2026, 2, 2, 9) }], v2, localNoon, policy)).toBe('signed')
  })
})

describe('undertakingStatus properties', () => {
  const isoDay = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n))
  it('is overdue exactly when the current version is unsigned past max(start, published) + N', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, fc.integer({ min: 0, max: 90 }), fc.boolean(), (start, published, today, days, signedOld) => {
        const acks = signedOld ? [{ versionId: 'old', signedOn: start < today ? start : today }] : []
        const status = undertakingStatus({ startDate: start }, acks, { id: 'cur', publishedOn: published }, today, { signWithinDays: days })
        const due = addDays(start > published ? start : published, days)
        expect(status === 'overdue').toBe(today > due)
        if (today <= due) expect(status).toBe(signedOld ? 'signed-older-version' : 'not-signed')
      })
    )
  })
})
