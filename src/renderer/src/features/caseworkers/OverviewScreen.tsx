import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  filterDashboardRows,
  unitCoverage,
  sortDashboardRows,
  type DashboardFilter,
  type DashboardRow,
  type SortKey
} from '@renderer/domain/caseworkers/dashboard'
import { UNDERTAKING_STATUSES, type UndertakingStatus } from '@renderer/domain/caseworkers/status'
import { cw } from '@renderer/i18n/caseworkers/register'
import { forms } from '@renderer/i18n/caseworkers/undertakingForms'
import { routeHref, useUi } from '@renderer/store/ui'
import { dateOf, lastSignedText, percent, whyText } from './statusText'
import { useUndertakingData } from './useUndertakingData'
import { remindByEmail, remindByPrint, type ReminderOutcome } from './actions/reminders'
import { setFormSelection } from './formSelection'
import { AccessRiskPanel } from './AccessRiskPanel'
import { access } from '@renderer/i18n/caseworkers/access'
import { nextSort, SortHeader, type SortDirection } from '@renderer/ui/SortableTable'

const ROW_HEIGHT = 44

/** The columns a click on the header sorts by ("Orsak och datum" sorts by the date the status began). */
const SORT_BY_COLUMN: Partial<Record<'name' | 'unit' | 'role' | 'status' | 'why' | 'signed' | 'reminded', SortKey>> = {
  name: 'name',
  unit: 'unit',
  role: 'role',
  status: 'status',
  why: 'since'
}

