import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBoard, getBoard, listBoards, renameBoard, setBoardArchived, validateBoardName } from '@renderer/db/boards'
import { resetDatabaseInstance } from '@renderer/db/database'
import {
  addTaskAttachment,
  BoardMissingError,
  getAttachment,
  getConnectionState,
  listTaskAttachments,
  listTaskStates,
  recordAgreementSent,
  saveConsent,
  saveTaskState
} from '@renderer/db/connection'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)
afterEach(() => resetDatabaseInstance())

describe('connection state contract', () => {
  it('starts empty and records "agreement sent" with date and method', async () => {
    const board = await createBoard('Socialnämnden')
    expect(await getConnectionState(board.id)).toEqual({ decision: {}, agreement: {}, consent: { kind: 'unknown' } })
    await recordAgreementSent(board.id, { date: '2026-11-20', method: 'e-post' })
    const state = await getConnectionState(board.id)
    expect(state.agreement.sent).toEqual({ date: '2026-11-20', method: 'e-post' })
  })

  it('keeps other parts when the agreement feature records a sending', async () => {
    const board = await createBoard('Socialnämnden')
    await saveConsent(board.id, { kind: 'applied', appliedDate: '2026-11-01' })
    await recordAgreementSent(board.id, { date: '2026-11-20', method: 'post' })
    const state = await getConnectionState(board.id)
    expect(state.consent).toEqual({ kind: 'applied', appliedDate: '2026-11-01' })
    expect(state.agreement.sent?.method).toBe('post')
  })

  it('rejects an invalid date or method and an unknown board, changing nothing', async () => {
    const board = await createBoard('Socialnämnden')
    await expect(recordAgreementSent(board.id, { date: '2026-02-30', method: 'post' })).rejects.toBeInstanceOf(RangeError)
    await expect(recordAgreementSent(board.id, { date: '2026-02-03', method: 'fax' as 'post' })).rejects.toBeInstanceOf(RangeError)
    await expect(recordAgreementSent('nope', { date: '2026-02-03', method: 'post' })).rejects.toBeInstanceOf(BoardMissingError)
    await expect(getConnectionState('nope')).rejects.toBeInstanceOf(BoardMissingError)
    expect((await getConnectionState(board.id)).agreement).toEqual({})
  })
})

describe('tasks and attachments', () => {
  it('stores task state per board and attachment bytes that read back identical', async () => {
    const a = await createBoard('Socialnämnden')
    const b = await createBoard('Arbetsmarknadsnämnden')
    await saveTaskState({ boardId: a.id, taskId: 'beslut-protokoll', status: 'done', owner: 'Anna' })
    await saveTaskState({ boardId: b.id, taskId: 'beslut-protokoll', status: 'in-progress' })
    expect((await listTaskStates(a.id)).map((t) => t.status)).toEqual(['done'])
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255, 229])
    const summary = await addTaskAttachment(a.id, 'beslut-protokoll', { name: 'Protokollsutdrag §12.pdf', bytes })
    expect(summary.mimeType).toBe('application/pdf')
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await listTaskAttachments(b.id)).toEqual([])
    const [listed] = await listTaskAttachments(a.id)
    expect(listed).not.toHaveProperty('bytes')
    const stored = await getAttachment(listed!.id)
    expect(Array.from(stored!.bytes)).toEqual(Array.from(bytes))
  })
})

describe('boards', () => {
  it('renames (trimmed), refuses an empty name, archives and restores without losing the connection state', async () => {
    const board = await createBoard('Socialnämnden')
    await recordAgreementSent(board.id, { date: '2026-11-20', method: 'post' })
    await renameBoard(board.id, '  Vuxen- och utbildningsnämnden ')
    expect((await getBoard(board.id))?.name).toBe('Vuxen- och utbildningsnämnden')
    await expect(renameBoard(board.id, '   ')).rejects.toThrow('Ange nämndens namn.')
    expect(validateBoardName('x'.repeat(121))).toBe('Namnet får vara högst 120 tecken.')
    expect((await getBoard(board.id))?.name).toBe('Vuxen- och utbildningsnämnden')
    await setBoardArchived(board.id, true)
    expect(await listBoards()).toEqual([])
    expect((await listBoards(true)).map((b) => b.archived)).toEqual([true])
    await setBoardArchived(board.id, false)
    expect((await listBoards()).map((b) => b.id)).toEqual([board.id])
    expect((await getConnectionState(board.id)).agreement.sent).toEqual({ date: '2026-11-20', method: 'post' })
  })
})
