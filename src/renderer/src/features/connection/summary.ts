import { deriveBoardState, type BoardState, type RecordedBoard } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { FkEvent } from '@renderer/domain/connection/fkEvents'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import type { AgreementContacts } from '@renderer/db/connection'
import { fkHandlingText, forecastShortText, nextActionText, placeText } from '@renderer/i18n/connectionState'
import { terminationOf } from '@renderer/domain/goLive/rules'
import type { GoLiveEvent } from '@renderer/domain/goLive/types'

/** What the screens show about one board: the one derived state and its Swedish wording. */
export type BoardSummary = { state: BoardState; placeText: string; nextText: string; forecastText: string; fkText: string }

export function recordedBoard(
  states: TaskState[],
  connection: ConnectionState,
  contacts: AgreementContacts | undefined,
  events: readonly FkEvent[] = [],
  goLive: readonly GoLiveEvent[] = []
): RecordedBoard {
  const named = (c: AgreementContacts['adminContact']) => Boolean(c?.name?.trim() && c?.email?.trim())
  const terminated = terminationOf(goLive)
  return {
    tasks: states,
    connection,
    contactsNamed: named(contacts?.adminContact),
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
