import { lazy, Suspense } from 'react'
import type { AreaProps } from '@renderer/ui/areaProps'
import { cx } from '@renderer/i18n/connection'
import { applyToChecklist } from '@renderer/domain/content/edits'
import { loadChecklist } from './content'
import { useContentEdits } from './useContentEdits'
import { BoardList } from './BoardList'
import { AFTER_GO_LIVE_SEGMENT } from './goLiveSegment'
import './connection.css'

// The list of boards is the first screen; a board's and a step's pages (forms, autosave, PDFs)
// load when opened, so nothing the first screen does not show is loaded before it.
const BoardPage = lazy(() => import('./BoardPage').then((m) => ({ default: m.BoardPage })))
const StepPage = lazy(() => import('./StepPage').then((m) => ({ default: m.StepPage })))
const AfterGoLivePage = lazy(() => import('./AfterGoLivePage').then((m) => ({ default: m.AfterGoLivePage })))

/** Route: #/anslutning (all boards), #/anslutning/<boardId>, #/anslutning/<boardId>/<stepId>. */
export default function ConnectionArea({ params }: AreaProps) {
  const content = loadChecklist()
  const edits = useContentEdits()
  if (!content.ok) {
    return (
      <section aria-labelledby="connection-title">
        <h1 id="connection-title">{cx.homeTitle}</h1>
        <p className="notice danger" role="alert">
          {content.message}
        </p>
      </section>
    )
  }
  if (!edits) return <p className="loading">{cx.loadingContent}</p>
  // The municipality's own content: edited tasks, own tasks, tasks that do not apply.
  const checklist = applyToChecklist(content.value, edits)
  const [boardId, stepId] = params
  if (!boardId) return <BoardList content={checklist} />
  return (
    <Suspense fallback={<p className="loading">{cx.loadingContent}</p>}>
      {stepId === AFTER_GO_LIVE_SEGMENT ? (
        <AfterGoLivePage key={`${boardId}/${stepId}`} content={checklist} boardId={boardId} />
      ) : stepId ? (
        <StepPage key={`${boardId}/${stepId}`} content={checklist} boardId={boardId} stepId={stepId} />
      ) : (
        <BoardPage key={boardId} content={checklist} boardId={boardId} />
      )}
    </Suspense>
  )
}
