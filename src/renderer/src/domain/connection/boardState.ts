import type { ChecklistContent, ChecklistStep } from './content'
import { interpretFkEvents, type FkEvent, type FkHandling } from './fkEvents'
import { forecastDecision, type Forecast } from './forecast'
import type { AgreementProcess, AgreementSubStepId, ConnectionState, StepId, TaskState } from './types'

/**
 * One board's place in the connection, derived from everything recorded about it. Every screen and
 * document that says where a board stands reads this one result, so no two places can disagree.
 */

export type { FkEvent } from './fkEvents'

export type RecordedBoard = {
  tasks: readonly TaskState[]
  connection: ConnectionState
  /** The agreement names its contact persons (from the agreement draft), when known. */
  contactsNamed?: boolean
  /** An agreement draft of the board has been signed by every one of its signatories. */
  agreementSigned?: boolean
  /** FK's handling events (fkEvents.ts), in any order: the derivation sorts them. */
  events?: readonly FkEvent[]
  /** The connection was terminated (uppsägning, recorded after go-live): the board is "Uppsagd". */
  terminated?: { date: string }
}

export type StepStatus = 'not-started' | 'in-progress' | 'waiting' | 'done'

/** A checklist task or a sub-step of Teckna avtal; `recorded` when a panel's data finished it. */
export type ItemState = { id: string; kind: 'task' | 'sub-step'; finished: boolean; recorded: boolean }

export type StepState = { stepId: StepId; number: number; status: StepStatus; finished: number; total: number; items: ItemState[] }

const FK_SUB_STEPS = ['quality-assured', 'approved', 'registered'] as const
type FkSubStep = (typeof FK_SUB_STEPS)[number]

export type BoardNextAction =
  | { code: 'task'; kind: 'do'; stepId: StepId; taskId: string }
  | { code: 'read-terms'; kind: 'do'; stepId: StepId }
  | { code: 'send'; kind: 'do'; stepId: StepId }
  | { code: 'record-receipt'; kind: 'do'; stepId: StepId }
  | { code: 'send-completion'; kind: 'do'; stepId: StepId; requestedDate: string; what: string }
  | { code: 'state-consent'; kind: 'do'; stepId: StepId }
  | { code: 'await-consent'; kind: 'waiting'; stepId: StepId }
  | { code: 'await-fk'; kind: 'waiting'; stepId: StepId; subStep: FkSubStep; earliest?: string; latest?: string }
  | { code: 'longer-than-normal'; kind: 'attention'; stepId: StepId; latest: string }
  | { code: 'done'; kind: 'done'; stepId: null }
  | { code: 'terminated'; kind: 'done'; stepId: null; date: string }

export type BoardWarning =
  | { code: 'consent-unknown' }
  | { code: 'consent-missing' }
  | { code: 'consent-applied'; appliedDate?: string }
  | { code: 'longer-than-normal'; latest: string }
  | { code: 'sent-without-decision' }

export type BoardState = {
  /** The step the board is in (the first not done), or null when all five are done. */
  step: StepId | null
  stepStatuses: StepState[]
  progress: { finished: number; total: number; stepsDone: number }
  nextAction: BoardNextAction
  warnings: BoardWarning[]
  forecast: Forecast
  /** FK's handling as its events say: case number, kompletteringar, confirmation, registration. */
  fk: FkHandling
  /** Set when the connection is terminated; it then outranks every step. */
  terminated?: { date: string }
}

const subStepOrder: AgreementSubStepId[] = ['terms-read', 'sent', 'quality-assured', 'approved', 'registered']

/** A sub-step counts as done when it or any later one is recorded: FK cannot approve an agreement it never received. */
export function agreementSubStepsDone(a: AgreementProcess): Record<AgreementSubStepId, boolean> {
  const recorded: Record<AgreementSubStepId, boolean> = {
    'terms-read': Boolean(a.termsReadDate),
    sent: Boolean(a.sent || a.fkReceivedDate),
    'quality-assured': Boolean(a.qualityAssuredDate),
    approved: Boolean(a.approvedDate),
    registered: Boolean(a.registeredDate)
  }
  const done = { ...recorded }
  let later = false
  for (const id of [...subStepOrder].reverse()) {
    later = later || recorded[id]
    done[id] = later
  }
  return done
}

export function taskStateFinished(state: Pick<TaskState, 'status' | 'reason'> | undefined): boolean {
  if (!state) return false
  return state.status === 'done' || (state.status === 'not-applicable' && Boolean(state.reason?.trim()))
}

/**
 * Tasks that a panel's data finishes, by their ids in the checklist content: the consent panel
 * answers "vagtrafikregistret", the decision panel "beslut" (any task marked `decision`), and a
 * sent agreement had its contact persons and an authorised signatory.
 */
function recordedCompletion(task: ChecklistStep['tasks'][number], r: RecordedBoard, sent: boolean): boolean {
  const { consent, decision } = r.connection
  if (task.decision) return Boolean(decision.body?.trim() && decision.date)
  switch (task.id) {
    case 'vagtrafikregistret':
      return consent.kind !== 'unknown'
    case 'kontaktpersoner':
      return Boolean(r.contactsNamed) || sent
    case 'firmatecknare':
      return Boolean(r.agreementSigned) || sent
    default:
      return false
  }
}

