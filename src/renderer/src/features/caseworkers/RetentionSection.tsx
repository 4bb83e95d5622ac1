import { useEffect, useState, type FormEvent } from 'react'
import { localToday } from '@renderer/domain/caseworkers/dates'
import type { RuleProblem } from '@renderer/domain/retention/rule'
import { retention as t } from '@renderer/i18n/retention'
import { Field } from '@renderer/ui/Field'
import { cullNow, loadRetention, saveRetentionRule, turnOffRetention, type RetentionState, type RuleForm } from './actions/retention'

const formOf = (state: RetentionState): RuleForm => ({
  amount: state.rule ? String(state.rule.amount) : '',
  unit: state.rule?.unit ?? 'years',
  basis: state.rule?.basis ?? 'employment',
  planReference: state.rule?.planReference ?? ''
})

/** The culling rule with its plan reference, a preview of what it would cull, and the culling log. */
export function RetentionSection() {
  const [state, setState] = useState<RetentionState | null>(null)
  const [form, setForm] = useState<RuleForm | null>(null)
  const [problems, setProblems] = useState<RuleProblem[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void loadRetention(localToday()).then((s) => {
      setState(s)
      setForm(formOf(s))
    })
  }, [])
  if (!state || !form) return <p className="loading">Laddar…</p>

  const problemOf = (field: RuleProblem['field']) => {
    const p = problems.find((x) => x.field === field)
    if (!p) return null
    return p.code === 'amount-invalid' ? t.problems['amount-invalid'](form.unit) : t.problems[p.code]
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    const result = await saveRetentionRule(form!, localToday())
    if (!result.ok) return setProblems(result.problems)
    setProblems([])
    setState(result.state)
    setMessage(t.saved)
  }

  async function turnOff() {
    const next = await turnOffRetention(localToday())
    setState(next)
    setForm(formOf(next))
    setProblems([])
    setMessage(t.turnedOff)
  }

  async function cull() {
    setBusy(true)
    try {
      const { entry, state: next } = await cullNow(localToday())
      setState(next)
      setMessage(t.done(entry?.counts.people ?? 0))
    } finally {
      setBusy(false)
    }
  }

  const { preview, rule, log } = state
  return (
    <section aria-labelledby="cw-retention-title">
      <h2 id="cw-retention-title">{t.title}</h2>
      <p>{t.intro}</p>
      <p data-testid="retention-rule">
        <strong>{rule ? t.current(rule) : t.none}</strong>
      </p>
      {rule && !rule.planReference && <p className="notice warn">{t.legacy}</p>}
      {message && (
        <p className="notice ok" role="status">
          {message}
        </p>
      )}
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="cw-filters">
          <Field label={t.amount} hint={t.amountHint(form.unit)} error={problemOf('amount')} required>
            <input type="number" min={1} value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
          </Field>
          <Field label={t.unit}>
            <select value={form.unit} onChange={(e) => setForm({ ...form, unit: e.target.value as RuleForm['unit'] })}>
              <option value="years">{t.units.years}</option>
              <option value="months">{t.units.months}</option>
            </select>
          </Field>
        </div>
        <fieldset>
          <legend>{t.basis}</legend>
          {(Object.keys(t.basisOptions) as RuleForm['basis'][]).map((b) => (
            <div className="cw-radio" key={b}>
              <input
                type="radio"
                id={`cw-basis-${b}`}
                name="cw-basis"
                checked={form.basis === b}
                onChange={() => setForm({ ...form, basis: b })}
              />
              <label htmlFor={`cw-basis-${b}`}>{t.basisOptions[b]}</label>
            </div>
          ))}
          <p className="hint">{t.basisNote}</p>
        </fieldset>
        <Field label={t.plan} hint={t.planHint} error={problemOf('planReference')} required>
          <input type="text" value={form.planReference} onChange={(e) => setForm({ ...form, planReference: e.target.value })} />
        </Field>
        <div className="actions">
          <button type="submit">{t.save}</button>
          {rule && (
            <button type="button" className="secondary" onClick={() => void turnOff()}>
              {t.turnOff}
            </button>
          )}
        </div>
      </form>

      {rule && (
        <>
          <h3>{t.previewTitle}</h3>
          {preview.people.length === 0 ? (
            <p data-testid="retention-preview">{t.previewNone}</p>
          ) : (
            <>
              <div data-testid="retention-preview">
                <p>{t.previewCounts}</p>
                <ul>
                  <li>{t.kinds.people(preview.counts.people)}</li>
                  <li>{t.kinds.acknowledgements(preview.counts.acknowledgements)}</li>
                  <li>{t.kinds.files(preview.counts.files)}</li>
                </ul>
              </div>
              <table>
                <caption className="visually-hidden">{t.previewCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.previewColumns.name}</th>
                    <th scope="col">{t.previewColumns.unit}</th>
                    <th scope="col">{t.previewColumns.endDate}</th>
                    <th scope="col">{t.previewColumns.accessTo}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.people.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{p.unit}</td>
                      <td>{p.endDate ?? ''}</td>
                      <td>{p.accessTo ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions">
                <button type="button" className="danger" disabled={busy} onClick={() => void cull()}>
                  {t.run(preview.people.length)}
                </button>
              </div>
            </>
          )}
        </>
      )}

      <h2>{t.logTitle}</h2>
      <p>{t.logIntro}</p>
      {log.length === 0 ? (
        <p>{t.logEmpty}</p>
      ) : (
        <table data-testid="culling-log">
          <caption className="visually-hidden">{t.logCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.logColumns.at}</th>
              <th scope="col">{t.logColumns.what}</th>
              <th scope="col">{t.logColumns.why}</th>
              <th scope="col" className="num">
                {t.logColumns.people}
              </th>
              <th scope="col" className="num">
                {t.logColumns.acknowledgements}
              </th>
              <th scope="col" className="num">
                {t.logColumns.files}
              </th>
            </tr>
          </thead>
          <tbody>
            {log.map((e) => (
              <tr key={e.id}>
                <td>{localToday(new Date(e.at))}</td>
                <td>{t.logWhat(e)}</td>
                <td>{t.logWhy(e)}</td>
                <td className="num">{e.counts.people}</td>
                <td className="num">{e.counts.acknowledgements}</td>
                <td className="num">{e.counts.files}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
