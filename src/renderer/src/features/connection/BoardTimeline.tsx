import { useId } from 'react'
import type { BoardState } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { FkEvent } from '@renderer/domain/connection/fkEvents'
import { buildTimeline, timelinePosition, type TimelineEntry } from '@renderer/domain/connection/timeline'
import type { ConnectionState } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { stepStatusLabel, timelineEntryText, timelineTexts } from '@renderer/i18n/connectionState'

const WIDTH = 800
const LEFT = 24
const RIGHT = 24
const AXIS_Y = 78
const HEIGHT = 140

const isCompletion = (e: TimelineEntry) =>
  e.code === 'fk-event' && (e.event.kind === 'completion-requested' || e.event.kind === 'completion-sent')

/**
 * One board's timeline: the five steps, the dated sub-steps and FK events (numbered markers), FK's
 * forecast window as a band and each komplettering as a marked stretch. The drawing is decoration
 * for sighted users; the list below it says everything it shows.
 */
export function BoardTimeline({
  content,
  state,
  connection,
  events,
  today
}: {
  content: ChecklistContent
  state: BoardState
  connection: ConnectionState
  events: readonly FkEvent[]
  today: string
}) {
  const id = useId()
  const t = buildTimeline(state, connection, events, today)
  const x = (date: string) => LEFT + timelinePosition(t, date) * (WIDTH - LEFT - RIGHT)
  // Labels near an edge grow inwards so they stay inside the drawing.
  const anchor = (date: string) => (timelinePosition(t, date) > 0.9 ? 'end' : timelinePosition(t, date) < 0.1 ? 'start' : 'middle')
  return (
    <section className="card timeline" aria-labelledby={`${id}-title`} data-testid="board-timeline">
      <h2 id={`${id}-title`}>{cx.timelineHeading}</h2>
      <p>{cx.timelineIntro}</p>
      <ol className="timeline-steps" aria-label={cx.timelineSteps}>
        {content.steps.map((step, i) => {
          const status = state.stepStatuses[i]!.status
          return (
            <li key={step.id} className={`timeline-step status-${status}`} data-testid={`timeline-step-${step.id}`}>
              <span className="timeline-step-title">
                {step.number}. {step.title}
              </span>
              <span className="timeline-step-status">{stepStatusLabel[status]}</span>
            </li>
          )
        })}
      </ol>
      {t.entries.length > 0 && (
        <svg
          className="timeline-drawing"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          aria-hidden="true"
          focusable="false"
          data-testid="timeline-svg"
        >
          {t.band && (
            <g data-testid="timeline-band">
              <rect
                x={x(t.band.earliest)}
                y={AXIS_Y - 18}
                width={Math.max(2, x(t.band.latest) - x(t.band.earliest))}
                height={36}
                className={`timeline-band${t.band.longerThanNormal ? ' longer' : ''}`}
              />
              <line x1={x(t.band.from)} x2={x(t.band.earliest)} y1={AXIS_Y} y2={AXIS_Y} className="timeline-band-lead" />
            </g>
          )}
          {t.completions.map((c) => (
            <rect
              key={c.requested + c.until}
              x={x(c.requested)}
              y={AXIS_Y + 20}
              width={Math.max(4, x(c.until) - x(c.requested))}
              height={8}
              className={`timeline-completion${c.open ? ' open' : ''}`}
              data-testid="timeline-completion"
            />
          ))}
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={AXIS_Y} y2={AXIS_Y} className="timeline-axis" />
          <line x1={x(t.today)} x2={x(t.today)} y1={AXIS_Y - 24} y2={AXIS_Y + 30} className="timeline-today" />
          <text x={x(t.today)} y={AXIS_Y + 42} textAnchor={anchor(t.today)} className="timeline-label">
            {cx.timelineToday}
          </text>
          {t.entries.map((e, i) => {
            const cxPos = x(e.date)
            // Markers on the same day are stacked upwards so each number stays readable.
            const sameDayBefore = t.entries.slice(0, i).filter((o) => o.date === e.date).length
            const cy = AXIS_Y - 34 - sameDayBefore * 20
            return (
              <g key={i} className={isCompletion(e) ? 'timeline-marker completion' : 'timeline-marker'}>
                <line x1={cxPos} x2={cxPos} y1={cy + 9} y2={AXIS_Y} className="timeline-stem" />
                {isCompletion(e) ? (
                  <rect x={cxPos - 9} y={cy - 9} width={18} height={18} transform={`rotate(45 ${cxPos} ${cy})`} />
                ) : (
                  <circle cx={cxPos} cy={cy} r={9} />
                )}
                <text x={cxPos} y={cy + 4} textAnchor="middle" className="timeline-number">
                  {i + 1}
                </text>
              </g>
            )
          })}
          <text x={LEFT} y={HEIGHT - 4} className="timeline-label">
            {t.start}
          </text>
          <text x={WIDTH - RIGHT} y={HEIGHT - 4} textAnchor="end" className="timeline-label">
            {t.end}
          </text>
        </svg>
      )}
      <h3 id={`${id}-list`}>{cx.timelineListHeading}</h3>
      {t.entries.length === 0 && !t.band ? (
        <p>{cx.timelineNoDates}</p>
      ) : (
        <ol className="timeline-list" aria-labelledby={`${id}-list`} data-testid="timeline-list">
          {t.entries.map((e, i) => (
            <li key={i} value={i + 1} className={isCompletion(e) ? 'completion' : undefined}>
              <time dateTime={e.date}>{e.date}</time> {timelineEntryText(e)}
            </li>
          ))}
        </ol>
      )}
      {(t.band || t.completions.length > 0) && (
        <ul className="timeline-notes" data-testid="timeline-notes">
          {t.completions.map((c) => (
            <li key={c.requested + c.until} className="completion">
              {c.open ? timelineTexts.completionOpen(c.requested, c.what) : timelineTexts.completionDone(c.requested, c.until, c.what)}
            </li>
          ))}
          {t.band && (
            <li data-testid="timeline-band-text">
              {timelineTexts.band(t.band.earliest, t.band.latest, t.band.from)}
              {t.band.longerThanNormal ? ` (${timelineTexts.bandLonger})` : ''}
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
