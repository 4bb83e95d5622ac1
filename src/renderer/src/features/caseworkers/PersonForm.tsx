import { useState, type FormEvent } from 'react'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { emailWarning, validateCaseworker, type CaseworkerValues, type FieldProblem } from '@renderer/domain/caseworkers/validate'
import type { CaseworkerField, CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { SUGGESTED_ROLES } from '@renderer/domain/caseworkers/types'
import { cw } from '@renderer/i18n/caseworkers/register'

const FIELDS: { field: CaseworkerField; type: string; required?: boolean; hint?: string }[] = [
  { field: 'name', type: 'text', required: true },
  { field: 'email', type: 'email', required: true },
  { field: 'unit', type: 'text', required: true },
  { field: 'role', type: 'text' },
  { field: 'employeeId', type: 'text' },
  { field: 'startDate', type: 'date' },
  { field: 'endDate', type: 'date', hint: cw.person.endDateHint }
]

/** The e-mail warning (Outlook) for a value as typed, when the address itself is accepted. */
export const emailWarningText = (email: string | undefined): string | null => {
  const code = emailWarning(email ?? '')
  return code ? cw.emailWarnings[code] : null
}

/** The person's fields with their errors and the e-mail warning; shared by the add form and the autosaving details form. */
export function PersonFields({
  values,
  problems,
  warning,
  units,
  idPrefix,
  onChange
}: {
  values: CaseworkerValues
  problems: readonly FieldProblem[]
  warning: string | null
  units: string[]
  idPrefix: string
  onChange: (field: CaseworkerField, value: string) => void
}) {
  const errorOf = (f: CaseworkerField) => problems.find((p) => p.field === f)?.message ?? null
  return (
    <>
      {FIELDS.map(({ field, type, required, hint }) => {
        const warn = field === 'email' && !errorOf('email') ? warning : null
        if (type === 'date')
          // A date: the shared date field (ÅÅÅÅ-MM-DD, with a calendar); the form's own rules give the message.
          return (
            <DateField
              key={field}
              label={cw.fields[field]}
              required={required}
              hint={hint}
              error={errorOf(field)}
              value={values[field] ?? ''}
              onChange={(v) => onChange(field, v)}
            />
          )
        return (
          <Field
            key={field}
            label={cw.fields[field]}
            required={required}
            hint={warn ? <span className="cw-warning">{warn}</span> : hint}
            error={errorOf(field)}
          >
            <input
              type={type}
              value={values[field] ?? ''}
              autoComplete="off"
              list={field === 'unit' ? `${idPrefix}-units` : field === 'role' ? `${idPrefix}-roles` : undefined}
              onChange={(e) => onChange(field, e.target.value)}
            />
          </Field>
        )
      })}
      <datalist id={`${idPrefix}-units`}>
        {units.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <datalist id={`${idPrefix}-roles`}>
        {SUGGESTED_ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
    </>
  )
}

/** The add form for one person (adding is a deliberate step), validated with the same rules as the CSV import. */
export function PersonForm({
  submitLabel,
  onSubmit,
  units,
  idPrefix = 'cw-person'
}: {
  submitLabel: string
  onSubmit: (input: CaseworkerInput) => Promise<string | null>
  units: string[]
  idPrefix?: string
}) {
  const [values, setValues] = useState<CaseworkerValues>({})
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const { input, problems } = validateCaseworker(values)
    setProblems(problems)
    setFormError(null)
    if (!input) return
    setBusy(true)
    try {
      setFormError(await onSubmit(input))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <PersonFields
        values={values}
        problems={problems}
        warning={emailWarningText(values.email)}
        units={units}
        idPrefix={idPrefix}
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
