import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveBoardState, type RecordedBoard } from '@renderer/domain/connection/boardState'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import { fkEventSchema } from '@renderer/domain/connection/fkEventSchema'
import {
  interpretFkEvents,
  parseFkEvent,
  readFkEvents,
  sortFkEvents,
  toFkEvent,
  validateFkEvent,
  validateFkEventRemoval,
  type FkEvent,
  type FkEventInput
} from '@renderer/domain/connection/fkEvents'
import { addWorkingDays } from '@renderer/domain/workingDays'
import type { AgreementProcess, TaskState } from '@renderer/domain/connection/types'
import { fkHandlingText, forecastShortText, nextActionText } from '@renderer/i18n/connectionState'

const content = parseChecklistContent(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
)
const done = (taskId: string): TaskState => ({ boardId: 'b', taskId, status: 'done', updatedAt: '2026-01-01T00:00:00Z' })
/** Steps 1 and 2 and the municipality's part of step 3 done: only FK's part is left. */
const allOwnTasks = content.steps.slice(0, 3).flatMap((s) => s.tasks.map((t) => done(t.id)))
const sentAgreement: AgreementProcess = {
  termsReadDate: '2026-11-02',
  sent: { date: '2026-11-03', method: 'post' },
  fkReceivedDate: '2026-11-05'
}
const board = (events: FkEvent[], agreement: AgreementProcess = sentAgreement): RecordedBoard => ({
  tasks: allOwnTasks,
  connection: { decision: { body: 'Socialnämnden', date: '2026-10-20' }, agreement, consent: { kind: 'have', grantedDate: '2025-03-10' } },
  events
})

const request = (id: string, date: string, what = 'Underskrift saknas'): FkEvent => ({ id, kind: 'completion-requested', date, what })
const sent = (id: string, date: string): FkEvent => ({ id, kind: 'completion-sent', date })

describe('interpreting FK events', () => {
  it('a komplettering is open until a completed underlag is sent on or after its date', () => {
    expect(interpretFkEvents([request('r1', '2026-11-10')]).open.map((r) => r.id)).toEqual(['r1'])
    const h = interpretFkEvents([sent('s1', '2026-11-12'), request('r1', '2026-11-10')])
    expect(h.open).toEqual([])
    expect(h.requests).toEqual([{ id: 'r1', date: '2026-11-10', what: 'Underskrift saknas', completedDate: '2026-11-12' }])
    expect(h.lastCompletionSent).toBe('2026-11-12')
    // A sending on the same day answers a request of that day.
    expect(interpretFkEvents([request('r1', '2026-11-10'), sent('s1', '2026-11-10')]).open).toEqual([])
  })

  it('several kompletteringar: one sending answers every request before it; a later request is open again', () => {
    const h = interpretFkEvents([
      request('r1', '2026-11-10'),
      request('r2', '2026-11-11'),
      sent('s1', '2026-11-12'),
      request('r3', '2026-11-20')
    ])
    expect(h.requests.map((r) => r.completedDate)).toEqual(['2026-11-12', '2026-11-12', undefined])
    expect(h.open.map((r) => r.id)).toEqual(['r3'])
  })

  it('keeps the case number, the confirmation and the earliest registration; reads a registration recorded as a date', () => {
    const h = interpretFkEvents([
      { id: 'c', kind: 'case-number', date: '2026-11-06', caseNumber: 'FK 2026/4711' },
      { id: 'k', kind: 'confirmation-received', date: '2026-11-28', to: 'Tore Teknik' },
      { id: 'g', kind: 'registered', date: '2026-11-27' }
    ])
    expect(h).toMatchObject({
      caseNumber: 'FK 2026/4711',
      confirmation: { date: '2026-11-28', to: 'Tore Teknik' },
      registeredDate: '2026-11-27'
    })
    expect(interpretFkEvents([], { registeredDate: '2026-11-20' }).registeredDate).toBe('2026-11-20')
    expect(interpretFkEvents([{ id: 'g', kind: 'registered', date: '2026-11-27' }], { registeredDate: '2026-11-20' }).registeredDate).toBe(
      '2026-11-20'
    )
  })
})

