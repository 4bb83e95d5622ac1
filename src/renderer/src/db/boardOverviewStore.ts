import type { TaskState } from '@renderer/domain/connection/types'
import { boardOverviewFrom, type BoardOverview } from './boardOverview'
import { db } from './database'

/** The board list's data in one read transaction (after start-up, or when the start-up read was not possible). */
export async function readBoardOverviewFromDatabase(): Promise<BoardOverview> {
  const d = db()
  const [boards, states, drafts] = [d.table('boards'), d.table<TaskState>('taskStates'), d.table('agreementDrafts')]
  return d.transaction('r', [boards, states, drafts], async () => {
    const [b, s, a] = await Promise.all([boards.toArray(), states.toArray(), drafts.toArray()])
    return boardOverviewFrom(b, s, a)
  })
}
