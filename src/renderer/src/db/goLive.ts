/**
 * Storage for life after go-live (table `goLiveEvents`, schema version 17): one row per recorded
 * event of a board. Rows are only ever added. A change is planned by a pure function from the
 * board and its events as they stand inside the transaction, so two windows can never record
 * against a history the other has already changed.
 */
import type { GoLiveEvent } from '@renderer/domain/goLive/types'
import { isWellFormedGoLiveEvent } from '@renderer/domain/records/recordShapes'
import { BoardMissingError } from './connection'
import { keepWellFormed } from './damagedRecords'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { BoardRecord } from './types'

type WithoutStored<T> = T extends unknown ? Omit<T, 'id' | 'boardId' | 'recordedAt'> : never
/** An event as a plan adds it: the id, board and time of recording are filled in here. */
export type NewGoLiveEvent = WithoutStored<GoLiveEvent>

const table = () => db().table<GoLiveEvent, string>('goLiveEvents')

function readEvents(rows: readonly unknown[]): GoLiveEvent[] {
  // A damaged row is skipped (and noted) so the rest of the history still shows.
  return keepWellFormed<GoLiveEvent>('goLiveEvents', rows, isWellFormedGoLiveEvent, (r) => (r as { id?: unknown })?.id)
}

/** The board's after-go-live events, in the order they were recorded. */
export async function listGoLiveEvents(boardId: string): Promise<GoLiveEvent[]> {
  const rows = await table().where('boardId').equals(boardId).toArray()
  return readEvents(rows).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id))
}

/** What a plan decides: nothing (with its result, e.g. the problems found), or rows to add and perhaps a new board name. */
export type GoLivePlan<R> = { write: false; result: R } | { write: true; add: NewGoLiveEvent[]; rename?: string; result: R }

/**
 * Reads the board and its events, lets `plan` decide, and writes what it decided – all in one
 * transaction. Throws BoardMissingError when the board is gone.
 */
export async function changeGoLive<R>(
  boardId: string,
  plan: (current: { board: BoardRecord; events: GoLiveEvent[] }) => GoLivePlan<R>
): Promise<{ result: R; added: GoLiveEvent[] }> {
  const d = db()
  return d.transaction('rw', [d.boards, table()], async () => {
    const board = await d.boards.get(boardId)
    if (!board) throw new BoardMissingError()
    const events = readEvents(await table().where('boardId').equals(boardId).toArray())
    const decided = plan({ board, events })
    if (!decided.write) return { result: decided.result, added: [] }
    const recordedAt = nowIso()
    const added = decided.add.map((e) => ({ ...e, id: newId(), boardId, recordedAt }))
    await table().bulkAdd(added)
    if (decided.rename !== undefined) await d.boards.update(boardId, { name: decided.rename, updatedAt: recordedAt })
    return { result: decided.result, added }
  })
}
