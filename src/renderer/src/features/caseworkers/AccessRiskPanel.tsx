import { useMemo } from 'react'
import { swedishSortKey, type Dashboard } from '@renderer/domain/caseworkers/dashboard'
import type { AccessRiskReason } from '@renderer/domain/caseworkers/access'
import { access } from '@renderer/i18n/caseworkers/access'
import { routeHref } from '@renderer/store/ui'

const SHOWN = 15

/** What the team lead sees first: people who may use SSBTEK today without a valid undertaking. */
export function AccessRiskPanel({ dashboard, onShow }: { dashboard: Dashboard; onShow: () => void }) {
  const t = access.risk
  const anyAccess = useMemo(() => dashboard.rows.some((r) => r.person.accessFrom), [dashboard])
  const risky = useMemo(
    () =>
      dashboard.rows
        .filter((r) => r.accessWithoutUndertaking)
        .sort((a, b) =>
          swedishSortKey(a.person.name) < swedishSortKey(b.person.name)
            ? -1
            : swedishSortKey(a.person.name) > swedishSortKey(b.person.name)
              ? 1
              : 0
        ),
    [dashboard]
  )
  return (
    <section
      className={`notice cw-access-risk ${risky.length ? 'danger' : anyAccess ? 'ok' : ''}`}
      aria-labelledby="cw-access-risk-title"
      data-testid="access-risk"
    >
      <h2 id="cw-access-risk-title">{t.title}</h2>
      {!anyAccess ? (
        <p>{t.noneRecorded}</p>
      ) : (
        <p data-testid="access-risk-count">
          <strong>{t.count(risky.length)}</strong>
        </p>
      )}
      {risky.length > 0 && (
        <>
          <table>
            <caption className="visually-hidden">{t.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.accessSince}</th>
                <th scope="col">{t.why}</th>
              </tr>
            </thead>
            <tbody>
              {risky.slice(0, SHOWN).map((r) => (
                <tr key={r.person.id} data-testid="access-risk-row">
                  <th scope="row">
                    <a href={routeHref('handlaggare', 'person', r.person.id)}>{r.person.name}</a>
                  </th>
                  <td>{r.person.unit}</td>
                  <td>{r.person.accessFrom}</td>
                  <td>{t.reason[r.status as AccessRiskReason]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {risky.length > SHOWN && <p>{t.more(risky.length - SHOWN)}</p>}
          <div className="actions">
            <button type="button" onClick={onShow}>
              {t.show}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
