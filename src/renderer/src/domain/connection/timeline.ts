import { parseIsoDate } from '@renderer/base/calendarDate'
import type { BoardState } from './boardState'
import { sortFkEvents, type FkEvent } from './fkEvents'
import type { ConnectionState } from './types'

/**
 * A board's timeline: the dated things recorded about it in the order they happened, and FK's
 * forecast window as a band. Read from the derived state and the recorded dates, never re-derived.
 */
export type TimelineEntry =
  | { code: 'decision' | 'terms-read' | 'sent' | 'received' | 'quality-assured' | 'approved' | 'registered'; date: string }
  | { code: 'fk-event'; date: string; event: FkEvent }

export type TimelineBand = { from: string; earliest: string; latest: string; longerThanNormal: boolean }

/** A komplettering from its request to the completed underlag (or today, while it is open). */
export type TimelineCompletion = { requested: string; until: string; open: boolean; what: string }

export type Timeline = {
  entries: TimelineEntry[]
  band?: TimelineBand
  completions: TimelineCompletion[]
  /** The span the drawing covers (first and last date shown, today included). */
  start: string
  end: string
  today: string
}

const ORDER: Record<TimelineEntry['code'], number> = {
  decision: 0,
  'terms-read': 1,
  sent: 2,
  received: 3,
  'fk-event': 4,
  'quality-assured': 5,
  approved: 6,
  registered: 7
}

export function buildTimeline(state: BoardState, connection: ConnectionState, events: readonly FkEvent[], today: string): Timeline {
  const a = connection.agreement
  const entries: TimelineEntry[] = []
  const add = (code: Exclude<TimelineEntry['code'], 'fk-event'>, date: string | undefined) => {
    if (date) entries.push({ code, date })
  }
  add('decision', connection.decision.date)
  add('terms-read', a.termsReadDate)
  add('sent', a.sent?.date)
  add('received', a.fkReceivedDate)
  add('quality-assured', a.qualityAssuredDate)
  add('approved', a.approvedDate)
  // A registration recorded as an event is shown as that event; one recorded earlier as a date, as the sub-step.
  if (!events.some((e) => e.kind === 'registered')) add('registered', a.registeredDate)
  const sortedEvents = sortFkEvents(events)
  for (const event of sortedEvents) entries.push({ code: 'fk-event', date: event.date, event })
  // Stable: by date, then the order things happen in on one day; FK events keep their own order.
  const indexed = entries.map((e, i) => ({ e, i }))
  indexed.sort((x, y) => x.e.date.localeCompare(y.e.date) || ORDER[x.e.code] - ORDER[y.e.code] || x.i - y.i)

  const f = state.forecast
  const band =
    f.kind === 'window' ? { from: f.from, earliest: f.earliest, latest: f.latest, longerThanNormal: f.longerThanNormal } : undefined
  const completions: TimelineCompletion[] = state.fk.requests.map((r) => ({
    requested: r.date,
    until: r.completedDate ?? (today > r.date ? today : r.date),
    open: !r.completedDate,
    what: r.what
  }))
  const dates = [...entries.map((e) => e.date), today, ...(band ? [band.from, band.latest] : [])]
  dates.sort()
  return { entries: indexed.map((x) => x.e), band, completions, start: dates[0]!, end: dates[dates.length - 1]!, today }
}

/** Where a date falls between `start` and `end`, from 0 to 1 (a one-day span is centred). */
export function timelinePosition(t: Pick<Timeline, 'start' | 'end'>, date: string): number {
  const s = parseIsoDate(t.start)
  const span = parseIsoDate(t.end) - s
  if (span <= 0) return 0.5
  return Math.min(1, Math.max(0, (parseIsoDate(date) - s) / span))
}
