import type { BoardState } from '@renderer/domain/connection/boardState'
import { openTermsTasks, terminationOf } from '@renderer/domain/goLive/rules'
import { gl } from '@renderer/i18n/goLive'
import { routeHref } from '@renderer/store/ui'
import { CurrentContacts } from './AfterGoLiveContacts'
import type { BoardData } from './data'
import { AFTER_GO_LIVE_SEGMENT, agreementSent } from './goLiveActions'

/**
 * "Efter anslutning" on the board page: current contacts, open re-read tasks and a way in. Shown
 * once the agreement is sent, and always when there is history to look at.
 */
export function AfterGoLiveSection({ data, state, today }: { data: BoardData; state: BoardState; today: string }) {
  if (!agreementSent(state) && data.goLive.length === 0) return null
  const open = openTermsTasks(data.goLive)
  const termination = terminationOf(data.goLive)
  return (
    <section className="card" aria-labelledby="go-live-summary-title" data-testid="go-live-summary">
      <h2 id="go-live-summary-title">{gl.title}</h2>
      {termination && <p className="notice warn">{gl.terminatedNotice(termination.date, termination.by)}</p>}
      <h3>{gl.summaryCurrent}</h3>
      <CurrentContacts data={data} today={today} />
      {open.length > 0 && (
        <>
          <h3>{gl.openTasks(open.length)}</h3>
          <ul data-testid="go-live-open-tasks">
            {open.map((task) => (
              <li key={task.version.id}>{gl.terms.taskFor(task.version.version, task.version.date)}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={routeHref('anslutning', data.board.id, AFTER_GO_LIVE_SEGMENT)}>{gl.openPage}</a>
      </p>
    </section>
  )
}
