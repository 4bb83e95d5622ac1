import { isWellFormedBoard } from '@renderer/domain/records/recordShapes'
import { keepWellFormed, noteDamagedRecord } from './damagedRecords'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { BoardRecord } from './types'

export async function listBoards(includeArchived = false): Promise<BoardRecord[]> {
  // A damaged board is skipped (and noted) so the others still show.
  const all = keepWellFormed<BoardRecord>('boards', await db().boards.toArray(), isWellFormedBoard, (b) => (b as { id?: unknown })?.id)
  return all.filter((b) => includeArchived || !b.archived).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export async function createBoard(name: string): Promise<BoardRecord> {
  const now = nowIso()
  const board: BoardRecord = { id: newId(), name: name.trim(), archived: false, createdAt: now, updatedAt: now, connection: {} }
  await db().boards.add(board)
  return board
}

export async function getBoard(id: string): Promise<BoardRecord | undefined> {
  const board = await db().boards.get(id)
  if (board === undefined || isWellFormedBoard(board)) return board
  noteDamagedRecord('boards', id)
  return undefined
}

export async function updateBoard(id: string, changes: Partial<Omit<BoardRecord, 'id' | 'createdAt'>>): Promise<void> {
  await db().boards.update(id, { ...changes, updatedAt: nowIso() })
}

/** Names must be non-empty; the message is shown beside the field. */
export function validateBoardName(name: string): string | null {
  const trimmed = name.trim()
  if (!trimmed) return 'Ange nämndens namn.'
  if (trimmed.length > 120) return 'Namnet får vara högst 120 tecken.'
  return null
}

export async function renameBoard(id: string, name: string): Promise<void> {
  const problem = validateBoardName(name)
  if (problem) throw new RangeError(problem)
  await updateBoard(id, { name: name.trim() })
}

/** Archiving hides a board from the home screen; nothing is deleted and it can be restored. */
export async function setBoardArchived(id: string, archived: boolean): Promise<void> {
  await updateBoard(id, { archived })
}
