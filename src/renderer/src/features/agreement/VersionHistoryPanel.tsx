import { useEffect, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { listVersions } from '@renderer/db/agreementVersions'
import type { AgreementDraftRecord, AgreementVersionRecord } from '@renderer/db/types'
import { ag } from '@renderer/i18n/agreement'
import { useUi } from '@renderer/store/ui'
import { restoreAgreementVersion } from './actions'
import { changeSummary, versionChanges, versionSections, type VersionChange } from './versionView'

const t = ag.versions
const when = (iso: string) => formatStockholmTime(iso)

/**
 * The draft's versions, newest first, each viewable (read-only) and restorable. Contract used by
 * the agreement editor: `onRestore` receives the draft after restoring so the editor can show its
 * data. `refreshKey` changes whenever the editor records a version, so the list reloads.
 * `signatures` is how many have signed the draft as it is now: restoring over any asks first.
 */
export function VersionHistoryPanel(props: {
  draftId: string
  refreshKey?: unknown
  signatures?: { signed: number; total: number }
  onRestore: (draft: AgreementDraftRecord) => void
}) {
  const { draftId, refreshKey, signatures, onRestore } = props
  const announce = useUi((s) => s.announce)
  const [versions, setVersions] = useState<AgreementVersionRecord[]>([])
  const [error, setError] = useState<string | null>(null)
  const [viewing, setViewing] = useState<string | null>(null)
  /** A version waiting for the user to confirm restoring it over the signatures. */
  const [confirming, setConfirming] = useState<AgreementVersionRecord | null>(null)

  useEffect(() => {
    let live = true
    void listVersions(draftId).then((list) => live && setVersions(list))
    return () => {
      live = false
    }
  }, [draftId, refreshKey])

  // The lock says a change needs a new signing round; restoring must not slip past it unasked.
  const askToRestore = (v: AgreementVersionRecord) => {
    if (signatures && signatures.signed > 0) setConfirming(v)
    else void restore(v)
  }

  const restore = async (v: AgreementVersionRecord) => {
    setConfirming(null)
    try {
      const draft = await restoreAgreementVersion(draftId, v.id)
      setVersions(await listVersions(draftId))
      setViewing(null)
      setError(null)
      announce(t.restored(when(v.createdAt)))
      onRestore(draft)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const shownAt = versions.findIndex((v) => v.id === viewing)
  const shown = versions[shownAt]

  return (
    <section aria-labelledby="version-history-title" className="version-history">
      <h2 id="version-history-title">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {confirming && signatures && (
        <div role="group" aria-labelledby="confirm-restore-title" className="notice warn">
          <p id="confirm-restore-title">
            <strong>{t.confirmTitle(when(confirming.createdAt))}</strong>
          </p>
          <p>{t.confirmText(signatures.signed, signatures.total)}</p>
          <div className="actions">
            <button type="button" onClick={() => void restore(confirming)}>
              {t.confirm(when(confirming.createdAt))}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)} autoFocus>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {versions.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.time}</th>
              <th scope="col">{t.event}</th>
              <th scope="col">{t.change}</th>
              <th scope="col">
                <span className="visually-hidden">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.id} aria-current={v.id === viewing ? 'true' : undefined}>
                <td className="time">
                  <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
                </td>
                <td>{t.reasons[v.reason] ?? v.reason}</td>
                <td>
                  {changeSummary(versions[i + 1]?.data, v.data)}
                  {v.summary && <span className="note">{v.summary}</span>}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setViewing(v.id === viewing ? null : v.id)}
                    aria-expanded={v.id === viewing}
                  >
                    {t.view}
                    <span className="visually-hidden">{t.versionFrom(when(v.createdAt))}</span>
                  </button>
                  <button type="button" className="secondary" onClick={() => askToRestore(v)}>
                    {t.restore}
                    <span className="visually-hidden">{t.versionFrom(when(v.createdAt))}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && (
        <VersionView
          version={shown}
          previous={versions[shownAt + 1]}
          onClose={() => setViewing(null)}
          onRestore={() => askToRestore(shown)}
        />
      )}
    </section>
  )
}

/** A version's content, read-only, section by section as in the form, with what changed since the version before it. */
function VersionView(props: {
  version: AgreementVersionRecord
  previous?: AgreementVersionRecord
  onClose: () => void
  onRestore: () => void
}) {
  const { version, previous, onClose, onRestore } = props
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [version.id])
  const changes = versionChanges(previous?.data, version.data)
  const sections = versionSections(version.data, previous?.data)
  const time = when(version.createdAt)

  return (
    <section aria-labelledby="version-view-title" className="card version-view">
      <h3 id="version-view-title" ref={heading} tabIndex={-1}>
        {t.viewTitle(time)}
      </h3>
      <p className="hint">{t.readOnly}</p>
      {changes.length > 0 && (
        <>
          <h4>{previous ? t.changesTitle : t.firstVersionTitle}</h4>
          <ChangeList changes={changes} />
        </>
      )}
      {sections.map((section) =>
        section.id === 'events' ? (
          <div key={section.id}>
            <h4>{section.title}</h4>
            <ul className="version-events">
              {section.rows.map((row) => (
                <li key={row.path}>{row.value}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div key={section.id}>
            <h4>{section.title}</h4>
            <dl className="facts">
              {section.rows.map((row) => (
                <div key={row.path} className="fact">
                  <dt>
                    {row.label}
                    {row.changed && <span className="badge warn"> {t.changed}</span>}
                  </dt>
                  <dd>{row.value || t.emptyValue}</dd>
                </div>
              ))}
            </dl>
          </div>
        )
      )}
      <div className="actions">
        <button type="button" onClick={onRestore}>
          {t.restore}
          <span className="visually-hidden">{t.versionFrom(time)}</span>
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  )
}

/** What changed, one line per field: what kind of change, the field's label, the old and the new value. */
export function ChangeList({ changes }: { changes: readonly VersionChange[] }) {
  return (
    <ul className="version-changes">
      {changes.map((c) => (
        <li key={c.path}>
          <span className={`badge ${c.kind === 'removed' ? 'warn' : 'muted'}`}>{t.kinds[c.kind]}</span> {c.label}:{' '}
          {c.kind === 'added' ? (
            c.after
          ) : (
            <>
              <del>{c.before || t.emptyValue}</del> → {c.after ? <ins>{c.after}</ins> : t.emptyValue}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
