import { isWellFormedBoard, isWellFormedGoLiveEvent } from '@renderer/domain/records/recordShapes'
import { readFkEvents, type FkEvent } from '@renderer/domain/connection/fkEvents'
import type { GoLiveEvent } from '@renderer/domain/goLive/types'
import { normalizeConnectionState } from '@renderer/domain/connection/state'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import type { Contact } from '@renderer/domain/agreement/types'
import { keepWellFormed, noteDamagedRecord } from './damagedRecords'
import type { BoardRecord } from './types'

export type AgreementContacts = { adminContact?: Partial<Contact>; technicalContact?: Partial<Contact> }

export type BoardOverviewEntry = {
  states: TaskState[]
  connection: ConnectionState
  contacts: AgreementContacts | undefined
  /** FK's handling events and the after-go-live events: the board list shows the same state as the board page. */
  events: FkEvent[]
  goLive: GoLiveEvent[]
}

/** Every board (archived too, oldest first) with what the board list shows about it. */
export type BoardOverview = { boards: BoardRecord[]; byBoard: Map<string, BoardOverviewEntry> }

type DraftLike = { boardId?: unknown; updatedAt?: unknown; data?: unknown }

/**
 * The board list's data from the stored records of four tables, read in one transaction either
 * with the database library or, at start-up, without it (firstView.ts). A damaged board is skipped
 * and noted, as listBoards does.
 */
export function boardOverviewFrom(
  boardRows: readonly unknown[],
  taskStates: readonly TaskState[],
  drafts: readonly unknown[],
  goLiveRows: readonly unknown[] = []
): BoardOverview {
  const boards = keepWellFormed<BoardRecord>('boards', boardRows, isWellFormedBoard, (b) => (b as { id?: unknown })?.id).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt)
  )
  const byBoard = new Map<string, BoardOverviewEntry>()
  for (const board of boards) {
    const { events, damaged } = readFkEvents(board.fkEvents)
    if (damaged.length) noteDamagedRecord('boards', `${board.id}/fkEvents`)
    byBoard.set(board.id, { states: [], connection: normalizeConnectionState(board.connection), contacts: undefined, events, goLive: [] })
  }
  const goLive = keepWellFormed<GoLiveEvent>('goLiveEvents', goLiveRows, isWellFormedGoLiveEvent, (r) => (r as { id?: unknown })?.id)
  for (const event of goLive) byBoard.get(event.boardId)?.goLive.push(event)
  for (const entry of byBoard.values()) entry.goLive.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id))
  for (const state of taskStates) byBoard.get(state.boardId)?.states.push(state)
  const latest = new Map<string, DraftLike>()
  for (const draft of drafts as readonly (DraftLike | null | undefined)[]) {
    if (!draft || typeof draft.boardId !== 'string') continue
    const before = latest.get(draft.boardId)
    const time = (d: DraftLike) => (typeof d.updatedAt === 'string' ? d.updatedAt : '')
    if (!before || time(draft).localeCompare(time(before)) > 0) latest.set(draft.boardId, draft)
  }
  for (const [boardId, draft] of latest) {
    const entry = byBoard.get(boardId)
    if (!entry) continue
    const data = (draft.data ?? {}) as AgreementContacts
    entry.contacts = { adminContact: data.adminContact, technicalContact: data.technicalContact }
  }
  return { boards, byBoard }
}
