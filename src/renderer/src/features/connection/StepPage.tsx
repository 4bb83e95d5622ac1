import type { ChecklistContent } from '@renderer/domain/connection/content'
import { cx } from '@renderer/i18n/connection'
import { routeHref } from '@renderer/store/ui'
import { AgreementPanel } from './AgreementPanel'
import { BoardStatusMessage } from './BoardPage'
import { ConsentPanel } from './ConsentPanel'
import { recordedOf, useBoardData, type BoardData } from './data'
import { FkHandlingPanel } from './FkHandlingPanel'
import { DecisionPanel } from './DecisionPanel'
import { ForecastPanel } from './ForecastPanel'
import { summarize } from './summary'
import { stepItemsText } from '@renderer/i18n/connectionState'
import { StatusBadge } from './StepOverview'
import { TaskCard } from './TaskCard'
import { StatementView } from '../content/StatementView'
import { PageHeader } from '@renderer/ui/PageHeader'
import { useToday } from './useToday'

export function StepPage({ content, boardId, stepId }: { content: ChecklistContent; boardId: string; stepId: string }) {
  const { load, reload } = useBoardData(boardId)
  if (load.status !== 'ready')
    return <BoardStatusMessage status={load.status} message={load.status === 'failed' ? load.message : undefined} />
  const index = content.steps.findIndex((s) => s.id === stepId)
  if (index < 0) return <BoardStatusMessage status="failed" message={`Steget ”${stepId}” finns inte.`} />
  return <StepView content={content} data={load.data} index={index} reload={reload} />
}

function StepView({
  content,
  data,
  index,
  reload
}: {
  content: ChecklistContent
  data: BoardData
  index: number
  reload: () => Promise<void>
}) {
  const today = useToday()
  const step = content.steps[index]!
  const { board } = data
  const summary = summarize(content, recordedOf(data), today)
  const progress = summary.state.stepStatuses[index]!
  const onChanged = () => void reload()
  const prev = content.steps[index - 1]
  const next = content.steps[index + 1]
  return (
    <section aria-labelledby="step-title">
      <PageHeader
        titleId="step-title"
        title={
          <>
            {cx.openStep(step.number, step.title)} <span className="visually-hidden">–</span> <small>{board.name}</small>
          </>
        }
        breadcrumb={
          <>
            <a href={routeHref('anslutning')}>{cx.backToHome}</a> › <a href={routeHref('anslutning', board.id)}>{board.name}</a>
          </>
        }
        status={
          <p role="status" data-testid="step-status">
            <StatusBadge status={progress.status} /> {stepItemsText(progress.finished, progress.total)}
          </p>
        }
        action={
          summary.state.nextAction.stepId === step.id && (
            <p className="notice" data-testid="step-next-action">
              <strong>{cx.nextActionHeading}:</strong> {summary.nextText}
            </p>
          )
        }
      />
      <StatementView statement={step.summary} />
      <StatementView statement={content.processSource} className="hint" />
      {step.agreementProcess && summary.fkText && (
        <p data-testid="step-fk">
          <strong>{cx.fkHandlingShort}:</strong> {summary.fkText}
        </p>
      )}
      {step.id === 'fatta-beslut' && <DecisionPanel boardId={board.id} decision={data.connection.decision} onChanged={onChanged} />}
      {step.agreementProcess && (
        <>
          <AgreementPanel
            boardId={board.id}
            content={content}
            agreement={data.connection.agreement}
            contacts={data.contacts}
            registeredDate={summary.state.fk.registeredDate}
            onChanged={onChanged}
          />
          <FkHandlingPanel
            boardId={board.id}
            content={content}
            events={data.events}
            contacts={data.contacts}
            fk={summary.state.fk}
            today={today}
            onChanged={onChanged}
          />
          <ConsentPanel boardId={board.id} consent={data.connection.consent} onChanged={onChanged} />
          <ForecastPanel forecast={summary.state.forecast} today={today} content={content} />
        </>
      )}
      <h2>{cx.tasksHeading}</h2>
      {step.tasks.map((task) => (
        <TaskCard
          key={task.id}
          boardId={board.id}
          task={task}
          state={data.states.find((s) => s.taskId === task.id)}
          recordedDone={progress.items.find((i) => i.id === task.id)?.recorded === true}
          attachments={data.attachments}
          onChanged={onChanged}
        />
      ))}
      {step.id === 'stam-av' && <ConsentPanel boardId={board.id} consent={data.connection.consent} onChanged={onChanged} />}
      <nav className="step-nav" aria-label="Stegen">
        {prev ? <a href={routeHref('anslutning', board.id, prev.id)}>{cx.previousStep(prev.number, prev.title)}</a> : <span />}
        {next ? (
          <a href={routeHref('anslutning', board.id, next.id)}>{cx.nextStep(next.number, next.title)}</a>
        ) : (
          <a href={routeHref('anslutning', board.id)}>{board.name}: översikt</a>
        )}
      </nav>
    </section>
  )
}
