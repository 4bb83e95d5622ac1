import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import { confirmationRecipient } from '@renderer/domain/connection/confirmationRecipient'
import { forecastDecision } from '@renderer/domain/connection/forecast'
import { deriveBoardState, taskStateFinished } from '@renderer/domain/connection/boardState'
import { nextActionText } from '@renderer/i18n/connectionState'
import { normalizeConnectionState } from '@renderer/domain/connection/state'
import { emptyConnectionState, type ConnectionState, type TaskState, type TaskStatus } from '@renderer/domain/connection/types'
import { addWorkingDays, isWorkingDay } from '@renderer/domain'

const content = parseChecklistContent(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
)
const tasksOf = (stepIndex: number) => content.steps[stepIndex]!.tasks.map((t) => t.id)
const state = (taskId: string, status: TaskStatus, reason?: string): TaskState => ({
  boardId: 'b',
  taskId,
  status,
  reason,
  updatedAt: '2026-01-01T00:00:00Z'
})
const allDone = (stepIndexes: number[]) => stepIndexes.flatMap((i) => tasksOf(i).map((id) => state(id, 'done')))
const derive = (states: TaskState[], connection: ConnectionState, today = '2026-12-21') =>
  deriveBoardState(content, { tasks: states, connection }, today)
const allStepProgress = (_c: unknown, states: TaskState[], connection: ConnectionState) => derive(states, connection).stepStatuses
const nextAction = (_c: unknown, states: TaskState[], connection: ConnectionState, today: string) => {
  const a = deriveBoardState(content, { tasks: states, connection }, today).nextAction
  return { ...a, text: nextActionText(content, a) }
}
const withAgreement = (
  agreement: ConnectionState['agreement'],
  consent: ConnectionState['consent'] = { kind: 'have' }
): ConnectionState => ({
  ...emptyConnectionState(),
  agreement,
  consent
})

describe('forecast', () => {
  it('is absent until FK has received the agreement', () => {
    expect(forecastDecision({ sent: { date: '2026-12-10', method: 'post' } }, { kind: 'have' }, '2026-12-20')).toEqual({
      kind: 'not-received'
    })
  })

  it('gives the 10–15 working-day window as dates (hand-checked: 2026-12-18 → 2027-01-08 – 2027-01-15)', () => {
    const f = forecastDecision({ fkReceivedDate: '2026-12-18' }, { kind: 'have', grantedDate: '2025-01-10' }, '2026-12-21')
    expect(f).toEqual({
      kind: 'window',
      from: '2026-12-18',
      receivedDate: '2026-12-18',
      earliest: '2027-01-08',
      latest: '2027-01-15',
      longerThanNormal: false,
      countedFrom: 'received'
    })
  })

  it('is normal on day 15 and longer than normal the day after', () => {
    expect(forecastDecision({ fkReceivedDate: '2026-12-18' }, { kind: 'have' }, '2027-01-15')).toMatchObject({ longerThanNormal: false })
    expect(forecastDecision({ fkReceivedDate: '2026-12-18' }, { kind: 'have' }, '2027-01-16')).toMatchObject({ longerThanNormal: true })
  })

  it.each(['unknown', 'not-yet', 'applied'] as const)('is open-ended while the consent is "%s"', (kind) => {
    expect(forecastDecision({ fkReceivedDate: '2026-12-18' }, { kind }, '2027-03-01')).toEqual({
      kind: 'open-ended',
      receivedDate: '2026-12-18',
      consent: kind
    })
  })

  it('counts from the grant (an assumption) when the consent came after FK received the agreement', () => {
    const f = forecastDecision({ fkReceivedDate: '2026-06-01' }, { kind: 'have', grantedDate: '2026-06-15' }, '2026-06-16')
    expect(f).toMatchObject({
      kind: 'window',
      from: '2026-06-15',
      receivedDate: '2026-06-01',
      earliest: '2026-06-30',
      countedFrom: 'consent-granted'
    })
  })

  it('never counts from the application date: an applied consent keeps the estimate open', () => {
    expect(forecastDecision({ fkReceivedDate: '2026-11-20' }, { kind: 'applied', appliedDate: '2026-11-10' }, '2026-11-25')).toMatchObject({
      kind: 'open-ended'
    })
    // Granted later, with the application date kept: the count is from the grant, never the application.
    const f = forecastDecision(
      { fkReceivedDate: '2026-11-20' },
      { kind: 'have', appliedDate: '2026-11-10', grantedDate: '2026-12-01' },
      '2026-12-02'
    )
    expect(f).toMatchObject({ kind: 'window', from: '2026-12-01', countedFrom: 'consent-granted' })
    // Granted before the receipt: the receipt, as FK says.
    expect(
      forecastDecision(
        { fkReceivedDate: '2026-11-20' },
        { kind: 'have', appliedDate: '2026-10-01', grantedDate: '2026-11-01' },
        '2026-12-02'
      )
    ).toMatchObject({ from: '2026-11-20', countedFrom: 'received' })
  })

  it('reports the decision once the party is approved', () => {
    expect(forecastDecision({ fkReceivedDate: '2026-12-18', approvedDate: '2027-01-05' }, { kind: 'not-yet' }, '2027-02-01')).toEqual({
      kind: 'decided',
      approvedDate: '2027-01-05'
    })
  })

  it('property: the window is two working days 5 working days apart, after receipt; longer than normal exactly after the latest', () => {
    const dateArb = fc
      .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10))
    fc.assert(
      fc.property(dateArb, dateArb, (received, today) => {
        const f = forecastDecision({ fkReceivedDate: received }, { kind: 'have' }, today)
        if (f.kind !== 'window') throw new Error('expected a window')
        expect(isWorkingDay(f.earliest) && isWorkingDay(f.latest)).toBe(true)
        expect(f.earliest > received).toBe(true)
        expect(addWorkingDays(f.earliest, 5)).toBe(f.latest)
        expect(f.longerThanNormal).toBe(today > f.latest)
      })
    )
  })
})

