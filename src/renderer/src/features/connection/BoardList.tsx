import { useCallback, useEffect, useRef, useState } from 'react'
import { peekBoardOverview, readBoardOverview } from '@renderer/db/firstView'
import type { BoardRecord } from '@renderer/db/types'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { cx } from '@renderer/i18n/connection'
import { routeHref, useUi } from '@renderer/store/ui'
import { PageHeader } from '@renderer/ui/PageHeader'
import { NewBoardForm } from './NewBoardForm'
import UsageRules from './UsageRules'
import { summarizeActiveBoards, type BoardRow } from './summary'
import { useToday } from './useToday'

// Writing needs the database library, which the first screen does not wait for: it loads on the first write.
const boardStore = () => import('@renderer/db/boards')

export function BoardList({ content }: { content: ChecklistContent }) {
  const today = useToday()
  const announce = useUi((s) => s.announce)
  // At start-up the boards are already in memory: the first render shows them, not "Laddar…".
  const [atStart] = useState(() => peekBoardOverview())
  const [rows, setRows] = useState<BoardRow[] | null>(() => (atStart ? summarizeActiveBoards(atStart, content, today) : null))
  const [archived, setArchived] = useState<BoardRecord[]>(() => atStart?.boards.filter((b) => b.archived) ?? [])
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')

  const reload = useCallback(async () => {
    try {
      // Every board's data in one read transaction (at start-up: the one the app started with).
      const overview = await readBoardOverview()
      const loaded = summarizeActiveBoards(overview, content, today)
      setRows(loaded)
      setArchived(overview.boards.filter((b) => b.archived))
    } catch (e) {
      setError(`Nämnderna kunde inte läsas: ${(e as Error)?.message ?? ''}`)
    }
  }, [content, today])

  // What the start-up read gave is what a read now would return: the first screen renders once.
  const usedStartRead = useRef(atStart !== undefined)
  useEffect(() => {
    if (usedStartRead.current) {
      usedStartRead.current = false
      return
    }
    void reload()
  }, [reload])

  async function onCreated(name: string) {
    setMessage(cx.created(name))
    announce(cx.created(name))
    await reload()
  }

  async function onRestore(board: BoardRecord) {
    await (await boardStore()).setBoardArchived(board.id, false)
    setMessage(cx.restored(board.name))
    await reload()
  }

  // The one action shown on top: a late FK decision first, then the first board with something to do.
  const first =
    rows?.find((r) => r.summary.state.nextAction.kind === 'attention') ??
    rows?.find((r) => r.summary.state.nextAction.kind === 'do') ??
    rows?.[0]
  return (
    <section aria-labelledby="connection-title">
      <PageHeader
        titleId="connection-title"
        title={cx.homeTitle}
        action={
          first && (
            <div
              className={`notice ${first.summary.state.nextAction.kind === 'attention' ? 'danger' : first.summary.state.nextAction.kind === 'done' ? 'ok' : ''}`}
            >
              <h2>{rows!.length > 1 ? cx.nextActionFor(first.board.name) : cx.nextActionHeading}</h2>
              <p className="next-action" data-testid="home-next-action">
                {first.summary.nextText}
              </p>
              <p>
                <a
                  href={routeHref(
                    'anslutning',
                    first.board.id,
                    ...(first.summary.state.nextAction.stepId ? [first.summary.state.nextAction.stepId] : [])
                  )}
                >
                  Gå till {first.board.name}
                </a>
              </p>
            </div>
          )
        }
      />
      <p>{cx.homeIntro}</p>
      {error && (
        <p className="notice danger" role="alert">
          {error}
        </p>
      )}
      {rows === null && !error && <p className="loading">Laddar…</p>}
      {rows && (
        <>
          <h2>{cx.boardsHeading}</h2>
          {rows.length === 0 ? (
            <p>{cx.noBoards}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{cx.colBoard}</th>
                  <th scope="col">{cx.colStatus}</th>
                  <th scope="col">{cx.colNext}</th>
                  <th scope="col">{cx.colForecast}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ board, summary }) => (
                  <tr key={board.id}>
                    <th scope="row">
                      <a href={routeHref('anslutning', board.id)}>{board.name}</a>
                    </th>
                    <td>
                      <span data-testid="board-place">{summary.placeText}</span>
                      {summary.fkText && (
                        <>
                          <br />
                          <span className="hint" data-testid="board-fk">
                            {summary.fkText}
                          </span>
                        </>
                      )}
                    </td>
                    <td>{summary.nextText}</td>
                    <td>{summary.forecastText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {rows && <NewBoardForm hasBoards={rows.length > 0} onCreated={onCreated} />}
      {archived.length > 0 && (
        <>
          <h2>{cx.archivedHeading}</h2>
          <ul>
            {archived.map((b) => (
              <li key={b.id}>
                {b.name}{' '}
                <button type="button" className="secondary" onClick={() => void onRestore(b)}>
                  {cx.restore(b.name)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status">{message}</p>
      <UsageRules collapsed />
      <p className="hint">{cx.contentVersion(content.version)}</p>
    </section>
  )
}
