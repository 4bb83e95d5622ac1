/** The work the connection screens' buttons start (unit-tested without React). */
import { changeFkEvents } from '@renderer/db/connection'
import { newId } from '@renderer/db/ids'
import {
  toFkEvent,
  validateFkEvent,
  validateFkEventRemoval,
  type FkEvent,
  type FkEventError,
  type FkEventInput,
  type FkEventProblem
} from '@renderer/domain/connection/fkEvents'

export type FkEventResult = { ok: true; event: FkEvent } | { ok: false; errors: FkEventError[] }

/**
 * Records an event of FK's handling, or corrects one (`replacing` is its id). Checked against the
 * stored events and the agreement's dates in the same transaction that writes it.
 */
export async function recordFkEvent(boardId: string, input: FkEventInput, today: string, replacing?: string): Promise<FkEventResult> {
  const event = toFkEvent(input, replacing ?? newId())
  const result = await changeFkEvents<FkEventError[]>(boardId, (events, connection) => {
    const errors = validateFkEvent(input, { events, agreement: connection.agreement, today, replacing })
    if (errors.length) return { refused: errors }
    return { events: replacing ? events.map((e) => (e.id === replacing ? event : e)) : [...events, event] }
  })
  return 'refused' in result ? { ok: false, errors: result.refused } : { ok: true, event }
}

export type FkRemovalResult = { ok: true } | { ok: false; problems: FkEventProblem[] }

/** Removes an event (the screen has asked for confirmation). */
export async function removeFkEvent(boardId: string, id: string): Promise<FkRemovalResult> {
  const result = await changeFkEvents<FkEventProblem[]>(boardId, (events) => {
    const problems = validateFkEventRemoval(events, id)
    if (problems.length) return { refused: problems }
    return { events: events.filter((e) => e.id !== id) }
  })
  return 'refused' in result ? { ok: false, problems: result.refused } : { ok: true }
}