describe('step completion', () => {
  it('a step is done when every task is done or not applicable with a reason', () => {
    const states = [...allDone([0]).slice(1), state(tasksOf(0)[0]!, 'not-applicable', 'Ingår redan')]
    expect(allStepProgress(content, states, emptyConnectionState())[0]).toMatchObject({ status: 'done', finished: 4, total: 4 })
  })

  it('not applicable without a reason does not count', () => {
    expect(taskStateFinished({ status: 'not-applicable', reason: ' ' })).toBe(false)
    const states = [...allDone([0]).slice(1), state(tasksOf(0)[0]!, 'not-applicable')]
    expect(allStepProgress(content, states, emptyConnectionState())[0]).toMatchObject({ status: 'in-progress', finished: 3 })
  })

  it('in progress is started, not done', () => {
    const p = allStepProgress(content, [state(tasksOf(1)[0]!, 'in-progress')], emptyConnectionState())[1]!
    expect(p).toMatchObject({ status: 'in-progress', finished: 0 })
  })

  it('Teckna avtal also needs the party added to FK’s register', () => {
    const tasks = allDone([2])
    expect(allStepProgress(content, tasks, withAgreement({ fkReceivedDate: '2026-12-18', approvedDate: '2027-01-05' }))[2]).toMatchObject({
      status: 'waiting',
      finished: 6,
      total: 7
    })
    expect(
      allStepProgress(
        content,
        tasks,
        withAgreement({
          termsReadDate: '2026-12-01',
          sent: { date: '2026-12-16', method: 'post' },
          fkReceivedDate: '2026-12-18',
          approvedDate: '2027-01-05',
          registeredDate: '2027-01-07'
        })
      )[2]!.status
    ).toBe('done')
  })
})

