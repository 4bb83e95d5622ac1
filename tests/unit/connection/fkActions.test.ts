import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBoard, listBoards } from '@renderer/db/boards'
import { db, resetDatabaseInstance } from '@renderer/db/database'
import { damagedRecords, forgetDamagedRecords } from '@renderer/db/damagedRecords'
import { getConnectionState, getFkEvents, saveAgreementProcess } from '@renderer/db/connection'
import { recordFkEvent, removeFkEvent } from '@renderer/features/connection/actions'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)
afterEach(() => {
  forgetDamagedRecords()
  resetDatabaseInstance()
})

const today = '2026-12-20'

async function sentBoard() {
  const board = await createBoard('Socialnämnden')
  await saveAgreementProcess(board.id, { sent: { date: '2026-11-20', method: 'post' }, fkReceivedDate: '2026-11-24' })
  return board.id
}

describe('recording FK events', () => {
  it('records, corrects and removes events; the agreement dates are left alone', async () => {
    const boardId = await sentBoard()
    const asked = await recordFkEvent(boardId, { kind: 'completion-requested', date: '2026-11-30', what: ' Underskrift saknas ' }, today)
    expect(asked.ok).toBe(true)
    if (!asked.ok) return
    expect(asked.event).toMatchObject({ kind: 'completion-requested', what: 'Underskrift saknas' })
    const sent = await recordFkEvent(boardId, { kind: 'completion-sent', date: '2026-12-02' }, today)
    expect(sent.ok).toBe(true)
    expect((await getFkEvents(boardId)).map((e) => e.kind)).toEqual(['completion-requested', 'completion-sent'])

    const corrected = await recordFkEvent(
      boardId,
      { kind: 'completion-requested', date: '2026-12-01', what: 'Bilaga' },
      today,
      asked.event.id
    )
    expect(corrected).toMatchObject({ ok: true, event: { id: asked.event.id, date: '2026-12-01', what: 'Bilaga' } })
    expect(await getFkEvents(boardId)).toHaveLength(2)

    // The request answers a completion: it cannot go first.
    expect(await removeFkEvent(boardId, asked.event.id)).toEqual({ ok: false, problems: ['request-answered'] })
    expect(await getFkEvents(boardId)).toHaveLength(2)
    if (sent.ok) expect(await removeFkEvent(boardId, sent.event.id)).toEqual({ ok: true })
    expect(await removeFkEvent(boardId, asked.event.id)).toEqual({ ok: true })
    expect(await getFkEvents(boardId)).toEqual([])
    expect((await getConnectionState(boardId)).agreement.fkReceivedDate).toBe('2026-11-24')
  })

  it('refuses an invalid event with codes and writes nothing', async () => {
    const boardId = await sentBoard()
    const before = (await db().boards.get(boardId))!.updatedAt
    expect(await recordFkEvent(boardId, { kind: 'confirmation-received', date: '2026-11-21', to: '' }, today)).toEqual({
      ok: false,
      errors: [
        { field: 'to', code: 'recipient-missing' },
        { field: 'date', code: 'before-receipt' }
      ]
    })
    const board = await db().boards.get(boardId)
    expect(board!.fkEvents).toBeUndefined()
    expect(board!.updatedAt).toBe(before)
  })

  it('saving the agreement dates never drops the events (they live beside the connection state)', async () => {
    const boardId = await sentBoard()
    await recordFkEvent(boardId, { kind: 'case-number', date: '2026-11-25', caseNumber: 'FK 2026/4711' }, today)
    await saveAgreementProcess(boardId, { sent: { date: '2026-11-20', method: 'post' }, fkReceivedDate: '2026-11-23' })
    expect(await getFkEvents(boardId)).toMatchObject([{ kind: 'case-number', caseNumber: 'FK 2026/4711' }])
  })

  it('a damaged stored event is noted, skipped on read and kept on the next write', async () => {
    const boardId = await sentBoard()
    const damaged = { id: 'x', kind: 'registered', date: 'igår' }
    await db().boards.update(boardId, { fkEvents: [damaged] })
    expect(await listBoards()).toHaveLength(1)
    expect(await getFkEvents(boardId)).toEqual([])
    expect(damagedRecords()).toContainEqual({ table: 'boards', key: `${boardId}/fkEvents` })
    await recordFkEvent(boardId, { kind: 'registered', date: '2026-12-10' }, today)
    const stored = (await db().boards.get(boardId))!.fkEvents!
    expect(stored).toHaveLength(2)
    expect(stored).toContainEqual(damaged)
  })
})