describe('the derived state with FK events', () => {
  const today = '2026-11-16'
  it('while a komplettering is open the next action is to send it, the step is not waiting and no window is given', () => {
    const s = deriveBoardState(content, board([request('r1', '2026-11-10', 'Firmatecknarens underskrift saknas')]), today)
    expect(s.nextAction).toEqual({
      code: 'send-completion',
      kind: 'do',
      stepId: 'teckna-avtal',
      requestedDate: '2026-11-10',
      what: 'Firmatecknarens underskrift saknas'
    })
    expect(s.stepStatuses[2]!.status).toBe('in-progress')
    expect(s.forecast).toEqual({ kind: 'awaiting-completion', receivedDate: '2026-11-05', requestedDate: '2026-11-10' })
    expect(nextActionText(content, s.nextAction)).toContain('Skicka kompletteringen som Försäkringskassan begärde 2026-11-10')
    expect(forecastShortText(s.forecast)).toContain('väntar på kompletteringen')
    expect(fkHandlingText(s.fk)).toBe('Komplettering begärd 2026-11-10 (Firmatecknarens underskrift saknas), inte skickad än')
  })

  it('after the completed underlag is sent the window counts from that date and the board waits for FK again', () => {
    const before = deriveBoardState(content, board([]), today)
    expect(before.forecast).toMatchObject({ kind: 'window', from: '2026-11-05', countedFrom: 'received' })
    const s = deriveBoardState(content, board([request('r1', '2026-11-10'), sent('s1', '2026-11-13')]), today)
    expect(s.forecast).toMatchObject({
      kind: 'window',
      from: '2026-11-13',
      receivedDate: '2026-11-05',
      countedFrom: 'completion-sent',
      earliest: addWorkingDays('2026-11-13', 10),
      latest: addWorkingDays('2026-11-13', 15)
    })
    expect(s.nextAction).toMatchObject({ code: 'await-fk', kind: 'waiting', earliest: '2026-11-27', latest: '2026-12-04' })
    expect(s.stepStatuses[2]!.status).toBe('waiting')
  })

  it('a consent granted after the completion still counts from the consent', () => {
    const r = board([request('r1', '2026-11-06'), sent('s1', '2026-11-09')])
    r.connection.consent = { kind: 'have', grantedDate: '2026-11-12' }
    expect(deriveBoardState(content, r, today).forecast).toMatchObject({ from: '2026-11-12', countedFrom: 'consent-granted' })
  })

  it('registered as user finishes the step and ends the estimate', () => {
    const s = deriveBoardState(content, board([{ id: 'g', kind: 'registered', date: '2026-11-20' }]), '2026-12-20')
    expect(s.stepStatuses[2]!.status).toBe('done')
    expect(s.step).toBe('for-dialog')
    expect(s.forecast).toEqual({ kind: 'decided', registeredDate: '2026-11-20' })
    expect(s.warnings.map((w) => w.code)).not.toContain('longer-than-normal')
  })

  // Failed before the fix: a registration recorded as a date (no approval date) left a running
  // window, so months later the board was "längre än normalt" although FK had registered it.
  it('a registration recorded as a date, without an approval date, is not "longer than normal"', () => {
    const s = deriveBoardState(content, board([], { ...sentAgreement, registeredDate: '2026-11-20' }), '2027-03-01')
    expect(s.forecast.kind).toBe('decided')
    expect(s.warnings.map((w) => w.code)).not.toContain('longer-than-normal')
  })
})

/* ---- properties ---- */

const dayN = (n: number) => new Date(Date.UTC(2026, 10, 5) + n * 86_400_000).toISOString().slice(0, 10)
const day = fc.integer({ min: 0, max: 120 }).map(dayN)
const eventArb: fc.Arbitrary<FkEventInput> = fc.oneof(
  fc.record({ kind: fc.constant('case-number' as const), date: day, caseNumber: fc.constantFrom('FK 1', 'FK 2') }),
  fc.record({ kind: fc.constant('completion-requested' as const), date: day, what: fc.constantFrom('Underskrift', 'Bilaga') }),
  fc.record({ kind: fc.constant('completion-sent' as const), date: day }),
  fc.record({ kind: fc.constant('confirmation-received' as const), date: day, to: fc.constantFrom('Tore', 'Anna') }),
  fc.record({ kind: fc.constant('registered' as const), date: day })
)
const eventsArb = fc.array(eventArb, { maxLength: 8 }).map((list) => list.map((e, i) => ({ ...e, id: `e${i}` }) as FkEvent))

