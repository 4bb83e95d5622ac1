import { isWellFormedBoard, isWellFormedGoLiveEvent } from '@renderer/domain/records/recordShapes'
import { readFkEvents, type FkEvent } from '@renderer/domain/connection/fkEvents'
import type { GoLiveEvent } from '@renderer/domain/goLive/types'
import { normalizeConnectionState } from '@renderer/domain/connection/state'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import type { AgreementInput, Contact } from '@renderer/domain/agreement/types'
import { isSigned } from '@renderer/domain/agreement/signed'
import { keepWellFormed, noteDamagedRecord } from './damagedRecords'
import type { BoardRecord } from './types'

/**
 * What the connection screens read from a board's agreement drafts: the contacts of the most
 * recently edited draft, and whether any draft has been signed by every one of its signatories.
 */
export type BoardAgreement = { adminContact?: Partial<Contact>; technicalContact?: Partial<Contact>; signed: boolean }

/** The board's agreement from its stored drafts (any order; damaged ones count for nothing), or undefined when it has none. */
export function boardAgreementFrom(drafts: readonly unknown[]): BoardAgreement | undefined {
  let latest: DraftLike | undefined
  let signed = false
  const time = (d: DraftLike) => (typeof d.updatedAt === 'string' ? d.updatedAt : '')
  for (const draft of drafts as readonly (DraftLike | null | undefined)[]) {
    if (!draft) continue
    if (!latest || time(draft).localeCompare(time(latest)) > 0) latest = draft
    signed ||= signedByAll(draft.data)
  }
  if (!latest) return undefined
  const data = (latest.data ?? {}) as Partial<Pick<BoardAgreement, 'adminContact' | 'technicalContact'>>
  return { adminContact: data.adminContact, technicalContact: data.technicalContact, signed }
}

function signedByAll(data: unknown): boolean {
  const signatories = (data as { signatories?: unknown } | null | undefined)?.signatories
  return Array.isArray(signatories) && isSigned({ signatories: signatories as AgreementInput['signatories'] })
}

export type BoardOverviewEntry = {
  states: TaskState[]
  connection: ConnectionState
  contacts: BoardAgreement | undefined
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
  const draftsByBoard = new Map<string, unknown[]>()
  for (const draft of drafts as readonly (DraftLike | null | undefined)[]) {
    if (!draft || typeof draft.boardId !== 'string') continue
    const list = draftsByBoard.get(draft.boardId) ?? []
    list.push(draft)
    draftsByBoard.set(draft.boardId, list)
  }
  for (const [boardId, list] of draftsByBoard) {
    const entry = byBoard.get(boardId)
    if (entry) entry.contacts = boardAgreementFrom(list)
  }
  return { boards, byBoard }
}
