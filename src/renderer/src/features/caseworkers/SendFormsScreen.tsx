import { useMemo, useState } from 'react'
import { openMailDraft, saveFile } from '@renderer/platform/bridge'
import { buildFormMailto, buildFormMailtoForAll, planFormFiles, type PlannedForm } from '@renderer/domain/caseworkers/formDispatch'
import { cw } from '@renderer/i18n/caseworkers/register'
import { forms } from '@renderer/i18n/caseworkers/undertakingForms'
import { routeHref, useUi } from '@renderer/store/ui'
import { prepareFormPackage } from './actions/undertakingForms'
import { getFormSelection } from './formSelection'
import { useUndertakingData } from './useUndertakingData'

const SHOWN = 50

/** Sends the undertaking out as one fillable PDF per person, in a zip with a cover list. */
export default function SendFormsScreen() {
  const { dashboard, loaded, error } = useUndertakingData()
  const profile = useUi((s) => s.profile)
  const selectedIds = getFormSelection()
  const [who, setWho] = useState<'selected' | 'needs-action'>(selectedIds.length ? 'selected' : 'needs-action')
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null)
  const [sent, setSent] = useState<PlannedForm[] | null>(null)

  const people = useMemo(() => {
    if (!dashboard) return []
    const chosen = new Set(selectedIds)
    const rows =
      who === 'selected'
        ? dashboard.rows.filter((r) => chosen.has(r.person.id) && r.status !== 'inactive')
        : dashboard.rows.filter((r) => r.needsAction)
    return rows.map((r) => ({ id: r.person.id, name: r.person.name, email: r.person.email, unit: r.person.unit }))
  }, [dashboard, who, selectedIds])

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    )
  if (!dashboard || !loaded) return <p className="loading">Laddar…</p>
  const version = loaded.data.versions.find((v) => v.id === dashboard.currentVersion?.id)
  const municipality = profile?.officialName ?? ''
  const planned = version ? planFormFiles(people, version.number) : []
  const needsAction = dashboard.rows.filter((r) => r.needsAction).length
  const chosen = new Set(selectedIds)
  // People who have left are never sent a form, even if they were selected.
  const selectedActive = dashboard.rows.filter((r) => chosen.has(r.person.id) && r.status !== 'inactive').length

  async function create() {
    if (!version) return
    setStatus({ kind: 'busy', text: forms.send.working(0, people.length) })
    try {
      const pkg = await prepareFormPackage({
        people,
        version,
        municipality,
        onProgress: (done, total) => setStatus({ kind: 'busy', text: forms.send.working(done, total) })
      })
      await saveFile(pkg.zipName, pkg.zipBytes, [{ name: 'Zip', extensions: ['zip'] }])
      setSent(pkg.planned)
      setStatus({ kind: 'ok', text: forms.send.saved(pkg.zipName) })
    } catch (e) {
      setStatus({ kind: 'error', text: `${forms.send.failed} ${(e as Error)?.message ?? ''}` })
    }
  }

  async function mail(url: string) {
    if (!(await openMailDraft(url))) setStatus({ kind: 'error', text: forms.send.noMailClient })
  }

  return (
    <section aria-labelledby="cw-send-title">
      <h1 id="cw-send-title">{forms.send.title}</h1>
      <p>{forms.send.intro}</p>
      <p className="notice">{cw.reports.notToFk}</p>
      {!version ? (
        <p className="notice warn">
          {forms.send.noVersion} <a href={routeHref('handlaggare', 'forsakran')}>{cw.subnav.template}</a>
        </p>
      ) : (
        <>
          <p>{forms.send.version(version.number, version.publishedOn)}</p>
          <fieldset>
            <legend>{forms.send.whoLegend}</legend>
            {selectedIds.length > 0 && (
              <div className="cw-radio">
                <input
                  type="radio"
                  id="cw-send-selected"
                  name="cw-send-who"
                  checked={who === 'selected'}
                  onChange={() => setWho('selected')}
                />
                <label htmlFor="cw-send-selected">{forms.send.whoSelected(selectedActive)}</label>
              </div>
            )}
            <div className="cw-radio">
              <input
                type="radio"
                id="cw-send-needs"
                name="cw-send-who"
                checked={who === 'needs-action'}
                onChange={() => setWho('needs-action')}
              />
              <label htmlFor="cw-send-needs">{forms.send.whoNeedsAction(needsAction)}</label>
            </div>
          </fieldset>
          {planned.length === 0 ? (
            <p className="notice">{forms.send.nobody}</p>
          ) : (
            <>
              <FileTable rows={planned} />
              <div className="actions">
                <button type="button" disabled={status?.kind === 'busy'} onClick={() => void create()}>
                  {forms.send.create(planned.length)}
                </button>
              </div>
            </>
          )}
          {status && (
            <p
              className={`notice ${status.kind === 'ok' ? 'ok' : status.kind === 'error' ? 'danger' : ''}`}
              role={status.kind === 'error' ? 'alert' : 'status'}
            >
              {status.text}
            </p>
          )}
          {sent && sent.length > 0 && (
            <section aria-labelledby="cw-send-mail">
              <h2 id="cw-send-mail">{forms.send.mailTitle}</h2>
              <p className="notice warn">{forms.send.mailNote}</p>
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void mail(buildFormMailtoForAll({ emails: sent.map((p) => p.email), municipality }))}
                >
                  {forms.send.mailAll}
                </button>
              </div>
              <ul className="cw-mail-list">
                {sent.slice(0, SHOWN).map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void mail(buildFormMailto({ email: p.email, fileName: p.fileName, municipality }))}
                    >
                      {forms.send.mailOne(p.name)}
                    </button>{' '}
                    {forms.send.attachHint(p.fileName)}
                  </li>
                ))}
              </ul>
              {sent.length > SHOWN && <p>{cw.importer.andMore(sent.length - SHOWN)}</p>}
            </section>
          )}
          <p>
            <a href={routeHref('handlaggare', 'formular-in')}>{forms.receive.link}</a>
          </p>
        </>
      )}
    </section>
  )
}

function FileTable({ rows }: { rows: PlannedForm[] }) {
  const c = forms.send.columns
  return (
    <>
      <div className="cw-summary" style={{ overflowX: 'auto' }}>
        <table>
          <caption>{forms.send.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.unit}</th>
              <th scope="col">{c.email}</th>
              <th scope="col">{c.file}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((p) => (
              <tr key={p.id} data-testid="cw-send-row">
                <td>{p.name}</td>
                <td>{p.unit}</td>
                <td>{p.email}</td>
                <td>{p.fileName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p>{cw.importer.andMore(rows.length - SHOWN)}</p>}
    </>
  )
}
