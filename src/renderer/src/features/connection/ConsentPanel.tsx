import { useCallback, useId, useState } from 'react'
import { saveConsent } from '@renderer/db/connection'
import type { Consent, ConsentKind } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { consentLabels } from '@renderer/i18n/connectionState'
import { Field } from '@renderer/ui/Field'
import { DateField, validDateOrUndefined } from './DateField'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

/** The application and grant dates are kept apart: switching state never moves one into the other. */
type Form = { kind: ConsentKind; appliedDate: string; grantedDate: string; reference: string }

const KINDS: ConsentKind[] = ['have', 'applied', 'not-yet', 'unknown']

export function toConsent(f: Form): Consent {
  switch (f.kind) {
    case 'have':
      return {
        kind: 'have',
        grantedDate: validDateOrUndefined(f.grantedDate),
        reference: f.reference.trim() || undefined,
        appliedDate: validDateOrUndefined(f.appliedDate)
      }
    case 'applied':
      return { kind: 'applied', appliedDate: validDateOrUndefined(f.appliedDate) }
    default:
      return { kind: f.kind }
  }
}

function formOf(consent: Consent): Form {
  return {
    kind: consent.kind,
    appliedDate: (consent.kind === 'applied' || consent.kind === 'have' ? consent.appliedDate : undefined) ?? '',
    grantedDate: (consent.kind === 'have' ? consent.grantedDate : undefined) ?? '',
    reference: consent.kind === 'have' ? (consent.reference ?? '') : ''
  }
}

/** The revision of what saving `f` stores (what an autosave copy is checked against). */
const revisionOf = (f: Form) => contentRevision(formOf(toConsent(f)))

/** Transportstyrelsen's consent to direct access to Vägtrafikregistret, and the plain warning while it is missing. */
export function ConsentPanel({
  boardId,
  consent,
  onChanged,
  headingLevel = 2
}: {
  boardId: string
  consent: Consent
  onChanged: () => void
  headingLevel?: 2 | 3
}) {
  const name = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const copyKey = autosaveCopyKeys.boardPanel(boardId, 'consent')
  const [form, setForm] = useState<Form>(() => recoverStartingValue(copyKey, formOf(consent), revisionOf))
  const save = useCallback(
    async (f: Form) => {
      await saveConsent(boardId, toConsent(f))
      onChanged()
    },
    [boardId, onChanged]
  )
  const { state } = useAutosave(form, save, { copy: { key: copyKey, revisionOf } })
  return (
    <section className="card" aria-labelledby={`${name}-title`} data-testid="consent">
      <Heading id={`${name}-title`}>{cx.consentHeading}</Heading>
      <p>{cx.consentIntro}</p>
      <fieldset className="radio-group">
        <legend>{cx.consentLegend}</legend>
        {KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name={name} value={kind} checked={form.kind === kind} onChange={() => setForm((f) => ({ ...f, kind }))} />{' '}
            {consentLabels[kind]}
          </label>
        ))}
      </fieldset>
      {form.kind === 'have' && (
        <div className="task-fields">
          <DateField label={cx.consentGrantedDate} value={form.grantedDate} onChange={(v) => setForm((f) => ({ ...f, grantedDate: v }))} />
          <Field label={cx.consentReference}>
            <input
              type="text"
              value={form.reference}
              onChange={(e) => setForm((f) => ({ ...f, reference: e.target.value }))}
              autoComplete="off"
            />
          </Field>
          {form.appliedDate && <p className="hint">{cx.consentAppliedEarlier(form.appliedDate)}</p>}
        </div>
      )}
      {form.kind === 'applied' && (
        <div className="task-fields">
          <DateField label={cx.consentAppliedDate} value={form.appliedDate} onChange={(v) => setForm((f) => ({ ...f, appliedDate: v }))} />
        </div>
      )}
      {form.kind !== 'have' && (
        <p className="notice warn">{form.kind === 'unknown' ? cx.consentUnknownWarning : cx.consentWaitingWarning}</p>
      )}
      <SaveStatus state={state} />
    </section>
  )
}
