import { db } from './database'
import { newId, nowIso } from './ids'
import type { BoardRecord, MunicipalityProfile } from './types'

/** The first-run answers are stored together or not at all. */
export async function completeFirstRun(
  municipality: { code: string; name: string; officialName: string },
  boardName: string
): Promise<{ profile: MunicipalityProfile; board: BoardRecord }> {
  const now = nowIso()
  const profile: MunicipalityProfile = { ...municipality, createdAt: now, updatedAt: now }
  const board: BoardRecord = { id: newId(), name: boardName.trim(), archived: false, createdAt: now, updatedAt: now, connection: {} }
  const database = db()
  await database.transaction('rw', database.settings, database.boards, async () => {
    await database.settings.put({ key: 'profile', value: profile })
    await database.boards.add(board)
  })
  return { profile, board }
}
