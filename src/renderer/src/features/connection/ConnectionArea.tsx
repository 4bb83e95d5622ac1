import type { AreaProps } from '@renderer/ui/areaProps'
import { cx } from '@renderer/i18n/connection'
import { applyToChecklist } from '@renderer/domain/content/edits'
import { loadChecklist } from './content'
import { useContentEdits } from './useContentEdits'
import { BoardList } from './BoardList'
import { BoardPage } from './BoardPage'
import { StepPage } from './StepPage'
import { AfterGoLivePage } from './AfterGoLivePage'
import { AFTER_GO_LIVE_SEGMENT } from './goLiveActions'
import './connection.css'

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
  // The municipality's own content (issue 15): edited tasks, own tasks, tasks that do not apply.
  const checklist = applyToChecklist(content.value, edits)
  const [boardId, stepId] = params
  if (!boardId) return <BoardList content={checklist} />
  if (stepId === AFTER_GO_LIVE_SEGMENT) return <AfterGoLivePage key={`${boardId}/${stepId}`} content={checklist} boardId={boardId} />
  if (stepId) return <StepPage key={`${boardId}/${stepId}`} content={checklist} boardId={boardId} stepId={stepId} />
  return <BoardPage key={boardId} content={checklist} boardId={boardId} />
}
