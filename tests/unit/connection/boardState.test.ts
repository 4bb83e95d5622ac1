import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveBoardState, type RecordedBoard } from '@renderer/domain/connection/boardState'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import type { AgreementProcess, Consent, TaskState, TaskStatus } from '@renderer/domain/connection/types'
import { nextActionText, placeText } from '@renderer/i18n/connectionState'
import { checklistLines } from '@renderer/pdf/checklistPdf'

const content = parseChecklistContent(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
)
const taskIds = content.steps.flatMap((s) => s.tasks.map((t) => t.id))

const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const status = fc.constantFrom<TaskStatus>('not-started', 'in-progress', 'done', 'not-applicable')

const tasks: fc.Arbitrary<TaskState[]> = fc
  .subarray(taskIds)
  .chain((ids) =>
    fc.tuple(
      ...ids.map((taskId) =>
        fc
          .record({ status, reason: maybe(fc.constantFrom('', ' ', 'Ingår redan')) })
          .map((s) => ({ boardId: 'b', taskId, updatedAt: '2026-01-01T00:00:00Z', ...s }))
      )
    )
  )
const consent: fc.Arbitrary<Consent> = fc.oneof(
  fc.constant<Consent>({ kind: 'unknown' }),
  fc.constant<Consent>({ kind: 'not-yet' }),
  maybe(day).map((appliedDate): Consent => ({ kind: 'applied', appliedDate })),
  fc.record({ grantedDate: maybe(day), appliedDate: maybe(day) }).map((c): Consent => ({ kind: 'have', ...c }))
)
const agreement: fc.Arbitrary<AgreementProcess> = fc.record({
  termsReadDate: maybe(day),
  sent: maybe(day.map((date) => ({ date, method: 'post' as const }))),
  fkReceivedDate: maybe(day),
  qualityAssuredDate: maybe(day),
  approvedDate: maybe(day),
  registeredDate: maybe(day)
})
const recorded: fc.Arbitrary<RecordedBoard> = fc.record({
  tasks,
  connection: fc.record({
    decision: fc.record({ body: maybe(fc.constantFrom('', 'Socialnämnden')), date: maybe(day) }),
    agreement,
    consent
  }),
  contactsNamed: fc.boolean(),
  agreementSigned: fc.boolean()
})

describe('deriveBoardState (properties)', () => {
  it('the next action is never something already done, and every view of the state agrees', () => {
    fc.assert(
      fc.property(recorded, day, (r, today) => {
        const s = deriveBoardState(content, r, today)
        const a = s.nextAction
        // Step statuses match their counts: never "Pågår" (or waiting) with everything done, never "Klart" with something open.
        for (const st of s.stepStatuses) {
          expect(st.status === 'done').toBe(st.finished === st.total)
          expect(st.finished).toBe(st.items.filter((i) => i.finished).length)
        }
        // The place, the next action and the first open step are the same step.
        const firstOpen = s.stepStatuses.find((x) => x.status !== 'done')
        expect(s.step).toBe(firstOpen?.stepId ?? null)
        expect(a.stepId).toBe(s.step)
        if (a.code === 'done') expect(s.stepStatuses.every((x) => x.status === 'done')).toBe(true)
        // Never an action for a finished item.
        if (a.code === 'task') expect(firstOpen!.items.find((i) => i.id === a.taskId)!.finished).toBe(false)
        if (a.code === 'read-terms') expect(r.connection.agreement.termsReadDate).toBeUndefined()
        if (a.code === 'send') expect(r.connection.agreement.sent ?? r.connection.agreement.fkReceivedDate).toBeUndefined()
        if (a.code === 'record-receipt') expect(r.connection.agreement.fkReceivedDate).toBeUndefined()
        if (a.code === 'state-consent') expect(r.connection.consent.kind).toBe('unknown')
        // The consent task is never the next action once a consent state is recorded.
        if (r.connection.consent.kind !== 'unknown') expect(a.code === 'task' && a.taskId === 'vagtrafikregistret').toBe(false)
        // The overall progress is the sum of the steps.
        expect(s.progress.finished).toBe(s.stepStatuses.reduce((n, x) => n + x.finished, 0))
        expect(s.progress.stepsDone).toBe(s.stepStatuses.filter((x) => x.status === 'done').length)
      }),
      { numRuns: 500 }
    )
  })

  it('the checklist PDF prints the same place and next action as the screens', () => {
    fc.assert(
      fc.property(recorded, day, (r, today) => {
        const s = deriveBoardState(content, r, today)
        const text = checklistLines({
          content,
          municipality: 'Göteborg',
          boardName: 'Socialnämnden',
          states: [...r.tasks],
          connection: r.connection,
          contactsNamed: r.contactsNamed,
          agreementSigned: r.agreementSigned,
          attachments: [],
          today
        }).map((l) => l.text)
        expect(text).toContain(`Läge: ${placeText(content, s)}`)
        expect(text).toContain(`Nästa steg: ${nextActionText(content, s.nextAction)}`)
        expect(text.filter((t) => t.startsWith('Nästa steg:'))).toHaveLength(1)
      }),
      { numRuns: 150 }
    )
  })

  it('a board without FK events derives as before events existed (no events and an empty list agree)', () => {
    const r: RecordedBoard = {
      tasks: [],
      connection: { decision: {}, agreement: { fkReceivedDate: '2026-11-30' }, consent: { kind: 'have' } }
    }
    expect(deriveBoardState(content, { ...r, events: [] }, '2026-12-03')).toEqual(deriveBoardState(content, r, '2026-12-03'))
  })

  it('an agreement signed by all its signatories finishes "Se till att behörig person skriver under", marked as recorded; the task says so in the PDF too', () => {
    const base: RecordedBoard = { tasks: [], connection: { decision: {}, agreement: {}, consent: { kind: 'unknown' } } }
    const item = (r: RecordedBoard) =>
      deriveBoardState(content, r, '2026-12-02')
        .stepStatuses.flatMap((s) => s.items)
        .find((i) => i.id === 'firmatecknare')
    expect(item(base)).toMatchObject({ finished: false, recorded: false })
    expect(item({ ...base, agreementSigned: true })).toMatchObject({ finished: true, recorded: true })
    const lines = checklistLines({
      content,
      municipality: 'Göteborg',
      boardName: 'Socialnämnden',
      states: [],
      connection: base.connection,
      agreementSigned: true,
      attachments: [],
      today: '2026-12-02'
    }).map((l) => l.text)
    expect(lines.find((t) => t.includes('Se till att behörig person skriver under'))).toMatch(/^☑ .* – Klar enligt registrerade uppgifter/)
  })
})
