import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveBoardState } from '@renderer/domain/connection/boardState'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import { emptyConnectionState } from '@renderer/domain/connection/types'
import {
  checkContactChange,
  checkReorganisation,
  checkTermination,
  checkTermsRead,
  checkTermsVersion,
  contactAt,
  contactHistory,
  earlierNames,
  entriesFromAgreement,
  goLiveTimeline,
  nameHistory,
  openTermsTasks,
  previousContact,
  terminationOf,
  termsTasks,
  upcomingContact,
  type ContactChangeInput
} from '@renderer/domain/goLive/rules'
import type { ContactEntry, ContactRole, GoLiveEvent, ReorganisationEvent } from '@renderer/domain/goLive/types'
import { nextActionText, placeText } from '@renderer/i18n/connectionState'

const base = (id: string, recordedAt = '2027-01-01T10:00:00.000Z') => ({ id, boardId: 'b', recordedAt })
const person = (name: string) => ({ name, email: `${name.toLowerCase().replace(/\W/g, '')}@kommun.se` })
const entry = (id: string, role: ContactRole, name: string, from: string, recordedAt?: string): ContactEntry => ({
  ...base(id, recordedAt),
  kind: 'contact',
  role,
  contact: person(name),
  from,
  reason: 'Ny tjänst'
})
const reorg = (id: string, fromName: string, toName: string, date: string): ReorganisationEvent => ({
  ...base(id),
  kind: 'reorganisation',
  fromName,
  toName,
  date
})

const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
const time = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString())
const role = fc.constantFrom<ContactRole>('admin', 'technical')

/** Contact entries with unique ids, in any order, some on the same day. */
const entries = fc
  .array(fc.record({ role, name: fc.constantFrom('Åsa', 'Bo', 'Łukasz', 'Zoë'), from: day, recordedAt: time }), { maxLength: 12 })
  .map((list) => list.map((e, i) => entry(`e${i}`, e.role, e.name, e.from, e.recordedAt)))

/** The rule written the slow, obvious way: sort everything, take the last one in force. */
function bruteForce(list: ContactEntry[], r: ContactRole, date: string): ContactEntry | undefined {
  const sorted = list
    .filter((e) => e.role === r && e.from <= date)
    .sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.id < b.id ? -1 : 1
    )
  return sorted[sorted.length - 1]
}