function stepItems(step: ChecklistStep, r: RecordedBoard, subDone: Record<AgreementSubStepId, boolean>): ItemState[] {
  const tasks: ItemState[] = step.tasks.map((t) => {
    const byTask = taskStateFinished(r.tasks.find((s) => s.taskId === t.id))
    const byRecord = recordedCompletion(t, r, subDone.sent)
    return { id: t.id, kind: 'task', finished: byTask || byRecord, recorded: !byTask && byRecord }
  })
  if (!step.agreementProcess) return tasks
  const sub = (id: AgreementSubStepId): ItemState => ({ id, kind: 'sub-step', finished: subDone[id], recorded: subDone[id] })
  // The order a user works in: read the terms, prepare (contacts, signatory), send, then FK's part.
  return [sub('terms-read'), ...tasks, sub('sent'), ...FK_SUB_STEPS.map(sub)]
}

function stepStatus(step: ChecklistStep, items: ItemState[], r: RecordedBoard, completionOpen: boolean): StepStatus {
  if (items.every((i) => i.finished)) return 'done'
  const firstOpen = items.find((i) => !i.finished)!
  // While a komplettering is open the municipality has something to do: it is not waiting for FK.
  if (firstOpen.kind === 'sub-step' && (FK_SUB_STEPS as readonly string[]).includes(firstOpen.id))
    return completionOpen ? 'in-progress' : 'waiting'
  const touched = step.tasks.some((t) => (r.tasks.find((s) => s.taskId === t.id)?.status ?? 'not-started') !== 'not-started')
  return touched || items.some((i) => i.finished) ? 'in-progress' : 'not-started'
}

function fkNextAction(stepId: StepId, subStep: FkSubStep, a: AgreementProcess, forecast: Forecast, fk: FkHandling): BoardNextAction {
  const open = fk.open[0]
  if (open) return { code: 'send-completion', kind: 'do', stepId, requestedDate: open.date, what: open.what }
  if (!a.fkReceivedDate) return { code: 'record-receipt', kind: 'do', stepId }
  if (forecast.kind === 'open-ended')
    return forecast.consent === 'unknown'
      ? { code: 'state-consent', kind: 'do', stepId }
      : { code: 'await-consent', kind: 'waiting', stepId }
  if (forecast.kind === 'window') {
    if (forecast.longerThanNormal) return { code: 'longer-than-normal', kind: 'attention', stepId, latest: forecast.latest }
    return { code: 'await-fk', kind: 'waiting', stepId, subStep, earliest: forecast.earliest, latest: forecast.latest }
  }
  return { code: 'await-fk', kind: 'waiting', stepId, subStep }
}

function itemAction(stepId: StepId, item: ItemState, agreement: AgreementProcess, forecast: Forecast, fk: FkHandling): BoardNextAction {
  if (item.kind === 'task') return { code: 'task', kind: 'do', stepId, taskId: item.id }
  if (item.id === 'terms-read') return { code: 'read-terms', kind: 'do', stepId }
  if (item.id === 'sent') return { code: 'send', kind: 'do', stepId }
  return fkNextAction(stepId, item.id as FkSubStep, agreement, forecast, fk)
}

export function deriveBoardState(content: ChecklistContent, recorded: RecordedBoard, today: string): BoardState {
  const { consent, decision } = recorded.connection
  const fk = interpretFkEvents(recorded.events ?? [], recorded.connection.agreement)
  // A registration recorded as an event counts as the sub-step "registered", like the date field did.
  const agreement: AgreementProcess = fk.registeredDate
    ? { ...recorded.connection.agreement, registeredDate: fk.registeredDate }
    : recorded.connection.agreement
  const forecast = forecastDecision(
    agreement,
    consent,
    today,
    { min: content.forecast.minWorkingDays, max: content.forecast.maxWorkingDays },
    { openRequestDate: fk.open[0]?.date, lastCompletionSent: fk.lastCompletionSent, registeredDate: fk.registeredDate }
  )
  const subDone = agreementSubStepsDone(agreement)
  const completionOpen = fk.open.length > 0 && !subDone.registered
  const stepStatuses: StepState[] = content.steps.map((step) => {
    const items = stepItems(step, recorded, subDone)
    return {
      stepId: step.id as StepId,
      number: step.number,
      status: stepStatus(step, items, recorded, completionOpen),
      finished: items.filter((i) => i.finished).length,
      total: items.length,
      items
    }
  })
  const current = stepStatuses.find((s) => s.status !== 'done')
  const nextAction: BoardNextAction = current
    ? itemAction(
        current.stepId,
        current.items.find((i) => !i.finished)!,
        agreement,
        forecast,
        fk
      )
    : { code: 'done', kind: 'done', stepId: null }

  const warnings: BoardWarning[] = []
  if (consent.kind === 'unknown') warnings.push({ code: 'consent-unknown' })
  if (consent.kind === 'not-yet') warnings.push({ code: 'consent-missing' })
  if (consent.kind === 'applied') warnings.push({ code: 'consent-applied', appliedDate: consent.appliedDate })
  if (forecast.kind === 'window' && forecast.longerThanNormal) warnings.push({ code: 'longer-than-normal', latest: forecast.latest })
  if (subDone.sent && !(decision.body?.trim() && decision.date)) warnings.push({ code: 'sent-without-decision' })
  // A terminated connection has nothing left to warn about.
  if (recorded.terminated) warnings.length = 0

  const finished = stepStatuses.reduce((n, s) => n + s.finished, 0)
  const total = stepStatuses.reduce((n, s) => n + s.total, 0)
  return {
    step: current?.stepId ?? null,
    stepStatuses,
    progress: { finished, total, stepsDone: stepStatuses.filter((s) => s.status === 'done').length },
    // A terminated connection outranks every step.
    nextAction: recorded.terminated ? { code: 'terminated', kind: 'done', stepId: null, date: recorded.terminated.date } : nextAction,
    warnings,
    forecast,
    fk,
    ...(recorded.terminated ? { terminated: { date: recorded.terminated.date } } : {})
  }
}
