import type { TaskState } from '@renderer/domain/connection/types'
import { boardOverviewFrom, type BoardOverview } from './boardOverview'
import { db } from './database'

/** The board list's data in one read transaction (after start-up, or when the start-up read was not possible). */
export async function readBoardOverviewFromDatabase(): Promise<BoardOverview> {
  const d = db()
  const tables = [d.table('boards'), d.table<TaskState>('taskStates'), d.table('agreementDrafts'), d.table('goLiveEvents')] as const
  const [boards, states, drafts, goLive] = tables
  return d.transaction('r', [...tables], async () => {
    const [b, s, a, g] = await Promise.all([boards.toArray(), states.toArray(), drafts.toArray(), goLive.toArray()])
    return boardOverviewFrom(b, s, a, g)
  })
}