export function OverviewScreen() {
  const { dashboard, error, reload, loaded } = useUndertakingData()
  const profile = useUi((s) => s.profile)
  const [query, setQuery] = useState('')
  const [unit, setUnit] = useState('')
  const [role, setRole] = useState('')
  const [status, setStatus] = useState<NonNullable<DashboardFilter['status']>>('active')
  const [sort, setSort] = useState<SortKey>('status')
  const [direction, setDirection] = useState<SortDirection>('asc')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const deferredQuery = useDeferredValue(query)
  const toggle = useCallback(
    (id: string) =>
      setSelected((prev) => {
        const next = new Set(prev)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      }),
    []
  )

  // Sort everyone once per sort key; filtering keeps that order, so a keystroke only filters.
  const sorted = useMemo(() => (dashboard ? sortDashboardRows([...dashboard.rows], sort, direction) : []), [dashboard, sort, direction])
  const onSort = useCallback(
    (key: SortKey) => {
      const next = nextSort({ key: sort, direction }, key)
      setSort(next.key)
      setDirection(next.direction)
    },
    [sort, direction]
  )
  const rows = useMemo(
    () => filterDashboardRows(sorted, { query: deferredQuery, unit, role, status }),
    [sorted, deferredQuery, unit, role, status]
  )

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    )
  if (!dashboard || !loaded) return <p className="loading">Laddar…</p>

  const selectedRows = selected.size ? dashboard.rows.filter((r) => selected.has(r.person.id)) : []

  const reminderInput = () => ({ rows: selectedRows, municipality: profile?.officialName ?? '', version: dashboard.currentVersion })
  async function remind(send: () => Promise<ReminderOutcome>) {
    const outcome = await send()
    setMessage({ kind: outcome.ok ? 'ok' : 'error', text: outcome.text })
    if (outcome.ok) await reload()
  }

  const version = dashboard.currentVersion
  const t = dashboard.total
  const needsAction = t['not-signed'] + t['signed-older-version'] + t.overdue + t['renewal-due']
  return (
    <section aria-labelledby="cw-overview-title">
      <h1 id="cw-overview-title">{cw.overview.title}</h1>
      <AccessRiskPanel
        dashboard={dashboard}
        onShow={() => {
          setStatus('access-without-undertaking')
          document.getElementById('cw-list-title')?.scrollIntoView()
        }}
      />
      <p>{cw.overview.intro}</p>
      {version ? (
        <p>{cw.overview.currentVersion(version.number, version.publishedOn)}</p>
      ) : (
        <p className="notice warn">
          {cw.overview.noVersion} <a href={routeHref('handlaggare', 'forsakran')}>{cw.subnav.template}</a>
        </p>
      )}

      <h2>{cw.overview.summaryTitle}</h2>
      <SummaryTable dashboard={dashboard} />
      <CoverageChart dashboard={dashboard} />
      {needsAction > 0 && (
        <p className="notice warn">
          {cw.overview.needsAction(needsAction)}{' '}
          <button type="button" className="secondary" onClick={() => setStatus('needs-action')}>
            {cw.overview.showNeedsAction}
          </button>
        </p>
      )}

      <h2 id="cw-list-title">{cw.overview.listTitle}</h2>
      {dashboard.rows.length === 0 ? (
        <p className="notice">
          {cw.overview.emptyRegister} <a href={routeHref('handlaggare', 'ny')}>{cw.subnav.add}</a> ·{' '}
          <a href={routeHref('handlaggare', 'import')}>{cw.subnav.import}</a>
        </p>
      ) : (
        <>
          <div className="cw-filters">
            <div className="field cw-search">
              <label htmlFor="cw-q">{cw.overview.search}</label>
              <input
                id="cw-q"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                data-shortcut-target="people-search"
              />
            </div>
            <div className="field">
              <label htmlFor="cw-unit">{cw.overview.unitFilter}</label>
              <select id="cw-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
                <option value="">{cw.overview.allUnits}</option>
                {dashboard.unitNames.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="cw-role">{cw.overview.roleFilter}</label>
              <select id="cw-role" value={role} onChange={(e) => setRole(e.target.value)}>
                <option value="">{cw.overview.allRoles}</option>
                {dashboard.roleNames.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="cw-status">{cw.overview.statusFilter}</label>
              <select id="cw-status" value={status} onChange={(e) => setStatus(e.target.value as NonNullable<DashboardFilter['status']>)}>
                <option value="active">{cw.overview.statusOptions.active}</option>
                <option value="needs-action">{cw.overview.statusOptions['needs-action']}</option>
                <option value="access-without-undertaking">{access.risk.filterOption}</option>
                {UNDERTAKING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {cw.status[s]}
                  </option>
                ))}
                <option value="all">{cw.overview.statusOptions.all}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="cw-sort">{cw.overview.sort}</label>
              <select
                id="cw-sort"
                value={sort}
                onChange={(e) => {
                  setSort(e.target.value as SortKey)
                  setDirection('asc')
                }}
              >
                {(Object.keys(cw.overview.sortOptions) as (keyof typeof cw.overview.sortOptions)[]).map((k) => (
                  <option key={k} value={k}>
                    {cw.overview.sortOptions[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p role="status" data-testid="cw-count">
            {cw.overview.showing(rows.length, dashboard.rows.length)} {selected.size > 0 && cw.overview.selected(selected.size)}
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setSelected(new Set(rows.map((r) => r.person.id)))}>
              {cw.overview.selectAllShown}
            </button>
            <button type="button" className="secondary" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
              {cw.overview.clearSelection}
            </button>
            <button type="button" disabled={selected.size === 0} onClick={() => void remind(() => remindByEmail(reminderInput()))}>
              {cw.overview.remindEmail}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={selected.size === 0}
              onClick={() => void remind(() => remindByPrint({ ...reminderInput(), unitLabel: unit || cw.overview.allUnits }))}
            >
              {cw.overview.remindPrint}
            </button>
            <a className="button secondary" href={routeHref('handlaggare', 'formular-ut')} onClick={() => setFormSelection(selected)}>
              {forms.send.link}
            </a>
            <a className="button secondary" href={routeHref('handlaggare', 'formular-in')}>
              {forms.receive.link}
            </a>
          </div>
          {message && (
            <p className={`notice ${message.kind === 'ok' ? 'ok' : 'danger'}`} role={message.kind === 'ok' ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          {rows.length === 0 ? (
            <p>{cw.overview.noMatches}</p>
          ) : (
            <PeopleTable rows={rows} selected={selected} toggle={toggle} sort={sort} direction={direction} onSort={onSort} />
          )}
        </>
      )}
    </section>
  )
}

const SummaryTable = memo(function SummaryTable({
  dashboard
}: {
  dashboard: NonNullable<ReturnType<typeof useUndertakingData>['dashboard']>
}) {
  const statuses: UndertakingStatus[] = ['signed', 'not-signed', 'signed-older-version', 'overdue', 'renewal-due', 'inactive']
  const line = (label: string, c: (typeof dashboard)['total'], header = false) => (
    <tr key={label}>
      <th scope="row">{header ? <strong>{label}</strong> : label}</th>
      <td className="num">{c.active}</td>
      <td className="num">{percent(c.shareSigned)}</td>
      {statuses.map((s) => (
        <td key={s} className="num">
          {c[s]}
        </td>
      ))}
    </tr>
  )
  return (
    <div className="cw-summary" style={{ overflowX: 'auto' }}>
      <table>
        <caption className="visually-hidden">{cw.overview.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{cw.overview.unitFilter}</th>
            <th scope="col" className="num">
              {cw.overview.active}
            </th>
            <th scope="col" className="num">
              {cw.overview.share}
            </th>
            {statuses.map((s) => (
              <th scope="col" key={s} className="num">
                {cw.status[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.units.map((u) => line(u.unit, u.counts))}
          {line(cw.overview.total, dashboard.total, true)}
        </tbody>
      </table>
    </div>
  )
})

/**
 * Per unit, the share of active people with a valid undertaking as horizontal bars (SVG), with the
 * same figures as a list for those who cannot see the bars or would rather read them.
 */
const CoverageChart = memo(function CoverageChart({ dashboard }: { dashboard: Parameters<typeof unitCoverage>[0] }) {
  const bars = unitCoverage(dashboard)
  const t = cw.overview
  const BAR_HEIGHT = 22
  const GAP = 8
  const LABEL = 200
  const WIDTH = 640
  const track = WIDTH - LABEL - 56
  const height = bars.length * (BAR_HEIGHT + GAP)
  return (
    <section className="cw-coverage" aria-labelledby="cw-coverage-title">
      <h3 id="cw-coverage-title">{t.coverageTitle}</h3>
      {bars.length === 0 ? (
        <p>{t.coverageNone}</p>
      ) : (
        <>
          <p className="hint">{t.coverageIntro}</p>
          <svg
            className="cw-coverage-chart"
            role="img"
            aria-label={t.coverageChartLabel}
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            style={{ maxWidth: WIDTH }}
            preserveAspectRatio="xMinYMin meet"
            data-testid="coverage-chart"
          >
            {bars.map((b, i) => {
              const y = i * (BAR_HEIGHT + GAP)
              return (
                <g key={b.unit}>
                  <text x={LABEL - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="central" className="cw-coverage-label">
                    {b.unit.length > 28 ? `${b.unit.slice(0, 27)}…` : b.unit}
                  </text>
                  <rect x={LABEL} y={y} width={track} height={BAR_HEIGHT} className="cw-coverage-track" />
                  <rect x={LABEL} y={y} width={track * b.share} height={BAR_HEIGHT} className="cw-coverage-bar" />
                  <text x={LABEL + track + 8} y={y + BAR_HEIGHT / 2} dominantBaseline="central" className="cw-coverage-value">
                    {percent(b.share)}
                  </text>
                </g>
              )
            })}
          </svg>
          <details>
            <summary>{t.coverageFigures}</summary>
            <ul data-testid="coverage-figures">
              {bars.map((b) => (
                <li key={b.unit}>{t.coverageLine(b.unit, b.valid, b.active, percent(b.share))}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  )
})

const PeopleTable = memo(function PeopleTable({
  rows,
  selected,
  toggle,
  sort,
  direction,
  onSort
}: {
  rows: DashboardRow[]
  selected: Set<string>
  toggle: (id: string) => void
  sort: SortKey
  direction: SortDirection
  onSort: (key: SortKey) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const c = cw.overview.columns
  return (
    <div className="cw-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={cw.overview.tableLabel}>
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-select">
              <span className="visually-hidden">{c.select}</span>
            </th>
            {(['name', 'unit', 'role', 'status', 'why', 'signed', 'reminded'] as const).map((key) => {
              const by = SORT_BY_COLUMN[key]
              return by ? (
                <SortHeader
                  key={key}
                  className={`col-${key}`}
                  label={c[key]}
                  active={sort === by}
                  direction={direction}
                  onSort={() => onSort(by)}
                />
              ) : (
                <th key={key} scope="col" className={`col-${key}`}>
                  {c[key]}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="cw-spacer" aria-hidden="true">
              <td colSpan={8} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            const p = row.person
            return (
              <tr key={p.id} aria-rowindex={item.index + 2} data-testid="cw-row" data-index={item.index} ref={virtualizer.measureElement}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(p.id)}
                    onChange={() => toggle(p.id)}
                    aria-label={cw.overview.selectPerson(p.name)}
                  />
                </td>
                <td title={p.name}>
                  <a href={routeHref('handlaggare', 'person', p.id)}>{p.name}</a>
                </td>
                <td title={p.unit}>{p.unit}</td>
                <td>{p.role ?? ''}</td>
                <td>
                  <span className={`badge ${cw.statusBadge[row.status]}`}>{cw.status[row.status]}</span>
                </td>
                <td title={whyText(row)}>{whyText(row)}</td>
                <td>{lastSignedText(row)}</td>
                <td>{dateOf(row.lastReminderAt)}</td>
              </tr>
            )
          })}
          {bottom > 0 && (
            <tr className="cw-spacer" aria-hidden="true">
              <td colSpan={8} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
})