describe('the contact in force on a day', () => {
  it('is the same whatever order the history is stored in, and equals the obvious rule', () => {
    fc.assert(
      fc.property(entries, fc.infiniteStream(fc.nat()), role, day, (list, seeds, r, date) => {
        const shuffled = [...list]
          .map((e) => ({ e, k: seeds.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.e)
        const expected = bruteForce(list, r, date)
        expect(contactAt(shuffled, r, date)?.id).toBe(expected?.id)
        expect(contactAt([...list].reverse(), r, date)?.id).toBe(expected?.id)
      })
    )
  })

  it('never returns an entry from after the day or for the other role; none before the first entry', () => {
    fc.assert(
      fc.property(entries, role, day, (list, r, date) => {
        const found = contactAt(list, r, date)
        if (found) {
          expect(found.role).toBe(r)
          expect(found.from <= date).toBe(true)
        } else expect(list.some((e) => e.role === r && e.from <= date)).toBe(false)
      })
    )
  })

  it('changes on the day of a change, not the day before; a later correction for the same day wins', () => {
    const list = [
      entry('a', 'admin', 'Åsa', '2027-01-01'),
      entry('b', 'admin', 'Bo', '2027-03-01', '2027-02-01T08:00:00.000Z'),
      entry('c', 'admin', 'Zoë', '2027-03-01', '2027-02-02T08:00:00.000Z'),
      entry('t', 'technical', 'Łukasz', '2027-01-01')
    ]
    expect(contactAt(list, 'admin', '2026-12-31')).toBeUndefined()
    expect(contactAt(list, 'admin', '2027-02-28')?.contact.name).toBe('Åsa')
    expect(contactAt(list, 'admin', '2027-03-01')?.contact.name).toBe('Zoë')
    expect(contactAt(list, 'technical', '2030-01-01')?.contact.name).toBe('Łukasz')
    expect(upcomingContact(list, 'admin', '2027-02-28')?.contact.name).toBe('Bo')
    expect(upcomingContact(list, 'admin', '2027-03-01')).toBeUndefined()
    expect(previousContact(list, list[2]!)?.contact.name).toBe('Bo')
    expect(previousContact(list, list[0]!)).toBeUndefined()
    const history = contactHistory(list, 'admin')
    expect(history.map((p) => [p.entry.contact.name, p.until ?? null, p.replaced])).toEqual([
      ['Åsa', '2027-03-01', false],
      ['Bo', null, true],
      ['Zoë', null, false]
    ])
  })

  it('the history is ordered the same way whatever the stored order', () => {
    fc.assert(
      fc.property(entries, role, (list, r) => {
        const ids = contactHistory(list, r).map((p) => p.entry.id)
        expect(contactHistory([...list].reverse(), r).map((p) => p.entry.id)).toEqual(ids)
        const froms = contactHistory(list, r).map((p) => p.entry.from)
        expect(froms).toEqual([...froms].sort())
      })
    )
  })
})

const change = (over: Partial<ContactChangeInput> = {}): ContactChangeInput => ({
  role: 'admin',
  name: 'Märta Ekström',
  title: 'Enhetschef',
  email: 'marta.ekstrom@kommun.se',
  phone: '031-365 00 00',
  from: '2027-02-01',
  reason: 'Ny tjänst',
  ...over
})

describe('a change of contact person', () => {
  it('is accepted with trimmed values', () => {
    const r = checkContactChange(change({ name: '  Märta Ekström ', phone: '' }), [], '2026-12-16')
    expect(r).toEqual({
      ok: true,
      value: {
        role: 'admin',
        contact: { name: 'Märta Ekström', title: 'Enhetschef', email: 'marta.ekstrom@kommun.se' },
        from: '2027-02-01',
        reason: 'Ny tjänst'
      }
    })
  })

  it('names each missing or malformed field', () => {
    const r = checkContactChange(change({ name: ' ', email: 'marta@', phone: '12', from: '2027-02-30', reason: '' }), [])
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems).toEqual([
      { field: 'name', code: 'missing' },
      { field: 'email', code: 'format' },
      { field: 'phone', code: 'format' },
      { field: 'from', code: 'format' },
      { field: 'reason', code: 'missing' }
    ])
    const empty = checkContactChange(change({ email: '', from: '' }), [])
    expect(!empty.ok && empty.problems).toEqual([
      { field: 'email', code: 'missing' },
      { field: 'from', code: 'missing' }
    ])
  })

  it('refuses a date before the agreement was sent, the person already in force, and anything after termination', () => {
    const before = checkContactChange(change({ from: '2026-12-15' }), [], '2026-12-16')
    expect(!before.ok && before.problems).toEqual([{ field: 'from', code: 'before-agreement' }])
    const current = entry('a', 'admin', 'Märta', '2027-01-01')
    current.contact = { name: 'Märta Ekström', title: 'Enhetschef', email: 'MARTA.ekstrom@kommun.se', phone: '031-365 00 00' }
    const same = checkContactChange(change(), [current])
    expect(!same.ok && same.problems).toEqual([{ field: 'name', code: 'unchanged' }])
    // The same person for the other role is a change.
    expect(checkContactChange(change({ role: 'technical' }), [current]).ok).toBe(true)
    const ended = checkContactChange(change(), [{ ...base('x'), kind: 'termination', date: '2027-01-01', reason: 'Ny tjänst', by: 'Bo' }])
    expect(!ended.ok && ended.problems).toEqual([{ field: 'from', code: 'terminated' }])
  })

  it('starts the history from the agreement for roles that have none, with usable contacts only', () => {
    const agreement = {
      adminContact: { name: ' Åsa Öberg ', email: 'asa@kommun.se', title: '' },
      technicalContact: { name: 'Łukasz', email: 'inte-en-adress' }
    }
    expect(entriesFromAgreement([], agreement, '2026-12-16')).toEqual([
      { role: 'admin', contact: { name: 'Åsa Öberg', email: 'asa@kommun.se' }, from: '2026-12-16' }
    ])
    expect(entriesFromAgreement([entry('a', 'admin', 'Bo', '2027-01-01')], agreement, '2026-12-16')).toEqual([])
    expect(entriesFromAgreement([], undefined, '2026-12-16')).toEqual([])
  })
})

describe('reorganisation', () => {
  it('keeps every earlier name, oldest first, in any stored order', () => {
    const events = [
      reorg('r2', 'Arbetsmarknadsnämnden', 'Välfärdsnämnden', '2029-01-01'),
      reorg('r1', 'Socialnämnden', 'Arbetsmarknadsnämnden', '2027-07-01')
    ]
    expect(nameHistory('Välfärdsnämnden', events)).toEqual([
      { name: 'Socialnämnden', until: '2027-07-01' },
      { name: 'Arbetsmarknadsnämnden', from: '2027-07-01', until: '2029-01-01', unit: undefined, decisionReference: undefined },
      { name: 'Välfärdsnämnden', from: '2029-01-01', until: undefined, unit: undefined, decisionReference: undefined }
    ])
    expect(earlierNames('Välfärdsnämnden', events)).toEqual(['Socialnämnden', 'Arbetsmarknadsnämnden'])
    expect(nameHistory('Socialnämnden', [])).toEqual([{ name: 'Socialnämnden' }])
    expect(earlierNames('Socialnämnden', [])).toEqual([])
  })

  it('needs a new name and a date not before the last move; the reference and unit are optional', () => {
    const events = [reorg('r1', 'Socialnämnden', 'Arbetsmarknadsnämnden', '2027-07-01')]
    const ok = checkReorganisation(
      { toName: ' Välfärdsnämnden ', unit: '', date: '2027-07-01', decisionReference: 'KF § 12' },
      'Arbetsmarknadsnämnden',
      events
    )
    expect(ok).toEqual({
      ok: true,
      value: { fromName: 'Arbetsmarknadsnämnden', toName: 'Välfärdsnämnden', date: '2027-07-01', decisionReference: 'KF § 12' }
    })
    const bad = checkReorganisation(
      { toName: 'arbetsmarknadsnämnden', unit: '', date: '2027-06-30', decisionReference: '' },
      'Arbetsmarknadsnämnden',
      events
    )
    expect(!bad.ok && bad.problems).toEqual([
      { field: 'toName', code: 'same-name' },
      { field: 'date', code: 'before-previous' }
    ])
    const long = checkReorganisation({ toName: 'N'.repeat(121), unit: '', date: '', decisionReference: '' }, 'A', [])
    expect(!long.ok && long.problems).toEqual([
      { field: 'toName', code: 'too-long' },
      { field: 'date', code: 'missing' }
    ])
  })
})

describe('Allmänna villkor', () => {
  const v1 = { ...base('v1'), kind: 'terms-version' as const, version: '2.0', date: '2027-01-15' }
  const v2 = { ...base('v2'), kind: 'terms-version' as const, version: '3.0', date: '2028-01-15' }

  it('each new version opens a re-read task that a recorded reading closes', () => {
    expect(openTermsTasks([v2, v1]).map((t) => t.version.id)).toEqual(['v1', 'v2'])
    const read = { ...base('r'), kind: 'terms-read' as const, termsVersionId: 'v1', by: 'Åsa', date: '2027-01-20' }
    expect(openTermsTasks([v1, read, v2]).map((t) => t.version.id)).toEqual(['v2'])
    expect(termsTasks([v1, read]).map((t) => t.read?.by)).toEqual(['Åsa'])
  })

  it('a version is needed once, with its date', () => {
    expect(checkTermsVersion({ version: ' 3.0 ', date: '2028-01-15' }, [v1])).toEqual({
      ok: true,
      value: { version: '3.0', date: '2028-01-15' }
    })
    const dup = checkTermsVersion({ version: '2.0', date: 'x' }, [v1])
    expect(!dup.ok && dup.problems).toEqual([
      { field: 'version', code: 'duplicate' },
      { field: 'date', code: 'format' }
    ])
  })

  it('a reading names who and when, not before the version, and only once', () => {
    expect(checkTermsRead({ termsVersionId: 'v1', by: 'Åsa', date: '2027-01-15' }, [v1]).ok).toBe(true)
    const early = checkTermsRead({ termsVersionId: 'v1', by: '', date: '2027-01-14' }, [v1])
    expect(!early.ok && early.problems).toEqual([
      { field: 'by', code: 'missing' },
      { field: 'date', code: 'before-version' }
    ])
    const read = { ...base('r'), kind: 'terms-read' as const, termsVersionId: 'v1', by: 'Åsa', date: '2027-01-20' }
    const twice = checkTermsRead({ termsVersionId: 'v1', by: 'Bo', date: '2027-02-01' }, [v1, read])
    expect(!twice.ok && twice.problems).toEqual([{ field: 'by', code: 'duplicate' }])
    const unknown = checkTermsRead({ termsVersionId: 'nope', by: 'Bo', date: '2027-02-01' }, [v1])
    expect(unknown.ok).toBe(false)
  })
})

describe('termination', () => {
  it('needs date, reason and who, and happens once', () => {
    expect(checkTermination({ date: '2027-03-31', reason: ' Ny leverantör ', by: 'Åsa' }, [])).toEqual({
      ok: true,
      value: { date: '2027-03-31', reason: 'Ny leverantör', by: 'Åsa' }
    })
    const missing = checkTermination({ date: '', reason: '', by: '' }, [])
    expect(!missing.ok && missing.problems.map((p) => p.field)).toEqual(['date', 'reason', 'by'])
    const t = { ...base('t'), kind: 'termination' as const, date: '2027-03-31', reason: 'x', by: 'Åsa' }
    expect(terminationOf([entry('a', 'admin', 'Bo', '2027-01-01'), t])).toBe(t)
    const again = checkTermination({ date: '2027-04-01', reason: 'y', by: 'Bo' }, [t])
    expect(!again.ok && again.problems).toEqual([{ field: 'date', code: 'terminated' }])
    expect(checkTermsVersion({ version: '4', date: '2027-05-01' }, [t]).ok).toBe(false)
    expect(checkReorganisation({ toName: 'X', unit: '', date: '2027-05-01', decisionReference: '' }, 'A', [t]).ok).toBe(false)
  })

  it('makes the derived board state "Uppsagd", outranking every step and silencing warnings', () => {
    const content = parseChecklistContent(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
    )
    const recorded = { tasks: [], connection: emptyConnectionState(), events: [] }
    const open = deriveBoardState(content, recorded, '2027-04-01')
    expect(open.terminated).toBeUndefined()
    expect(open.warnings.length).toBeGreaterThan(0)
    const ended = deriveBoardState(content, { ...recorded, terminated: { date: '2027-03-31' } }, '2027-04-01')
    expect(ended.terminated).toEqual({ date: '2027-03-31' })
    expect(ended.nextAction).toEqual({ code: 'terminated', kind: 'done', stepId: null, date: '2027-03-31' })
    expect(ended.warnings).toEqual([])
    expect(ended.stepStatuses).toEqual(open.stepStatuses)
    expect(placeText(content, ended)).toBe('Uppsagd 2027-03-31')
    expect(nextActionText(content, ended.nextAction)).toMatch(/^Anslutningen är uppsagd från 2027-03-31/)
  })
})

describe('the timeline', () => {
  it('orders every kind of event by the day it took effect, then by recording', () => {
    const events: GoLiveEvent[] = [
      { ...base('t', '2027-05-01T00:00:00.000Z'), kind: 'termination', date: '2027-06-30', reason: 'x', by: 'Åsa' },
      reorg('r', 'A', 'B', '2027-03-01'),
      entry('c2', 'admin', 'Bo', '2027-03-01', '2027-02-01T00:00:00.000Z'),
      entry('c1', 'admin', 'Åsa', '2027-01-01')
    ]
    expect(goLiveTimeline(events).map((e) => e.id)).toEqual(['c1', 'r', 'c2', 't'])
  })
})
