import type { AgreementInput } from '@renderer/domain/agreement/types'
import type { AgreementErrors } from '@renderer/domain/agreement/validation'
import { ag, agreementSections, type AgreementField } from '@renderer/i18n/agreement'
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

type InputOptions = { type?: string; hint?: string; required?: boolean; inputMode?: 'numeric' | 'email' | 'tel' }

/** How each field is typed; the labels and the order come from i18n/agreementFields.ts, as in the PDF and the history. */
function optionsFor(path: string): InputOptions {
  const field = path.replace(/^(adminContact|technicalContact)\./, 'contact.').replace(/^signatories\.\d+\./, 'signatory.')
  const adminRequired = path.startsWith('adminContact.')
  switch (field) {
    case 'municipality.organisationsnummer':
      return { required: true, hint: ag.profile.orgnrHint, inputMode: 'numeric' }
    case 'address.postalCode':
      return { required: true, hint: ag.profile.postalCodeHint, inputMode: 'numeric' }
    case 'contact.name':
      return { required: adminRequired }
    case 'contact.email':
      return { type: 'email', required: adminRequired, inputMode: 'email' }
    case 'contact.phone':
      return { type: 'tel', inputMode: 'tel' }
    case 'date':
      return { required: true, hint: e.dateHint }
    case 'filledBy':
      return { hint: e.filledByHint }
    case 'contact.title':
    case 'caseSystem.product':
    case 'caseSystem.vendor':
      return {}
    default:
      return { required: true }
  }
}

/** Every field of the connection agreement, with Swedish messages beside the fields. */
export function AgreementForm(props: Props) {
  const { data, errors, showError, readOnly, onChange, onBlur } = props
  const input = (field: AgreementField) => {
    const options = optionsFor(field.path)
    if (field.path === 'date')
      return (
        <DateField
          key={field.path}
          label={field.label}
          required={options.required}
          value={getAtPath(data, field.path)}
          readOnly={readOnly}
          error={showError(field.path) ? (errors[field.path] ?? null) : null}
          onChange={(v) => onChange(field.path, v)}
          onBlur={() => onBlur(field.path)}
        />
      )
    return (
      <Field
        key={field.path}
        label={field.label}
        hint={options.hint}
        required={options.required}
        error={showError(field.path) ? (errors[field.path] ?? null) : null}
      >
        <input
          type={options.type ?? 'text'}
          value={getAtPath(data, field.path)}
          readOnly={readOnly}
          autoComplete="off"
          inputMode={options.inputMode}
          onChange={(ev) => onChange(field.path, ev.target.value)}
          onBlur={() => onBlur(field.path)}
        />
      </Field>
    )
  }
  return (
    <div className="agreement-form">
      {agreementSections(data.signatories.length).map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title}</legend>
          {section.id === 'technicalContact' && <p className="hint">{e.technicalHint}</p>}
          {section.id !== 'signatories' ? (
            section.fields.map(input)
          ) : (
            <>
              {showError('signatories') && errors.signatories && <p className="error">{errors.signatories}</p>}
              {data.signatories.map((_, i) => (
                <div key={i} className="signatory">
                  {section.fields.filter((f) => f.path.startsWith(`signatories.${i}.`)).map(input)}
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
            </>
          )}
        </fieldset>
      ))}
    </div>
  )
}
