import type { ChecklistContent, ChecklistStep } from './content'
import type { AgreementProcess, ConnectionState, StepId, TaskState, TaskStatus } from './types'

export type StepProgress = {
  stepId: StepId
  done: boolean
  /** Tasks done or not applicable. */
  finished: number
  total: number
  started: boolean
}

/** Done, or not applicable with a stated reason (without one it still needs attention). */
export function taskFinished(state: Pick<TaskState, 'status' | 'reason'> | undefined): boolean {
  if (!state) return false
  return state.status === 'done' || (state.status === 'not-applicable' && Boolean(state.reason?.trim()))
}

export function statusOf(states: TaskState[], taskId: string): TaskStatus {
  return states.find((s) => s.taskId === taskId)?.status ?? 'not-started'
}

export const isTaskFinished = (states: TaskState[], taskId: string): boolean => taskFinished(states.find((s) => s.taskId === taskId))

/** The sub-step of Teckna avtal that comes next, or null when the party is in FK's register. */
export function nextAgreementSubStep(a: AgreementProcess): 'terms-read' | 'sent' | 'received' | 'quality-assured' | 'approved' | 'registered' | null {
  if (!a.termsReadDate) return 'terms-read'
  if (!a.sent) return 'sent'
  if (!a.fkReceivedDate) return 'received'
  if (!a.qualityAssuredDate && !a.approvedDate && !a.registeredDate) return 'quality-assured'
  if (!a.approvedDate && !a.registeredDate) return 'approved'
  if (!a.registeredDate) return 'registered'
  return null
}

/**
 * A step is done when all its tasks are done or not applicable. Teckna avtal also needs its
 * sub-process finished (the party added to FK's register), because that is when the agreement holds.
 */
export function stepProgress(step: ChecklistStep, states: TaskState[], connection: ConnectionState): StepProgress {
  const total = step.tasks.length
  const finished = step.tasks.filter((t) => isTaskFinished(states, t.id)).length
  const subProcessDone = !step.agreementProcess || nextAgreementSubStep(connection.agreement) === null
  const started =
    step.tasks.some((t) => statusOf(states, t.id) !== 'not-started') ||
    (step.agreementProcess === true && Object.values(connection.agreement).some((v) => v !== undefined))
  return { stepId: step.id as StepId, done: finished === total && subProcessDone, finished, total, started }
}

export function allStepProgress(content: ChecklistContent, states: TaskState[], connection: ConnectionState): StepProgress[] {
  return content.steps.map((s) => stepProgress(s, states, connection))
}
