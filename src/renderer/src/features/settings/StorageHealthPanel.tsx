import { useCallback, useEffect, useState } from 'react'
import { storageHealth, type StorageHealth } from '@renderer/db/storageHealth'
import { formatBytes } from '@renderer/domain/backup/reminder'
import { settingsText as t, tableLabel } from '@renderer/i18n/backup'
import { sv } from '@renderer/i18n/sv'

/** Space used and available, and how many records of each kind are stored. */
export function StorageHealthPanel() {
  const [health, setHealth] = useState<StorageHealth | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    storageHealth()
      .then((h) => {
        setHealth(h)
        setError(null)
      })
      .catch((e: unknown) => setError(`${sv.errors.dbFailed} ${(e as Error)?.message ?? ''}`))
  }, [])
  useEffect(load, [load])

  return (
    <section aria-labelledby="storage-health-title">
      <h2 id="storage-health-title">{t.healthTitle}</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!health ? (
        !error && <p>{sv.loading}</p>
      ) : (
        <>
          {health.usage !== null && health.quota !== null ? (
            <dl className="facts" data-testid="storage-estimate">
              <dt>{t.used}</dt>
              <dd>{formatBytes(health.usage)}</dd>
              <dt>{t.available}</dt>
              <dd>{formatBytes(Math.max(0, health.quota - health.usage))}</dd>
            </dl>
          ) : (
            <p>{t.estimateUnknown}</p>
          )}
          <table data-testid="record-counts">
            <caption>{t.countsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.kindColumn}</th>
                <th scope="col">{t.countColumn}</th>
              </tr>
            </thead>
            <tbody>
              {health.counts.map((c) => (
                <tr key={c.table}>
                  <th scope="row">{tableLabel(c.table)}</th>
                  <td>{c.count.toLocaleString('sv-SE')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="secondary" onClick={load}>
              {t.refresh}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
