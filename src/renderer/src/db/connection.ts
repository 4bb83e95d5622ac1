/**
 * Storage for the connection guide: per-board connection state (inside the board record), task
 * states (`taskStates`) and evidence attachments (`attachments`, ownerType 'task').
 *
 * Contract used by the agreement feature: `recordAgreementSent` and `getConnectionState`.
 */
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { sha256Hex } from '@renderer/base/sha256'
import { normalizeConnectionState } from '@renderer/domain/connection/state'
import { readFkEvents, type FkEvent } from '@renderer/domain/connection/fkEvents'
import { noteDamagedRecord } from './damagedRecords'
import type { AgreementProcess, Consent, ConnectionState, Decision, SendMethod, TaskState } from '@renderer/domain/connection/types'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { AgreementDraftRecord, AttachmentRecord, BoardRecord } from './types'
import { boardAgreementFrom, type BoardAgreement } from './boardOverview'

export type { ConnectionState } from '@renderer/domain/connection/types'

const taskStates = () => db().table<TaskState, [string, string]>('taskStates')
const attachments = () => db().table<AttachmentRecord, string>('attachments')

export class BoardMissingError extends Error {
  constructor() {
    super('Nämnden finns inte längre i appen.')
    this.name = 'BoardMissingError'
  }
}

/** The board's connection state, complete with defaults (never undefined parts). Throws BoardMissingError. */
export async function getConnectionState(boardId: string): Promise<ConnectionState> {
  const board = await db().boards.get(boardId)
  if (!board) throw new BoardMissingError()
  return normalizeConnectionState(board.connection)
}

/** Drops keys whose value is undefined, so a cleared field leaves no trace in the stored record. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)])
  ) as T
}

/** Changes the connection state in one transaction, so concurrent edits of different parts never lose each other. */
export async function updateConnectionState(
  boardId: string,
  change: (state: ConnectionState) => ConnectionState
): Promise<ConnectionState> {
  const database = db()
  return database.transaction('rw', database.boards, async () => {
    const board = await database.boards.get(boardId)
    if (!board) throw new BoardMissingError()
    const next = withoutUndefined(change(normalizeConnectionState(board.connection)))
    await database.boards.update(boardId, { connection: next as unknown as BoardRecord['connection'], updatedAt: nowIso() })
    return next
  })
}

/**
 * Records that the connection agreement was sent to Försäkringskassan (sub-step 2 of Teckna avtal).
 * Called by the agreement feature when the user marks the agreement as sent.
 */
export async function recordAgreementSent(
  boardId: string,
  sent: { date: string /* YYYY-MM-DD */; method: 'post' | 'e-post' }
): Promise<void> {
  if (!isValidIsoDate(sent?.date)) throw new RangeError(`Ogiltigt datum för när avtalet skickades: ${String(sent?.date)}`)
  if (sent.method !== 'post' && sent.method !== 'e-post') throw new RangeError(`Okänt sätt att skicka avtalet: ${String(sent.method)}`)
  const method: SendMethod = sent.method
  await updateConnectionState(boardId, (s) => ({ ...s, agreement: { ...s.agreement, sent: { date: sent.date, method } } }))
}

export async function saveAgreementProcess(boardId: string, agreement: AgreementProcess): Promise<void> {
  await updateConnectionState(boardId, (s) => ({ ...s, agreement }))
}

export async function saveDecision(boardId: string, decision: Decision): Promise<void> {
  await updateConnectionState(boardId, (s) => ({ ...s, decision }))
}

export async function saveConsent(boardId: string, consent: Consent): Promise<void> {
  await updateConnectionState(boardId, (s) => ({ ...s, consent }))
}

/* ---- FK's handling events (boards.fkEvents) ---- */

/** The board's FK events that have their shape; a damaged entry is noted and left in storage untouched. */
export async function getFkEvents(boardId: string): Promise<FkEvent[]> {
  const board = await db().boards.get(boardId)
  if (!board) throw new BoardMissingError()
  const { events, damaged } = readFkEvents(board.fkEvents)
  if (damaged.length) noteDamagedRecord('boards', `${boardId}/fkEvents`)
  return events
}

/**
 * Changes the FK events in one transaction, checked against what is stored at that moment: `change`
 * gets the current events and connection state and returns the new events, or a refusal (returned
 * as is, nothing written). Entries that were damaged on disk are kept as they were.
 */
export async function changeFkEvents<R>(
  boardId: string,
  change: (events: FkEvent[], connection: ConnectionState) => { events: FkEvent[] } | { refused: R }
): Promise<{ events: FkEvent[] } | { refused: R }> {
  const database = db()
  return database.transaction('rw', database.boards, async () => {
    const board = await database.boards.get(boardId)
    if (!board) throw new BoardMissingError()
    const { events, damaged } = readFkEvents(board.fkEvents)
    const result = change(events, normalizeConnectionState(board.connection))
    if ('refused' in result) return result
    const stored = [...result.events.map((e) => withoutUndefined(e)), ...damaged]
    await database.boards.update(boardId, { fkEvents: stored, updatedAt: nowIso() })
    return { events: result.events }
  })
}

/* ---- tasks ---- */

export async function listTaskStates(boardId: string): Promise<TaskState[]> {
  return taskStates().where('boardId').equals(boardId).toArray()
}

export async function saveTaskState(state: Omit<TaskState, 'updatedAt'>): Promise<TaskState> {
  const record: TaskState = { ...state, updatedAt: nowIso() }
  await taskStates().put(record)
  return record
}

/* ---- evidence attachments ---- */

export type AttachmentSummary = Omit<AttachmentRecord, 'bytes'>

export const taskOwnerId = (boardId: string, taskId: string): string => `${boardId}/${taskId}`

export async function addTaskAttachment(
  boardId: string,
  taskId: string,
  file: { name: string; bytes: Uint8Array; mimeType?: string }
): Promise<AttachmentSummary> {
  const record: AttachmentRecord = {
    id: newId(),
    boardId,
    ownerType: 'task',
    ownerId: taskOwnerId(boardId, taskId),
    name: file.name,
    mimeType: file.mimeType ?? guessMimeType(file.name),
    size: file.bytes.byteLength,
    sha256: await sha256Hex(file.bytes),
    bytes: file.bytes,
    createdAt: nowIso()
  }
  await attachments().add(record)
  const { bytes: _bytes, ...summary } = record
  return summary
}

/** All task attachments of a board (without their bytes), oldest first. */
export async function listTaskAttachments(boardId: string): Promise<AttachmentSummary[]> {
  const list = await attachments()
    .where('boardId')
    .equals(boardId)
    .filter((a) => a.ownerType === 'task')
    .toArray()
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(({ bytes: _bytes, ...rest }) => rest)
}

export async function getAttachment(id: string): Promise<AttachmentRecord | undefined> {
  return attachments().get(id)
}

export async function deleteAttachment(id: string): Promise<void> {
  await attachments().delete(id)
}

function guessMimeType(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    txt: 'text/plain',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    doc: 'application/msword',
    odt: 'application/vnd.oasis.opendocument.text'
  }
  return types[ext] ?? 'application/octet-stream'
}

/* ---- contacts from the agreement draft (read only; the agreement feature owns the drafts) ---- */

export type { BoardAgreement } from './boardOverview'

/** The board's agreement: the latest draft's contacts and whether any draft is signed by all; undefined when there is none. */
export async function getBoardAgreement(boardId: string): Promise<BoardAgreement | undefined> {
  return boardAgreementFrom(await db().table<AgreementDraftRecord, string>('agreementDrafts').where('boardId').equals(boardId).toArray())
}
