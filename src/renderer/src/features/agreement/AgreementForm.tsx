import type { AgreementInput } from '@renderer/domain/agreement/types'
import type { AgreementErrors } from '@renderer/domain/agreement/validation'
import { ag } from '@renderer/i18n/agreement'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { getAtPath } from './draftData'

type Props = {
  data: AgreementInput
  errors: AgreementErrors
  /** Which paths show their error now (touched, or all after an attempt to sign). */
  showError: (path: string) => boolean
  readOnly: boolean
  onChange: (path: string, value: string) => void
  onBlur: (path: string) => void
  onAddSignatory: () => void
  onRemoveSignatory: (index: number) => void
}

const e = ag.editor

/** Every field of the connection agreement, with Swedish messages beside the fields. */
export function AgreementForm(props: Props) {
  const { data, errors, showError, readOnly, onChange, onBlur } = props
  const input = (
    path: string,
    label: string,
    options: { type?: string; hint?: string; required?: boolean; autoComplete?: string; inputMode?: 'numeric' | 'email' | 'tel' } = {}
  ) => (
    <Field label={label} hint={options.hint} required={options.required} error={showError(path) ? (errors[path] ?? null) : null}>
      <input
        type={options.type ?? 'text'}
        value={getAtPath(data, path)}
        readOnly={readOnly}
        autoComplete={options.autoComplete ?? 'off'}
        inputMode={options.inputMode}
        onChange={(ev) => onChange(path, ev.target.value)}
        onBlur={() => onBlur(path)}
      />
    </Field>
  )
  const contact = (prefix: 'adminContact' | 'technicalContact', required: boolean) => (
    <>
      {input(`${prefix}.name`, e.name, { required })}
      {input(`${prefix}.title`, e.title)}
      {input(`${prefix}.email`, e.email, { type: 'email', required, inputMode: 'email' })}
      {input(`${prefix}.phone`, e.phone, { type: 'tel', inputMode: 'tel' })}
    </>
  )
  return (
    <div className="agreement-form">
      <fieldset>
        <legend>{e.sections.party}</legend>
        {input('municipality.name', e.municipality, { required: true })}
        {input('municipality.organisationsnummer', e.orgnr, { required: true, hint: ag.profile.orgnrHint, inputMode: 'numeric' })}
        {input('board', e.board, { required: true })}
      </fieldset>
      <fieldset>
        <legend>{e.sections.address}</legend>
        {input('address.street', ag.profile.street, { required: true })}
        {input('address.postalCode', ag.profile.postalCode, { required: true, hint: ag.profile.postalCodeHint, inputMode: 'numeric' })}
        {input('address.city', ag.profile.city, { required: true })}
      </fieldset>
      <fieldset>
        <legend>{e.sections.admin}</legend>
        {contact('adminContact', true)}
      </fieldset>
      <fieldset>
        <legend>{e.sections.technical}</legend>
        <p className="hint">{e.sections.technicalHint}</p>
        {contact('technicalContact', false)}
      </fieldset>
      <fieldset>
        <legend>{e.sections.system}</legend>
        {input('caseSystem.product', e.product)}
        {input('caseSystem.vendor', e.vendor)}
      </fieldset>
      <fieldset>
        <legend>{e.sections.signing}</legend>
        {input('place', e.place, { required: true })}
        <DateField
          label={e.date}
          required
          value={getAtPath(data, 'date')}
          readOnly={readOnly}
          error={showError('date') ? (errors.date ?? null) : null}
          onChange={(v) => onChange('date', v)}
          onBlur={() => onBlur('date')}
        />
        {input('filledBy', e.filledBy, { hint: e.filledByHint })}
      </fieldset>
      <fieldset>
        <legend>{e.sections.signatories}</legend>
        {showError('signatories') && errors.signatories && <p className="error">{errors.signatories}</p>}
        {data.signatories.map((_, i) => (
          <div key={i} className="signatory">
            {input(`signatories.${i}.name`, e.signatoryName(i), { required: true })}
            {input(`signatories.${i}.title`, e.signatoryTitle(i), { required: true })}
            {!readOnly && data.signatories.length > 1 && (
              <button type="button" className="secondary" onClick={() => props.onRemoveSignatory(i)}>
                {e.removeSignatory(i)}
              </button>
            )}
          </div>
        ))}
        {!readOnly && (
          <button type="button" className="secondary" onClick={props.onAddSignatory}>
            {e.addSignatory}
          </button>
        )}
      </fieldset>
    </div>
  )
}
