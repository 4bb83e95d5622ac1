import { useCallback, useEffect, useState } from 'react'
import type { RecordedBoard } from '@renderer/domain/connection/boardState'
import { recordedBoard } from './summary'
import { getBoard } from '@renderer/db/boards'
import {
  getBoardAgreement,
  getConnectionState,
  getFkEvents,
  listTaskAttachments,
  listTaskStates,
  type BoardAgreement,
  type AttachmentSummary
} from '@renderer/db/connection'
import type { BoardRecord } from '@renderer/db/types'
import type { FkEvent } from '@renderer/domain/connection/fkEvents'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import { listGoLiveEvents } from '@renderer/db/goLive'
import type { GoLiveEvent } from '@renderer/domain/goLive/types'

export type BoardData = {
  board: BoardRecord
  states: TaskState[]
  connection: ConnectionState
  attachments: AttachmentSummary[]
  contacts: BoardAgreement | undefined
  events: FkEvent[]
  /** After go-live: contacts, reorganisations, Allmänna villkor, termination. */
  goLive: GoLiveEvent[]
}

export type BoardLoad =
  { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; data: BoardData }

export async function loadBoardData(boardId: string): Promise<BoardData | null> {
  const board = await getBoard(boardId)
  if (!board) return null
  const [states, connection, attachments, contacts, events, goLive] = await Promise.all([
    listTaskStates(boardId),
    getConnectionState(boardId),
    listTaskAttachments(boardId),
    getBoardAgreement(boardId).catch(() => undefined),
    getFkEvents(boardId),
    listGoLiveEvents(boardId)
  ])
  return { board, states, connection, attachments, contacts, events, goLive }
}

/** Everything the derived state reads about the board (the one input of `summarize`). */
export const recordedOf = (data: BoardData): RecordedBoard =>
  recordedBoard(data.states, data.connection, data.contacts, data.events, data.goLive)

/** Loads one board's guide data; `reload` refreshes it after a change (forms keep their own state). */
export function useBoardData(boardId: string): { load: BoardLoad; reload: () => Promise<void> } {
  const [load, setLoad] = useState<BoardLoad>({ status: 'loading' })
  const reload = useCallback(async () => {
    try {
      const data = await loadBoardData(boardId)
      setLoad(data ? { status: 'ready', data } : { status: 'missing' })
    } catch (error) {
      setLoad({ status: 'failed', message: `Uppgifterna kunde inte läsas: ${(error as Error)?.message ?? ''}` })
    }
  }, [boardId])
  useEffect(() => {
    setLoad({ status: 'loading' })
    void reload()
  }, [reload])
  return { load, reload }
}
