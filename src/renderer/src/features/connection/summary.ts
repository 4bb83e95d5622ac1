import { deriveBoardState, type BoardState, type RecordedBoard } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { FkEvent } from '@renderer/domain/connection/fkEvents'
import { emptyConnectionState, type ConnectionState, type TaskState } from '@renderer/domain/connection/types'
import type { BoardAgreement } from '@renderer/db/connection'
import type { BoardOverview } from '@renderer/db/boardOverview'
import type { BoardRecord } from '@renderer/db/types'
import { fkHandlingText, forecastShortText, nextActionText, placeText } from '@renderer/i18n/connectionState'
import { terminationOf } from '@renderer/domain/goLive/termination'
import type { GoLiveEvent } from '@renderer/domain/goLive/types'

/** What the screens show about one board: the one derived state and its Swedish wording. */
export type BoardSummary = { state: BoardState; placeText: string; nextText: string; forecastText: string; fkText: string }

export function recordedBoard(
  states: TaskState[],
  connection: ConnectionState,
  contacts: BoardAgreement | undefined,
  events: readonly FkEvent[] = [],
  goLive: readonly GoLiveEvent[] = []
): RecordedBoard {
  const named = (c: BoardAgreement['adminContact']) => Boolean(c?.name?.trim() && c?.email?.trim())
  const terminated = terminationOf(goLive)
  return {
    tasks: states,
    connection,
    contactsNamed: named(contacts?.adminContact),
    agreementSigned: Boolean(contacts?.signed),
    events,
    ...(terminated ? { terminated: { date: terminated.date } } : {})
  }
}

export function summarize(content: ChecklistContent, recorded: RecordedBoard, today: string): BoardSummary {
  const state = deriveBoardState(content, recorded, today)
  return {
    state,
    placeText: placeText(content, state),
    nextText: nextActionText(content, state.nextAction),
    forecastText: forecastShortText(state.forecast),
    fkText: fkHandlingText(state.fk)
  }
}

export type BoardRow = { board: BoardRecord; summary: BoardSummary }

/** Every active board of the overview with its summary, oldest first: the board list and the sidebar read the same. */
export function summarizeActiveBoards(overview: BoardOverview, content: ChecklistContent, today: string): BoardRow[] {
  return overview.boards
    .filter((board) => !board.archived)
    .map((board) => {
      const data = overview.byBoard.get(board.id)
      const recorded = recordedBoard(
        data?.states ?? [],
        data?.connection ?? emptyConnectionState(),
        data?.contacts,
        data?.events,
        data?.goLive
      )
      return { board, summary: summarize(content, recorded, today) }
    })
}
