import { useEffect, useState, type FormEvent } from 'react'
import {
  eraseCaseworkers,
  getRetentionMonths,
  getUndertakingPolicy,
  previewRetention,
  setRetentionMonths,
  setUndertakingPolicy,
  type CaseworkerRecord
} from '@renderer/db'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { cw } from '@renderer/i18n/caseworkers'
import { Field } from '@renderer/ui/Field'

const intIn = (raw: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(raw.trim())) return null
  const n = Number(raw)
  return n >= min && n <= max ? n : null
}

export default function RulesScreen() {
  const [days, setDays] = useState('')
  const [renew, setRenew] = useState('')
  const [months, setMonths] = useState('')
  const [policyErrors, setPolicyErrors] = useState<{ days?: string; renew?: string }>({})
  const [retentionError, setRetentionError] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [preview, setPreview] = useState<CaseworkerRecord[] | null>(null)

  useEffect(() => {
    void Promise.all([getUndertakingPolicy(), getRetentionMonths()]).then(([p, m]) => {
      setDays(String(p.signWithinDays))
      setRenew(p.renewEveryMonths ? String(p.renewEveryMonths) : '')
      setMonths(m ? String(m) : '')
      if (m) void previewRetention(m, localToday()).then(setPreview)
    })
  }, [])

  async function savePolicy(event: FormEvent) {
    event.preventDefault()
    const d = intIn(days, 0, 365)
    const r = renew.trim() ? intIn(renew, 1, 120) : null
    const errors = { days: d === null ? cw.settings.invalidDays : undefined, renew: renew.trim() && r === null ? cw.settings.invalidMonths : undefined }
    setPolicyErrors(errors)
    if (errors.days || errors.renew) return
    await setUndertakingPolicy({ signWithinDays: d!, renewEveryMonths: r })
    setMessage(cw.settings.policySaved)
  }

  async function saveRetention(event: FormEvent) {
    event.preventDefault()
    const m = months.trim() ? intIn(months, 1, 600) : null
    if (months.trim() && m === null) return setRetentionError(cw.settings.invalidMonths)
    setRetentionError(null)
    await setRetentionMonths(m)
    setPreview(m ? await previewRetention(m, localToday()) : [])
    setMessage(cw.settings.retentionSaved)
  }

  async function runRetention() {
    if (!preview?.length) return
    const n = preview.length
    await eraseCaseworkers(preview.map((p) => p.id))
    setPreview([])
    setMessage(cw.settings.retentionDone(n))
  }

  return (
    <section aria-labelledby="cw-rules-title">
      <h1 id="cw-rules-title">{cw.settings.title}</h1>
      {message && (
        <p className="notice ok" role="status">
          {message}
        </p>
      )}
      <h2>{cw.settings.policyTitle}</h2>
      <form onSubmit={(e) => void savePolicy(e)} noValidate>
        <Field label={cw.settings.signWithin} hint={cw.settings.signWithinHint} error={policyErrors.days} required>
          <input type="number" min={0} max={365} value={days} onChange={(e) => setDays(e.target.value)} />
        </Field>
        <Field label={cw.settings.renew} hint={cw.settings.renewHint} error={policyErrors.renew}>
          <input type="number" min={1} max={120} value={renew} onChange={(e) => setRenew(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">{cw.settings.savePolicy}</button>
        </div>
      </form>

      <h2>{cw.settings.retentionTitle}</h2>
      <p>{cw.settings.retentionIntro}</p>
      <form onSubmit={(e) => void saveRetention(e)} noValidate>
        <Field label={cw.settings.retentionMonths} hint={cw.settings.retentionHint} error={retentionError}>
          <input type="number" min={1} value={months} onChange={(e) => setMonths(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">{cw.settings.saveRetention}</button>
        </div>
      </form>
      {preview && (
        <>
          <h3>{cw.settings.previewTitle}</h3>
          {preview.length === 0 ? (
            <p>{cw.settings.previewNone}</p>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{cw.settings.previewCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{cw.fields.name}</th>
                    <th scope="col">{cw.fields.unit}</th>
                    <th scope="col">{cw.fields.endDate}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{p.unit}</td>
                      <td>{p.endDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions">
                <button type="button" className="danger" onClick={() => void runRetention()}>
                  {cw.settings.runRetention(preview.length)}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  )
}
