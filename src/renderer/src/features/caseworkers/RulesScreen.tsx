import { useEffect, useState, type FormEvent } from 'react'
import { getUndertakingPolicy, setUndertakingPolicy } from '@renderer/db'
import { cw } from '@renderer/i18n/caseworkers'
import { Field } from '@renderer/ui/Field'
import { RetentionSection } from './RetentionSection'

const intIn = (raw: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(raw.trim())) return null
  const n = Number(raw)
  return n >= min && n <= max ? n : null
}

export default function RulesScreen() {
  const [days, setDays] = useState('')
  const [renew, setRenew] = useState('')
  const [policyErrors, setPolicyErrors] = useState<{ days?: string; renew?: string }>({})
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    void getUndertakingPolicy().then((p) => {
      setDays(String(p.signWithinDays))
      setRenew(p.renewEveryMonths ? String(p.renewEveryMonths) : '')
    })
  }, [])

  async function savePolicy(event: FormEvent) {
    event.preventDefault()
    const d = intIn(days, 0, 365)
    const r = renew.trim() ? intIn(renew, 1, 120) : null
    const errors = {
      days: d === null ? cw.settings.invalidDays : undefined,
      renew: renew.trim() && r === null ? cw.settings.invalidMonths : undefined
    }
    setPolicyErrors(errors)
    if (errors.days || errors.renew) return
    await setUndertakingPolicy({ signWithinDays: d!, renewEveryMonths: r })
    setMessage(cw.settings.policySaved)
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

      <RetentionSection />
    </section>
  )
}
