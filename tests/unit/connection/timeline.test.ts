import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveBoardState } from '@renderer/domain/connection/boardState'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import type { FkEvent } from '@renderer/domain/connection/fkEvents'
import { buildTimeline, timelinePosition } from '@renderer/domain/connection/timeline'
import type { ConnectionState } from '@renderer/domain/connection/types'
import { timelineEntryText } from '@renderer/i18n/connectionState'

const content = parseChecklistContent(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
)
const connection: ConnectionState = {
  decision: { body: 'Socialnämnden', date: '2026-10-20' },
  agreement: { termsReadDate: '2026-11-02', sent: { date: '2026-11-03', method: 'post' }, fkReceivedDate: '2026-11-05' },
  consent: { kind: 'have', grantedDate: '2025-03-10' }
}
const events: FkEvent[] = [
  { id: 's', kind: 'completion-sent', date: '2026-11-13' },
  { id: 'r', kind: 'completion-requested', date: '2026-11-10', what: 'Underskrift saknas' }
]

describe('the board timeline', () => {
  it('lists the dated sub-steps and FK events in order, with the band counted from the completed underlag', () => {
    const today = '2026-11-16'
    const state = deriveBoardState(content, { tasks: [], connection, events }, today)
    const t = buildTimeline(state, connection, events, today)
    expect(t.entries.map((e) => `${e.date} ${timelineEntryText(e)}`)).toEqual([
      '2026-10-20 Beslut om anslutning',
      '2026-11-02 Allmänna villkor lästa',
      '2026-11-03 Avtalet skickat',
      '2026-11-05 Försäkringskassan tog emot avtalet',
      '2026-11-10 Försäkringskassan begärde komplettering: Underskrift saknas',
      '2026-11-13 Kompletterat underlag skickat'
    ])
    expect(t.band).toEqual({ from: '2026-11-13', earliest: '2026-11-27', latest: '2026-12-04', longerThanNormal: false })
    expect(t.completions).toEqual([{ requested: '2026-11-10', until: '2026-11-13', open: false, what: 'Underskrift saknas' }])
    expect(t.start).toBe('2026-10-20')
    expect(t.end).toBe('2026-12-04')
  })

  it('an open komplettering runs to today; a registration recorded as a date shows when no event records it', () => {
    const open = [events[1]!]
    const withDate: ConnectionState = { ...connection, agreement: { ...connection.agreement, registeredDate: '2026-11-20' } }
    const t = buildTimeline(
      deriveBoardState(content, { tasks: [], connection, events: open }, '2026-11-16'),
      connection,
      open,
      '2026-11-16'
    )
    expect(t.completions).toEqual([{ requested: '2026-11-10', until: '2026-11-16', open: true, what: 'Underskrift saknas' }])
    expect(t.band).toBeUndefined()
    const r = buildTimeline(deriveBoardState(content, { tasks: [], connection: withDate }, '2026-12-01'), withDate, [], '2026-12-01')
    expect(r.entries.at(-1)).toEqual({ code: 'registered', date: '2026-11-20' })
    const reg: FkEvent[] = [{ id: 'g', kind: 'registered', date: '2026-11-21' }]
    const both = buildTimeline(
      deriveBoardState(content, { tasks: [], connection: withDate, events: reg }, '2026-12-01'),
      withDate,
      reg,
      '2026-12-01'
    )
    expect(both.entries.filter((e) => e.code === 'registered' || (e.code === 'fk-event' && e.event.kind === 'registered'))).toHaveLength(1)
  })

  it('positions stay between 0 and 1 and keep the order of dates', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, day, day, (a, b, c, d) => {
        const [start, end] = [a, b].sort() as [string, string]
        const p = timelinePosition({ start, end }, c)
        const q = timelinePosition({ start, end }, d)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
        if (c < d && start < end) expect(p).toBeLessThanOrEqual(q)
      })
    )
  })
})
