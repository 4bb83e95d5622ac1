import type { AreaProps } from '@renderer/ui/areaProps'
import { cx } from '@renderer/i18n/connection'
import { loadChecklist } from './content'
import { BoardList } from './BoardList'
import { BoardPage } from './BoardPage'
import { StepPage } from './StepPage'
import './connection.css'

/** Route: #/anslutning (all boards), #/anslutning/<boardId>, #/anslutning/<boardId>/<stepId>. */
export default function ConnectionArea({ params }: AreaProps) {
  const content = loadChecklist()
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
  const [boardId, stepId] = params
  if (!boardId) return <BoardList content={content.value} />
  if (stepId) return <StepPage key={`${boardId}/${stepId}`} content={content.value} boardId={boardId} stepId={stepId} />
  return <BoardPage key={boardId} content={content.value} boardId={boardId} />
}
