import { useState, type FormEvent } from 'react'
import type { CaseworkerRecord } from '@renderer/db'
import { access } from '@renderer/i18n/caseworkers/access'
import { DateField } from '@renderer/ui/DateField'
import { saveCaseworkerAccess } from './actions/access'

/** "Har behörighet i SSBTEK" with from/to dates, and every recorded change below it. */
export function AccessSection({ person, onSaved }: { person: CaseworkerRecord; onSaved: (message: string) => Promise<void> }) {
  const t = access.person
  const [hasAccess, setHasAccess] = useState(Boolean(person.accessFrom))
  const [from, setFrom] = useState(person.accessFrom ?? '')
  const [to, setTo] = useState(person.accessTo ?? '')
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({})
  const [busy, setBusy] = useState(false)
  const history = person.accessHistory ?? []

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const result = await saveCaseworkerAccess(person, { hasAccess, from, to })
      if (!result.ok) return setErrors(result.errors)
      setErrors({})
      await onSaved(result.changed ? t.saved : t.unchanged)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="cw-access-title">
      <h2 id="cw-access-title">{t.title}</h2>
      <p data-testid="access-current">{person.accessFrom ? t.current(person.accessFrom, person.accessTo) : t.none}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t.intro}</p>
        <div className="cw-radio">
          <input type="checkbox" id="cw-access-has" checked={hasAccess} onChange={(e) => setHasAccess(e.target.checked)} />
          <label htmlFor="cw-access-has">{t.hasAccess}</label>
        </div>
        {hasAccess && (
          <>
            <DateField label={t.from} error={errors.from ?? null} required value={from} onChange={setFrom} />
            <DateField label={t.to} hint={t.toHint} error={errors.to ?? null} value={to} onChange={setTo} />
          </>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t.save}
          </button>
        </div>
      </form>
      <h3>{t.historyTitle}</h3>
      {history.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <table data-testid="access-history">
          <caption className="visually-hidden">{t.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.historyRecorded}</th>
              <th scope="col">{t.historyChange}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.recordedAt}-${i}`}>
                <td>{h.recordedAt.slice(0, 10)}</td>
                <td>{t.change(h.from, h.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