describe('next action', () => {
  const today = '2026-12-21'
  it('starts with the first task of Stäm av', () => {
    expect(nextAction(content, [], emptyConnectionState(), today)).toMatchObject({
      text: 'Fråga leverantören av verksamhetssystemet om stöd för SSBTEK',
      stepId: 'stam-av',
      kind: 'do'
    })
  })

  it('asks for the minutes extract when the decision is done', () => {
    const states = [...allDone([0]), state('beslutsunderlag', 'done'), state('beslut', 'done')]
    expect(nextAction(content, states, emptyConnectionState(), today).text).toBe('Bifoga protokollsutdraget från beslutet')
  })

  it('a recorded decision finishes the decision task; a recorded consent finishes the consent task', () => {
    const states = [...allDone([0]).filter((s) => s.taskId !== 'vagtrafikregistret'), state('beslutsunderlag', 'done')]
    const connection: ConnectionState = {
      ...emptyConnectionState(),
      decision: { body: 'Socialnämnden', date: '2026-11-20' },
      consent: { kind: 'not-yet' }
    }
    const s = derive(states, connection)
    expect(s.stepStatuses[0]).toMatchObject({ status: 'done', finished: 4 })
    expect(s.stepStatuses[0]!.items.find((i) => i.id === 'vagtrafikregistret')).toMatchObject({ finished: true, recorded: true })
    expect(s.nextAction).toMatchObject({ code: 'task', taskId: 'protokollsutdrag' })
  })

  it('the finding: consent granted, decision recorded and FK’s receipt dated never leave the board at "Ta reda på om … medgivande"', () => {
    const connection: ConnectionState = {
      decision: { body: 'Socialnämnden', date: '2026-11-20', paragraph: '§ 45' },
      consent: { kind: 'have', grantedDate: '2026-11-01' },
      agreement: { termsReadDate: '2026-11-25', sent: { date: '2026-11-26', method: 'post' }, fkReceivedDate: '2026-11-30' }
    }
    const states = ['leverantor-stod', 'namnd', 'kostnader', 'beslutsunderlag', 'protokollsutdrag'].map((id) => state(id, 'done'))
    const s = derive(states, connection)
    expect(s.step).toBe('teckna-avtal')
    expect(s.stepStatuses.map((x) => x.status)).toEqual(['done', 'done', 'waiting', 'not-started', 'not-started'])
    expect(nextActionText(content, s.nextAction)).toBe(
      'Vänta: Försäkringskassan kvalitetssäkrar avtalet (uppskattning 2026-12-14 – 2026-12-21)'
    )
  })

  it('asks to send the agreement once terms are read and the agreement is prepared', () => {
    const states = allDone([0, 1, 2])
    expect(nextAction(content, states, withAgreement({ termsReadDate: '2026-12-01' }), today).text).toBe(
      'Skicka Försäkringskassans blankett, ifylld och underskriven, till adressen som står i blanketten'
    )
  })

  it('shows the forecast window while FK handles the agreement', () => {
    const a = { termsReadDate: '2026-12-01', sent: { date: '2026-12-16', method: 'post' as const }, fkReceivedDate: '2026-12-18' }
    expect(nextAction(content, allDone([0, 1, 2]), withAgreement(a), today)).toMatchObject({
      text: 'Vänta: Försäkringskassan kvalitetssäkrar avtalet (uppskattning 2027-01-08 – 2027-01-15)',
      kind: 'waiting',
      stepId: 'teckna-avtal'
    })
    expect(nextAction(content, allDone([0, 1, 2]), withAgreement(a), '2027-01-18')).toMatchObject({
      kind: 'attention',
      code: 'longer-than-normal'
    })
    expect(nextAction(content, allDone([0, 1, 2]), withAgreement(a), '2027-01-18').text).toContain('Längre än normalt')
    expect(nextAction(content, allDone([0, 1, 2]), withAgreement(a, { kind: 'not-yet' }), today).text).toContain(
      'väntar på Transportstyrelsens medgivande'
    )
  })

  it('moves on to För dialog once the party is in FK’s register, and says done at the end', () => {
    const a = {
      termsReadDate: '2026-12-01',
      sent: { date: '2026-12-16', method: 'e-post' as const },
      fkReceivedDate: '2026-12-18',
      registeredDate: '2027-01-12'
    }
    expect(nextAction(content, allDone([0, 1, 2]), withAgreement(a), today)).toMatchObject({
      stepId: 'for-dialog',
      text: 'Beställ SSBTEK-integrationen av leverantören'
    })
    expect(nextAction(content, allDone([0, 1, 2, 3, 4]), withAgreement(a), today)).toMatchObject({ kind: 'done', stepId: null })
  })
})

describe('FK confirmation recipient', () => {
  it('is the technical contact, else the administrative one, else nobody yet', () => {
    const admin = { name: 'Anna Admin', email: 'anna@kommun.se' }
    const tech = { name: 'Tore Teknik', email: 'tore@kommun.se' }
    expect(confirmationRecipient({ adminContact: admin, technicalContact: tech })).toEqual({ kind: 'technical', contact: tech })
    expect(confirmationRecipient({ adminContact: admin, technicalContact: { name: ' ', email: '' } })).toEqual({
      kind: 'admin',
      contact: admin
    })
    expect(confirmationRecipient({ adminContact: admin })).toEqual({ kind: 'admin', contact: admin })
    expect(confirmationRecipient(undefined)).toEqual({ kind: 'none' })
    expect(confirmationRecipient({})).toEqual({ kind: 'none' })
  })
})

describe('stored state', () => {
  it('normalizes missing or damaged parts to empty instead of crashing', () => {
    expect(normalizeConnectionState(undefined)).toEqual(emptyConnectionState())
    expect(normalizeConnectionState({ consent: { kind: 'weird' }, decision: { date: '2026-02-30' } })).toEqual(emptyConnectionState())
    expect(normalizeConnectionState({ consent: { kind: 'applied', appliedDate: '2026-05-01' } }).consent).toEqual({
      kind: 'applied',
      appliedDate: '2026-05-01'
    })
  })

  it('reads records from before the split dates: "granted" is "have", `date` becomes the right field', () => {
    expect(normalizeConnectionState({ consent: { kind: 'granted', date: '2026-06-15' } }).consent).toEqual({
      kind: 'have',
      grantedDate: '2026-06-15'
    })
    expect(normalizeConnectionState({ consent: { kind: 'have', date: '2025-01-10', reference: 'TSV 1' } }).consent).toEqual({
      kind: 'have',
      grantedDate: '2025-01-10',
      reference: 'TSV 1'
    })
    expect(normalizeConnectionState({ consent: { kind: 'applied', date: '2026-05-01' } }).consent).toEqual({
      kind: 'applied',
      appliedDate: '2026-05-01'
    })
    expect(normalizeConnectionState({ consent: { kind: 'granted' } }).consent).toEqual({ kind: 'have' })
  })
})
