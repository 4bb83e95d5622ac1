import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { StepProgress } from '@renderer/domain/connection/progress'
import { cx } from '@renderer/i18n/connection'
import { routeHref } from '@renderer/store/ui'

export function StepOverview({ content, progress, boardId }: { content: ChecklistContent; progress: StepProgress[]; boardId: string }) {
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{cx.stepsHeading}</h2>
      <ol className="step-list">
        {content.steps.map((step, i) => {
          const p = progress[i]!
          return (
            <li key={step.id}>
              <a className="step-link" href={routeHref('anslutning', boardId, step.id)}>
                {cx.openStep(step.number, step.title)}
              </a>
              <span className={`badge ${p.done ? 'ok' : p.started ? 'warn' : 'muted'}`}>{p.done ? cx.stepDone : p.started ? cx.stepStarted : cx.stepNotStarted}</span>
              <span>{cx.stepTasks(p.finished, p.total)}</span>
              {step.agreementProcess && <span className="hint">{cx.stepWithFk}</span>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
