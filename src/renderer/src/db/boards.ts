import { db } from './database'
import { newId, nowIso } from './ids'
import type { BoardRecord } from './types'

export async function listBoards(includeArchived = false): Promise<BoardRecord[]> {
  const all = await db().boards.toArray()
  return all
    .filter((b) => includeArchived || !b.archived)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export async function createBoard(name: string): Promise<BoardRecord> {
  const now = nowIso()
  const board: BoardRecord = { id: newId(), name: name.trim(), archived: false, createdAt: now, updatedAt: now, connection: {} }
  await db().boards.add(board)
  return board
}

export async function getBoard(id: string): Promise<BoardRecord | undefined> {
  return db().boards.get(id)
}

export async function updateBoard(id: string, changes: Partial<Omit<BoardRecord, 'id' | 'createdAt'>>): Promise<void> {
  await db().boards.update(id, { ...changes, updatedAt: nowIso() })
}
