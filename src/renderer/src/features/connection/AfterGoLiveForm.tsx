import { useState, type FormEvent, type ReactNode } from 'react'
import { gl } from '@renderer/i18n/goLive'
import { Field } from '@renderer/ui/Field'
import type { FieldErrors, GoLiveResult } from './goLiveActions'

/** The state of one after-go-live form: values, Swedish errors per field, and a submit that saves through an action. */
export function useGoLiveForm<T extends Record<string, string>>(
  initial: T,
  submit: (values: T) => Promise<GoLiveResult>,
  onSaved: (message: string) => Promise<void>
) {
  const [values, setValues] = useState<T>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const set = (key: keyof T) => (value: string) => setValues((v) => ({ ...v, [key]: value }))
  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const result = await submit(values)
      if (!result.ok) return setErrors(result.errors)
      setErrors({})
      setValues(initial)
      await onSaved(result.message)
    } catch (error) {
      setErrors({ form: gl.failed((error as Error)?.message ?? '') })
    } finally {
      setBusy(false)
    }
  }
  return { values, set, setValues, errors, busy, onSubmit }
}

/** A one-line text field wired to a form's value and error. */
export function TextField({
  label,
  hint,
  value,
  onChange,
  error,
  required,
  type = 'text',
  autoComplete = 'off'
}: {
  label: ReactNode
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string
  required?: boolean
  type?: 'text' | 'email' | 'tel'
  autoComplete?: string
}) {
  return (
    <Field label={label} hint={hint} error={error ?? null} required={required}>
      <input type={type} value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

/** A date written ÅÅÅÅ-MM-DD (plain text: a native picker shows the system's own format). */
export function DateText(props: {
  label: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string
  required?: boolean
}) {
  return (
    <Field label={props.label} hint="ÅÅÅÅ-MM-DD" error={props.error ?? null} required={props.required}>
      <input
        type="text"
        inputMode="numeric"
        size={12}
        maxLength={10}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  )
}

export function FormError({ errors }: { errors: FieldErrors }) {
  return errors.form ? (
    <p className="notice danger" role="alert">
      {errors.form}
    </p>
  ) : null
}
