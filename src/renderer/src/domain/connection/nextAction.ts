import type { ChecklistContent } from './content'
import { forecastDecision, type Forecast } from './forecast'
import { allStepProgress, isTaskFinished, nextAgreementSubStep } from './progress'
import type { ConnectionState, StepId, TaskState } from './types'

export type NextAction = {
  /** Swedish, imperative or a plain statement, e.g. "Ladda upp protokollsutdraget från beslutet". */
  text: string
  stepId: StepId | null
  taskId?: string
  /** 'waiting' when the next thing is someone else's (FK, Transportstyrelsen); 'overdue' when FK is late. */
  kind: 'do' | 'waiting' | 'overdue' | 'done'
}

const AGREEMENT_TEXT = {
  'terms-read': 'Läs Allmänna villkor på Försäkringskassans portal',
  sent: 'Skicka avtalet till Försäkringskassan',
  received: 'Ange när Försäkringskassan tog emot avtalet',
  'quality-assured': 'Vänta på att Försäkringskassan kvalitetssäkrar avtalet',
  approved: 'Vänta på att ni godkänns som användare',
  registered: 'Vänta på att ni läggs upp i Försäkringskassans register'
} as const

function fromForecast(f: Forecast, fallback: string): Omit<NextAction, 'stepId'> {
  if (f.kind === 'window') {
    if (f.overdue) return { text: `Besked från Försäkringskassan är försenat (väntades senast ${f.latest}) – kontakta Försäkringskassan`, kind: 'overdue' }
    return { text: `Förväntat besked ${f.earliest} – ${f.latest}`, kind: 'waiting' }
  }
  if (f.kind === 'open-ended') {
    if (f.consent === 'unknown') return { text: 'Ange om kommunen har medgivande till Vägtrafikregistret – prognosen är öppen tills dess', kind: 'do' }
    return { text: 'Anslutningen väntar på Transportstyrelsens medgivande till Vägtrafikregistret – inget slutdatum kan anges', kind: 'waiting' }
  }
  return { text: fallback, kind: 'waiting' }
}

/**
 * The single next thing to do for one board: the first unfinished step, in order; inside it, the
 * first unfinished task, and for Teckna avtal the sub-process (with the forecast while FK works).
 */
export function nextAction(content: ChecklistContent, states: TaskState[], connection: ConnectionState, today: string): NextAction {
  const progress = allStepProgress(content, states, connection)
  for (const [i, step] of content.steps.entries()) {
    if (progress[i]!.done) continue
    const stepId = step.id as StepId
    if (step.agreementProcess) {
      const sub = nextAgreementSubStep(connection.agreement)
      // Preparing the agreement (contacts, signatory) comes before sending it.
      if (sub === 'terms-read' || sub === 'sent') {
        if (sub === 'terms-read') return { text: AGREEMENT_TEXT[sub], stepId, kind: 'do' }
        const task = step.tasks.find((t) => !isTaskFinished(states, t.id))
        if (task) return { text: task.nextAction, stepId, taskId: task.id, kind: 'do' }
        return { text: AGREEMENT_TEXT.sent, stepId, kind: 'do' }
      }
      if (sub === 'received') return { text: AGREEMENT_TEXT.received, stepId, kind: 'do' }
      if (sub !== null) {
        const f = forecastDecision(connection.agreement, connection.consent, today)
        const fallback = AGREEMENT_TEXT[sub]
        return { ...fromForecast(f.kind === 'decided' ? { kind: 'not-received' } : f, fallback), stepId }
      }
    }
    const task = step.tasks.find((t) => !isTaskFinished(states, t.id))
    if (task) {
      if (task.decision && connection.decision.date && connection.decision.body) {
        return { text: `Markera beslutet som klart (${connection.decision.body} ${connection.decision.date})`, stepId, taskId: task.id, kind: 'do' }
      }
      return { text: task.nextAction, stepId, taskId: task.id, kind: 'do' }
    }
  }
  return { text: 'Anslutningen är klar – alla fem steg är genomförda', stepId: null, kind: 'done' }
}
