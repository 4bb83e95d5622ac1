import { useCallback, useId, useState } from 'react'
import { saveConsent } from '@renderer/db/connection'
import type { Consent, ConsentKind } from '@renderer/domain/connection/types'
import { consentHeld } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { Field } from '@renderer/ui/Field'
import { DateField, validDateOrUndefined } from './DateField'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { useAutosave } from '@renderer/ui/useAutosave'

type Form = { kind: ConsentKind; date: string; reference: string }

const KINDS: ConsentKind[] = ['have', 'not-yet', 'applied', 'granted', 'unknown']

function toConsent(f: Form): Consent {
  const date = validDateOrUndefined(f.date)
  switch (f.kind) {
    case 'have':
      return { kind: 'have', date, reference: f.reference.trim() || undefined }
    case 'applied':
      return { kind: 'applied', date }
    case 'granted':
      return { kind: 'granted', date }
    default:
      return { kind: f.kind }
  }
}

/** Transportstyrelsen's consent to direct access to Vägtrafikregistret, and the plain warning while it is missing. */
export function ConsentPanel({ boardId, consent, onChanged, headingLevel = 2 }: { boardId: string; consent: Consent; onChanged: () => void; headingLevel?: 2 | 3 }) {
  const name = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const [form, setForm] = useState<Form>(() => ({
    kind: consent.kind,
    date: 'date' in consent ? (consent.date ?? '') : '',
    reference: consent.kind === 'have' ? (consent.reference ?? '') : ''
  }))
  const save = useCallback(
    async (f: Form) => {
      await saveConsent(boardId, toConsent(f))
      onChanged()
    },
    [boardId, onChanged]
  )
  const { state } = useAutosave(form, save)
  const current = toConsent(form)
  const dateLabel = form.kind === 'have' ? cx.consentDate : form.kind === 'applied' ? cx.consentAppliedDate : cx.consentGrantedDate
  return (
    <section className="card" aria-labelledby={`${name}-title`} data-testid="consent">
      <Heading id={`${name}-title`}>{cx.consentHeading}</Heading>
      <p>{cx.consentIntro}</p>
      <fieldset className="radio-group">
        <legend>{cx.consentLegend}</legend>
        {KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name={name} value={kind} checked={form.kind === kind} onChange={() => setForm((f) => ({ ...f, kind }))} /> {cx.consentLabels[kind]}
          </label>
        ))}
      </fieldset>
      {(form.kind === 'have' || form.kind === 'applied' || form.kind === 'granted') && (
        <div className="task-fields">
          <DateField label={dateLabel} value={form.date} onChange={(v) => setForm((f) => ({ ...f, date: v }))} />
          {form.kind === 'have' && (
            <Field label={cx.consentReference}>
              <input type="text" value={form.reference} onChange={(e) => setForm((f) => ({ ...f, reference: e.target.value }))} autoComplete="off" />
            </Field>
          )}
        </div>
      )}
      {!consentHeld(current) && <p className="notice warn">{current.kind === 'unknown' ? cx.consentUnknownWarning : cx.consentWaitingWarning}</p>}
      <SaveStatus state={state} />
    </section>
  )
}
