import { useEffect, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { listVersions, restoreVersion } from '@renderer/db/agreementVersions'
import type { AgreementDraftRecord, AgreementVersionRecord } from '@renderer/db/types'
import { diffAgreement, fieldLabel, flattenFields } from '@renderer/domain/drafts/agreementDiff'
import { versionText as t } from '@renderer/i18n/backup'
import { useUi } from '@renderer/store/ui'

const when = (iso: string) => formatStockholmTime(iso, { seconds: true })

/**
 * The draft's versions, newest first, each viewable (read-only) and restorable. Contract used by
 * the agreement editor: `onRestore` receives the draft after restoring so the editor can show its
 * data. `refreshKey` changes whenever the editor records a version, so the list reloads.
 */
export function VersionHistoryPanel(props: { draftId: string; refreshKey?: unknown; onRestore: (draft: AgreementDraftRecord) => void }) {
  const { draftId, refreshKey, onRestore } = props
  const announce = useUi((s) => s.announce)
  const [versions, setVersions] = useState<AgreementVersionRecord[]>([])
  const [error, setError] = useState<string | null>(null)
  const [viewing, setViewing] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void listVersions(draftId).then((list) => live && setVersions(list))
    return () => {
      live = false
    }
  }, [draftId, refreshKey])

  const restore = async (v: AgreementVersionRecord) => {
    try {
      const draft = await restoreVersion(draftId, v.id)
      setVersions(await listVersions(draftId))
      setViewing(null)
      setError(null)
      announce(t.restored(when(v.createdAt)))
      onRestore(draft)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const shown = versions.find((v) => v.id === viewing)
  const previous = shown ? versions[versions.indexOf(shown) + 1] : undefined

  return (
    <section aria-labelledby="version-history-title" className="version-history">
      <h2 id="version-history-title">{t.title}</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
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
            {versions.map((v) => (
              <tr key={v.id} aria-current={v.id === viewing ? 'true' : undefined}>
                <td>
                  <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
                </td>
                <td>{t.reasons[v.reason] ?? v.reason}</td>
                <td>{v.summary}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setViewing(v.id === viewing ? null : v.id)}
                    aria-expanded={v.id === viewing}
                  >
                    {t.view}
                    <span className="visually-hidden"> versionen från {when(v.createdAt)}</span>
                  </button>
                  <button type="button" className="secondary" onClick={() => void restore(v)}>
                    {t.restore}
                    <span className="visually-hidden"> versionen från {when(v.createdAt)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && <VersionView version={shown} previous={previous} onClose={() => setViewing(null)} onRestore={() => void restore(shown)} />}
    </section>
  )
}

/** A version's content, read-only, with the fields that changed since the version before it marked. */
function VersionView(props: {
  version: AgreementVersionRecord
  previous?: AgreementVersionRecord
  onClose: () => void
  onRestore: () => void
}) {
  const { version, previous, onClose, onRestore } = props
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [version.id])
  const changes = previous ? diffAgreement(previous.data, version.data).filter((c) => !/\.png$/.test(c.path)) : []
  const changed = new Set(changes.map((c) => c.path))
  const fields = [...flattenFields(version.data).entries()].filter(([path]) => !/\.png$/.test(path))
  const title = t.viewTitle(when(version.createdAt))

  return (
    <section aria-labelledby="version-view-title" className="card version-view">
      <h3 id="version-view-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="hint">{t.readOnly}</p>
      {changes.length > 0 && (
        <>
          <h4>{t.changesTitle}</h4>
          <ul className="version-changes">
            {changes.map((c) => (
              <li key={c.path}>
                {capitalise(c.label)}: {c.before || t.emptyValue} → {c.after || t.emptyValue}
              </li>
            ))}
          </ul>
        </>
      )}
      <dl className="facts">
        {fields.map(([path, value]) => (
          <div key={path} style={{ display: 'contents' }}>
            <dt>
              {capitalise(fieldLabel(path))}
              {changed.has(path) && <span className="badge warn"> (ändrad)</span>}
            </dt>
            <dd>{value === null || value === '' ? t.emptyValue : String(value)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" onClick={onRestore}>
          {t.restore}
          <span className="visually-hidden"> versionen från {when(version.createdAt)}</span>
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  )
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