describe('FK events (properties)', () => {
  it('events in any insertion order give the same state', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }))
        ),
        day,
        ([events, shuffled], today) => {
          expect(deriveBoardState(content, board(shuffled), today)).toEqual(deriveBoardState(content, board(events), today))
          expect(sortFkEvents(shuffled)).toEqual(sortFkEvents(events))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('the forecast never starts before the last completed underlag, and gives no window while a komplettering is open', () => {
    fc.assert(
      fc.property(eventsArb, day, (events, today) => {
        const s = deriveBoardState(content, board(events), today)
        const fk = interpretFkEvents(events)
        if (s.forecast.kind === 'window' && fk.lastCompletionSent) expect(s.forecast.from >= fk.lastCompletionSent).toBe(true)
        if (fk.open.length && !fk.registeredDate) {
          expect(s.forecast.kind).toBe('awaiting-completion')
          expect(s.nextAction.code).toBe('send-completion')
          expect(s.nextAction.kind).toBe('do')
          expect(s.stepStatuses[2]!.status).not.toBe('waiting')
        }
        if (fk.registeredDate) expect(s.stepStatuses[2]!.status).toBe('done')
        // A window always ends 10–15 working days after the day it counts from.
        if (s.forecast.kind === 'window') {
          expect(s.forecast.earliest).toBe(addWorkingDays(s.forecast.from, 10))
          expect(s.forecast.latest).toBe(addWorkingDays(s.forecast.from, 15))
        }
      }),
      { numRuns: 400 }
    )
  })

  it('every event that validation accepts is read back unchanged; validated lists never have a completion without a request', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 10 }), (inputs) => {
        let events: FkEvent[] = []
        inputs.forEach((input, i) => {
          if (validateFkEvent(input, { events, agreement: sentAgreement, today: dayN(200) }).length === 0)
            events = [...events, toFkEvent(input, `e${i}`)]
        })
        expect(readFkEvents(JSON.parse(JSON.stringify(events)))).toEqual({ events, damaged: [] })
        const h = interpretFkEvents(events)
        for (const e of events) if (e.kind === 'completion-sent') expect(h.requests.some((r) => r.date <= e.date)).toBe(true)
        // Removing any event that validation allows keeps that rule.
        for (const e of events)
          if (validateFkEventRemoval(events, e.id).length === 0) {
            const rest = events.filter((x) => x.id !== e.id)
            for (const c of rest)
              if (c.kind === 'completion-sent') expect(rest.some((r) => r.kind === 'completion-requested' && r.date <= c.date)).toBe(true)
          }
      }),
      { numRuns: 300 }
    )
  })
})

