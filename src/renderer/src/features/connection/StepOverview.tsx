import type { BoardState, StepStatus } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { cx } from '@renderer/i18n/connection'
import { fkHandlingText, stepItemsText, stepStatusLabel } from '@renderer/i18n/connectionState'
import { routeHref } from '@renderer/store/ui'

const BADGE: Record<StepStatus, string> = { done: 'ok', 'in-progress': 'warn', waiting: 'warn', 'not-started': 'muted' }

export function StatusBadge({ status }: { status: StepStatus }) {
  return <span className={`badge ${BADGE[status]}`}>{stepStatusLabel[status]}</span>
}

export function StepOverview({ content, state, boardId }: { content: ChecklistContent; state: BoardState; boardId: string }) {
  const fkText = fkHandlingText(state.fk)
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{cx.stepsHeading}</h2>
      <ol className="step-list">
        {content.steps.map((step, i) => {
          const p = state.stepStatuses[i]!
          return (
            <li key={step.id} data-testid={`step-overview-${step.id}`}>
              <a className="step-link" href={routeHref('anslutning', boardId, step.id)}>
                {cx.openStep(step.number, step.title)}
              </a>
              <StatusBadge status={p.status} />
              <span>{stepItemsText(p.finished, p.total)}</span>
              {step.agreementProcess && <span className="hint">{cx.stepWithFk}</span>}
              {step.agreementProcess && fkText && (
                <span className="hint" data-testid="step-overview-fk">
                  {fkText}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
