import type { ReactNode } from 'react'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { Field } from '@renderer/ui/Field'

export const DATE_INVALID = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-18. Det sparas när det är ett giltigt datum.'

/** A date the user has typed, or '' — only a valid calendar date is stored. */
export const validDateOrUndefined = (value: string): string | undefined => (isValidIsoDate(value.trim()) ? value.trim() : undefined)

/**
 * A text field for a date written ÅÅÅÅ-MM-DD. A native date picker shows the operating system's
 * format (e.g. mm/dd/yyyy on an English Windows), so the app uses plain text with validation.
 */
export function DateField({
  label,
  hint,
  value,
  onChange
}: {
  label: ReactNode
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
}) {
  const error = value.trim() && !isValidIsoDate(value.trim()) ? DATE_INVALID : null
  return (
    <Field label={label} hint={hint ? <>{hint} (ÅÅÅÅ-MM-DD)</> : 'ÅÅÅÅ-MM-DD'} error={error}>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={12}
        maxLength={10}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  )
}