describe('validating an FK event', () => {
  const ctx = { events: [] as FkEvent[], agreement: sentAgreement, today: '2026-11-30' }
  const codes = (...args: Parameters<typeof validateFkEvent>) => validateFkEvent(...args).map((e) => `${e.field}:${e.code}`)

  it('accepts a complete event after the agreement reached FK', () => {
    expect(codes({ kind: 'case-number', date: '2026-11-06', caseNumber: 'FK 2026/4711' }, ctx)).toEqual([])
    expect(codes({ kind: 'confirmation-received', date: '2026-11-05', to: 'Tore' }, ctx)).toEqual([])
  })

  it('refuses a missing or impossible date', () => {
    expect(codes({ kind: 'registered', date: '' }, ctx)).toEqual(['date:date-invalid'])
    expect(codes({ kind: 'registered', date: '2026-02-30' }, ctx)).toEqual(['date:date-invalid'])
    expect(codes({ kind: 'registered', date: '2026-12-01' }, ctx)).toEqual(['date:date-in-future'])
  })

  it('refuses a date before the sending, and FK acting before its receipt', () => {
    expect(codes({ kind: 'case-number', date: '2026-11-02', caseNumber: 'X' }, ctx)).toEqual(['date:before-sent'])
    expect(codes({ kind: 'confirmation-received', date: '2026-11-04', to: 'Tore' }, ctx)).toEqual(['date:before-receipt'])
    expect(codes({ kind: 'completion-requested', date: '2026-11-04', what: 'X' }, ctx)).toEqual(['date:before-receipt'])
    expect(codes({ kind: 'registered', date: '2026-11-20' }, { ...ctx, agreement: {} })).toEqual(['date:not-sent'])
  })

  it('needs the text of each kind', () => {
    expect(codes({ kind: 'case-number', date: '2026-11-06', caseNumber: '  ' }, ctx)).toEqual(['caseNumber:case-number-missing'])
    expect(codes({ kind: 'completion-requested', date: '2026-11-06', what: '' }, ctx)).toEqual(['what:what-missing'])
    expect(codes({ kind: 'confirmation-received', date: '2026-11-06', to: '' }, ctx)).toEqual(['to:recipient-missing'])
    expect(codes({ kind: 'completion-requested', date: '2026-11-06', what: 'x'.repeat(2001) }, ctx)).toEqual(['what:text-too-long'])
  })

  it('a completed underlag answers a komplettering asked for on or before its date', () => {
    expect(codes({ kind: 'completion-sent', date: '2026-11-12' }, ctx)).toEqual(['date:no-open-request'])
    const events = [request('r1', '2026-11-10')]
    expect(codes({ kind: 'completion-sent', date: '2026-11-09' }, { ...ctx, events })).toEqual(['date:no-open-request'])
    expect(codes({ kind: 'completion-sent', date: '2026-11-10' }, { ...ctx, events })).toEqual([])
  })

  it('one case number and one registration; corrections replace them; nothing asked for after the registration', () => {
    const events: FkEvent[] = [
      { id: 'c', kind: 'case-number', date: '2026-11-06', caseNumber: 'FK 1' },
      { id: 'g', kind: 'registered', date: '2026-11-20' }
    ]
    expect(codes({ kind: 'case-number', date: '2026-11-07', caseNumber: 'FK 2' }, { ...ctx, events })).toEqual([
      'caseNumber:case-number-exists'
    ])
    expect(codes({ kind: 'case-number', date: '2026-11-07', caseNumber: 'FK 2' }, { ...ctx, events, replacing: 'c' })).toEqual([])
    expect(codes({ kind: 'registered', date: '2026-11-21' }, { ...ctx, events })).toEqual(['date:already-registered'])
    expect(codes({ kind: 'completion-requested', date: '2026-11-21', what: 'X' }, { ...ctx, events })).toEqual(['date:after-registered'])
  })

  it('a request cannot be removed or moved past the completion that answers it', () => {
    const events = [request('r1', '2026-11-10'), sent('s1', '2026-11-12')]
    expect(validateFkEventRemoval(events, 'r1')).toEqual(['request-answered'])
    expect(validateFkEventRemoval(events, 's1')).toEqual([])
    expect(validateFkEventRemoval([...events, request('r2', '2026-11-11')], 'r1')).toEqual([])
    expect(codes({ kind: 'completion-requested', date: '2026-11-13', what: 'X' }, { ...ctx, events, replacing: 'r1' })).toEqual([
      'date:request-after-completion'
    ])
  })
})

describe('reading stored events', () => {
  it('keeps the events with their shape and sets aside the damaged ones untouched', () => {
    const good = request('r1', '2026-11-10')
    const raw = [
      good,
      { id: 'x', kind: 'completion-requested', date: '2026-11-10' },
      { id: 'y', kind: 'weird', date: '2026-11-10' },
      'text'
    ]
    expect(readFkEvents(raw)).toEqual({ events: [good], damaged: raw.slice(1) })
    expect(readFkEvents(undefined)).toEqual({ events: [], damaged: [] })
    expect(readFkEvents({ not: 'a list' })).toEqual({ events: [], damaged: [{ not: 'a list' }] })
    expect(fkEventSchema.safeParse({ id: 'a', kind: 'registered', date: '2026-02-30' }).success).toBe(false)
  })

  it('the plain read-time check (start path, no schema library) agrees with the zod schema on any input', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '  ', ' FK 1 ', 'x'.repeat(2001)), fc.integer())
    const entry = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(''), fc.constant('i'.repeat(201)), fc.constant(7)),
        kind: fc.constantFrom('case-number', 'completion-requested', 'completion-sent', 'confirmation-received', 'registered', 'other', 1),
        date: fc.constantFrom('2026-11-10', '2026-02-30', '2026-1-1', '', 20261110),
        caseNumber: text,
        what: text,
        to: text,
        extra: fc.anything()
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(fc.oneof(entry, fc.anything()), (value) => {
        const parsed = fkEventSchema.safeParse(value)
        expect(parseFkEvent(value)).toEqual(parsed.success ? parsed.data : null)
      }),
      { numRuns: 3000 }
    )
  })
})
