import { useEffect, useState, type FormEvent } from 'react'
import { renameBoard, setBoardArchived, validateBoardName } from '@renderer/db/boards'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { cx } from '@renderer/i18n/connection'
import { navigate, routeHref, useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { PageHeader } from '@renderer/ui/PageHeader'
import { recordedOf, useBoardData, type BoardData } from './data'
import { BoardTimeline } from './BoardTimeline'
import { ForecastPanel } from './ForecastPanel'
import { AfterGoLiveSection } from './AfterGoLiveSection'
import { PrintChecklistButton } from './PrintChecklistButton'
import { StepOverview } from './StepOverview'
import { summarize } from './summary'
import { warningText } from '@renderer/i18n/connectionState'
import UsageRules from './UsageRules'
import { useToday } from './useToday'

export function BoardStatusMessage({ status, message }: { status: 'loading' | 'missing' | 'failed'; message?: string }) {
  if (status === 'loading') return <p className="loading">Laddar…</p>
  return (
    <section aria-labelledby="connection-title">
      <h1 id="connection-title">{cx.homeTitle}</h1>
      <p className="notice danger" role="alert">
        {status === 'missing' ? cx.boardMissing : message}
      </p>
      <p>
        <a href={routeHref('anslutning')}>{cx.backToHome}</a>
      </p>
    </section>
  )
}

export function BoardPage({ content, boardId }: { content: ChecklistContent; boardId: string }) {
  const { load, reload } = useBoardData(boardId)
  if (load.status !== 'ready')
    return <BoardStatusMessage status={load.status} message={load.status === 'failed' ? load.message : undefined} />
  return <BoardOverview content={content} data={load.data} reload={reload} />
}

function BoardOverview({ content, data, reload }: { content: ChecklistContent; data: BoardData; reload: () => Promise<void> }) {
  const today = useToday()
  const announce = useUi((s) => s.announce)
  const { board } = data
  const summary = summarize(content, recordedOf(data), today)
  const [name, setName] = useState(board.name)
  const [nameError, setNameError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  useEffect(() => setName(board.name), [board.name])

  async function onRename(event: FormEvent) {
    event.preventDefault()
    const problem = validateBoardName(name)
    setNameError(problem)
    if (problem) return
    await renameBoard(board.id, name)
    setMessage(cx.renamed)
    announce(cx.renamed)
    await reload()
  }

  async function onArchive() {
    if (!window.confirm(cx.archiveConfirm(board.name))) return
    await setBoardArchived(board.id, true)
    announce(cx.archived(board.name))
    navigate('anslutning')
  }

  const next = summary.state.nextAction
  return (
    <section aria-labelledby="board-title">
      <PageHeader
        titleId="board-title"
        title={board.name}
        breadcrumb={<a href={routeHref('anslutning')}>{cx.backToHome}</a>}
        status={
          <>
            <p>
              <strong>{cx.colStatus}:</strong> <span data-testid="board-place">{summary.placeText}</span>
            </p>
            {summary.fkText && (
              <p data-testid="board-fk">
                <strong>{cx.fkHandlingShort}:</strong> {summary.fkText}
              </p>
            )}
          </>
        }
        action={
          <div
            className={`notice ${next.kind === 'attention' ? 'danger' : next.kind === 'done' ? 'ok' : next.kind === 'waiting' ? 'warn' : ''}`}
          >
            <h2>{cx.nextActionHeading}</h2>
            <p className="next-action" data-testid="board-next-action">
              {summary.nextText}
            </p>
            {next.stepId && (
              <p>
                <a href={routeHref('anslutning', board.id, next.stepId)}>
                  {cx.openStep(
                    content.steps.find((s) => s.id === next.stepId)!.number,
                    content.steps.find((s) => s.id === next.stepId)!.title
                  )}
                </a>
              </p>
            )}
          </div>
        }
      />
      {summary.state.warnings.length > 0 && (
        <ul className="notice warn" data-testid="board-warnings" aria-label="Att tänka på">
          {summary.state.warnings.map((w) => (
            <li key={w.code}>{warningText(w)}</li>
          ))}
        </ul>
      )}
      <StepOverview content={content} state={summary.state} boardId={board.id} />
      <BoardTimeline content={content} state={summary.state} connection={data.connection} events={data.events} today={today} />
      <AfterGoLiveSection data={data} state={summary.state} today={today} />
      <ForecastPanel forecast={summary.state.forecast} today={today} content={content} />
      <div className="actions">
        <PrintChecklistButton content={content} data={data} />
      </div>
      <UsageRules />
      <form onSubmit={onRename} noValidate className="card">
        <h2>{cx.renameHeading}</h2>
        <Field label={cx.renameLabel} error={nameError} required>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
        <div className="actions">
          <button type="submit">{cx.renameButton}</button>
          <button type="button" className="secondary" onClick={() => void onArchive()}>
            {cx.archiveButton}
          </button>
        </div>
        <p role="status">{message}</p>
      </form>
    </section>
  )
}
