import { useState, type FormEvent } from 'react'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { validateCaseworker, type CaseworkerValues, type FieldProblem } from '@renderer/domain/caseworkers/validate'
import type { CaseworkerField, CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { SUGGESTED_ROLES } from '@renderer/domain/caseworkers/types'
import { cw } from '@renderer/i18n/caseworkers'

const FIELDS: { field: CaseworkerField; type: string; required?: boolean; hint?: string }[] = [
  { field: 'name', type: 'text', required: true },
  { field: 'email', type: 'email', required: true },
  { field: 'unit', type: 'text', required: true },
  { field: 'role', type: 'text' },
  { field: 'employeeId', type: 'text' },
  { field: 'startDate', type: 'date' },
  { field: 'endDate', type: 'date', hint: cw.person.endDateHint }
]

/** Add/edit form for one person, validated with the same rules as the CSV import. */
export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  units,
  idPrefix = 'cw-person'
}: {
  initial?: CaseworkerValues
  submitLabel: string
  onSubmit: (input: CaseworkerInput) => Promise<string | null>
  units: string[]
  idPrefix?: string
}) {
  const [values, setValues] = useState<CaseworkerValues>(initial ?? {})
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

  const errorOf = (f: CaseworkerField) => problems.find((p) => p.field === f)?.message ?? null
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {FIELDS.map(({ field, type, required, hint }) =>
        type === 'date' ? (
          // A date: the shared date field (ÅÅÅÅ-MM-DD, with a calendar); the form's own rules give the message.
          <DateField
            key={field}
            label={cw.fields[field]}
            required={required}
            hint={hint}
            error={errorOf(field)}
            value={values[field] ?? ''}
            onChange={(v) => setValues((vals) => ({ ...vals, [field]: v }))}
          />
        ) : (
          <Field key={field} label={cw.fields[field]} required={required} hint={hint} error={errorOf(field)}>
            <input
              type={type}
              value={values[field] ?? ''}
              autoComplete="off"
              list={field === 'unit' ? `${idPrefix}-units` : field === 'role' ? `${idPrefix}-roles` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </Field>
        )
      )}
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
