import { useEffect, useState } from 'react'
import { listVersions, restoreVersion } from '@renderer/db/agreementVersions'
import type { AgreementDraftRecord, AgreementVersionRecord } from '@renderer/db/types'

const REASONS: Record<AgreementVersionRecord['reason'], string> = {
  edit: 'Redigering',
  signed: 'Undertecknad',
  exported: 'Exporterad',
  restored: 'Återställd'
}

/**
 * The draft's versions, newest first, each restorable. Contract used by the agreement editor:
 * `onRestore` receives the draft after restoring so the editor can show its data.
 * `refreshKey` changes whenever the editor records a version, so the list reloads.
 */
export function VersionHistoryPanel(props: { draftId: string; refreshKey?: unknown; onRestore: (draft: AgreementDraftRecord) => void }) {
  const { draftId, refreshKey, onRestore } = props
  const [versions, setVersions] = useState<AgreementVersionRecord[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void listVersions(draftId).then(setVersions)
  }, [draftId, refreshKey])

  const restore = async (v: AgreementVersionRecord) => {
    try {
      const draft = await restoreVersion(draftId, v.id)
      setVersions(await listVersions(draftId))
      onRestore(draft)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <section aria-labelledby="version-history-title">
      <h2 id="version-history-title">Versionshistorik</h2>
      {error && <p className="error" role="alert">{error}</p>}
      {versions.length === 0 ? (
        <p>Inga sparade versioner ännu.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Händelse</th>
              <th scope="col">Ändring</th>
              <th scope="col"><span className="visually-hidden">Åtgärd</span></th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{new Date(v.createdAt).toLocaleString('sv-SE')}</td>
                <td>{REASONS[v.reason]}</td>
                <td>{v.summary}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void restore(v)}>
                    Återställ<span className="visually-hidden"> versionen från {new Date(v.createdAt).toLocaleString('sv-SE')}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
