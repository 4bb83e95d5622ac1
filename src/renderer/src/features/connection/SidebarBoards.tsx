import { Fragment, useEffect, useRef, useState } from 'react'
import { CircleCheck, CircleDashed, CircleDot, Hourglass, Landmark } from 'lucide-react'
import { onStorageChange } from '@renderer/db/changes'
import { peekBoardOverview, peekContentEdits, readBoardOverview, readContentEdits } from '@renderer/db/firstView'
import type { StepStatus } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { applyToChecklist, type ContentEdit } from '@renderer/domain/content/edits'
import { compoundPieces } from '@renderer/domain/text/compoundBreaks'
import type { BoardOverview } from '@renderer/db/boardOverview'
import { sidebarText as t } from '@renderer/i18n/connection'
import { stepStatusLabel } from '@renderer/i18n/connectionState'
import { routeHref, useUi } from '@renderer/store/ui'
import type { SidebarIcon } from '@renderer/ui/Sidebar'
import { loadChecklist } from './content'
import { summarizeActiveBoards, type BoardRow } from './summary'
import { useToday } from './useToday'

const STATUS_ICON: Record<StepStatus, SidebarIcon> = {
  done: CircleCheck,
  'in-progress': CircleDot,
  waiting: Hourglass,
  'not-started': CircleDashed
}

type Loaded = { content: ChecklistContent; boards: BoardRow[] }

/**
 * The sidebar shows at start-up, so it reads what the board list reads (db/firstView: the start-up
 * transaction while it is current) and never loads the database library itself. The same overview
 * and the same summaries as the board list: the two can never disagree.
 */
async function loadSidebar(today: string): Promise<Loaded | null> {
  const [edits, overview] = await Promise.all([readContentEdits().catch(() => []), readBoardOverview()])
  return sidebarOf(edits, overview, today)
}

function sidebarOf(edits: ContentEdit[], overview: BoardOverview, today: string): Loaded | null {
  const shipped = loadChecklist()
  if (!shipped.ok) return null
  const content = applyToChecklist(shipped.value, edits)
  return { content, boards: summarizeActiveBoards(overview, content, today) }
}

/** At start-up, what the start-up read holds: the sidebar's first render already lists the boards. */
function sidebarAtStart(today: string): Loaded | null {
  const edits = peekContentEdits()
  const overview = peekBoardOverview()
  return edits && overview ? sidebarOf(edits, overview, today) : null
}

/**
 * The sidebar's part about the connection: every active board, and under the board you are working
 * on its five steps with their status. The status is the one `deriveBoardState` gives (through
 * `summarize`), the same the board's pages show. Re-read after every change to the database.
 */
export default function SidebarBoards() {
  const route = useUi((s) => s.route)
  const today = useToday()
  const [loaded, setLoaded] = useState<Loaded | null>(() => sidebarAtStart(today))
  // Filled from the start-up read: reading again at mount would return the same and render twice.
  const usedStartRead = useRef(loaded !== null)

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = () =>
      void loadSidebar(today).then(
        (l) => live && setLoaded(l),
        () => undefined
      )
    if (usedStartRead.current) usedStartRead.current = false
    else read()
    const stop = onStorageChange(() => {
      clearTimeout(timer)
      timer = setTimeout(read, 250)
    })
    return () => {
      live = false
      clearTimeout(timer)
      stop()
    }
  }, [today])

  if (!loaded || loaded.boards.length === 0) return null
  const currentId = route.area === 'anslutning' ? route.params[0] : undefined
  const currentStep = route.area === 'anslutning' ? route.params[1] : undefined
  return (
    <nav className="sidebar-boards" aria-labelledby="sidebar-boards-title">
      <p className="sidebar-heading" id="sidebar-boards-title">
        <span className="visually-hidden">{t.label}: </span>
        {t.boardsHeading}
      </p>
      <ul>
        {loaded.boards.map(({ board, summary }) => {
          const current = board.id === currentId
          const { stepsDone } = summary.state.progress
          return (
            <li key={board.id} className={current ? 'is-current' : undefined}>
              <a
                className="sidebar-board"
                href={routeHref('anslutning', board.id)}
                aria-current={current && !currentStep ? 'true' : undefined}
              >
                <Landmark className="icon" aria-hidden="true" size={16} />
                <span className="sidebar-board-text">
                  <span className="sidebar-board-name">
                    {compoundPieces(board.name).map((piece, i) => (
                      <Fragment key={i}>
                        {i > 0 && <wbr />}
                        {piece}
                      </Fragment>
                    ))}
                  </span>
                  <span className="sidebar-sub">{t.stepsDone(stepsDone, summary.state.stepStatuses.length)}</span>
                </span>
              </a>
              {current && (
                <ol className="sidebar-steps" aria-label={t.stepsOf(board.name)}>
                  {loaded.content.steps.map((step, i) => {
                    const status = summary.state.stepStatuses[i]?.status ?? 'not-started'
                    const Icon = STATUS_ICON[status]
                    return (
                      <li key={step.id}>
                        <a
                          href={routeHref('anslutning', board.id, step.id)}
                          aria-current={step.id === currentStep ? 'step' : undefined}
                          className={`sidebar-step status-${status}`}
                        >
                          <Icon className="icon" aria-hidden="true" size={16} />
                          <span className="sidebar-step-text">
                            <span>{t.stepLink(step.number, step.title)}</span>
                            <span className="sidebar-sub">{stepStatusLabel[status]}</span>
                          </span>
                        </a>
                      </li>
                    )
                  })}
                </ol>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
