import { useCallback, useEffect, useState } from 'react'
import { cw } from '@renderer/i18n/caseworkers/register'
import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { policyFormOf, type PolicyForm } from '@renderer/domain/caseworkers/policy'
import type { UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { RetentionSection } from './RetentionSection'
import { checkPolicyForm, loadPolicy, policyCopyKey, policyRevision, savePolicy } from './actions/rules'

type State = { form: PolicyForm; errors: { days?: string; renew?: string }; valid: UndertakingPolicy }

export default function RulesScreen() {
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    void loadPolicy().then((stored) => {
      // A change typed just before the window closed may exist only in its write-ahead copy.
      const policy = recoverStartingValue(policyCopyKey, stored, policyRevision)
      setState((s) => s ?? { form: policyFormOf(policy), errors: {}, valid: policy })
    })
  }, [])

  // Only a valid policy is handed on: invalid input stays in the form with its error and is not saved.
  const { state: saveState } = useAutosave(
    state?.valid ?? null,
    useCallback(async (p: UndertakingPolicy | null) => {
      if (p) await savePolicy(p)
    }, []),
    {
      enabled: state !== null,
      copy: { key: policyCopyKey, revisionOf: (p) => (p ? policyRevision(p) : '') }
    }
  )

  const change = (key: keyof PolicyForm) => (e: { target: { value: string } }) =>
    setState((s) => {
      if (!s) return s
      const form = { ...s.form, [key]: e.target.value }
      const { policy, errors } = checkPolicyForm(form)
      return { form, errors, valid: policy ?? s.valid }
    })

  const blocked = state && (state.errors.days || state.errors.renew) ? cw.settings.saveBlocked : null
  return (
    <section aria-labelledby="cw-rules-title">
      <h1 id="cw-rules-title">{cw.settings.title}</h1>
      <h2>{cw.settings.policyTitle}</h2>
      {!state ? (
        <p className="loading">Laddar…</p>
      ) : (
        <div>
          <Field label={cw.settings.signWithin} hint={cw.settings.signWithinHint} error={state.errors.days} required>
            <input type="number" min={0} max={365} value={state.form.days} onChange={change('days')} />
          </Field>
          <Field label={cw.settings.renew} hint={cw.settings.renewHint} error={state.errors.renew}>
            <input type="number" min={1} max={120} value={state.form.renew} onChange={change('renew')} />
          </Field>
          <SaveStatus state={saveState} blocked={blocked} />
        </div>
      )}

      <RetentionSection />
    </section>
  )
}
