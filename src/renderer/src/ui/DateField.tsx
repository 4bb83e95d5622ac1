import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { dateField as t } from '@renderer/i18n/widgets'
import './widgets.css'

export const DATE_INVALID = t.invalid

/** A date the user has typed, or '' — only a valid calendar date is stored. */
export const validDateOrUndefined = (value: string): string | undefined => (isValidIsoDate(value.trim()) ? value.trim() : undefined)

// The calendar (react-aria-components, Swedish locale) loads the first time someone opens it, so it
// costs the first screen nothing.
const CalendarPopover = lazy(() => import('./CalendarPopover'))

export type DateFieldProps = {
  label: ReactNode
  hint?: ReactNode
  /** 'YYYY-MM-DD', or whatever the user is in the middle of typing. */
  value: string
  onChange: (value: string) => void
  /**
   * The form's own message for the field. Left out, the field itself reports a malformed date; given
   * (a message, or null for none yet), the form decides alone.
   */
  error?: string | null
  required?: boolean
  readOnly?: boolean
  onBlur?: () => void
}

/**
 * A date written ÅÅÅÅ-MM-DD: a text field you can type or paste into, and a button that opens a
 * calendar in Swedish (weeks start on Monday). A native date input would show the operating
 * system's format (mm/dd/yyyy on an English Windows). The value stays the text typed; callers store
 * it with `validDateOrUndefined`, so only a real calendar date is ever saved.
 */
export function DateField({ label, hint, value, onChange, error, required, readOnly, onBlur }: DateFieldProps) {
  const id = useId()
  const labelId = `${id}-label`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const inputRef = useRef<HTMLInputElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const typed = value.trim()
  const message = error !== undefined ? error : typed && !isValidIsoDate(typed) ? DATE_INVALID : null
  // A hint that already names the format (e.g. "ÅÅÅÅ-MM-DD. Lämna tomt …") is not given it twice.
  const hintNamesFormat = typeof hint === 'string' && hint.includes(t.format)
  return (
    <div className={`field date-field${message ? ' has-error' : ''}`}>
      <label htmlFor={id} id={labelId}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hintNamesFormat ? (
            hint
          ) : (
            <>
              {hint} ({t.format})
            </>
          )}
        </p>
      ) : (
        <span className="visually-hidden" id={hintId}>
          {t.format}
        </span>
      )}
      <div className="date-field-row">
        <input
          ref={inputRef}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t.format}
          size={12}
          maxLength={10}
          value={value}
          readOnly={readOnly}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          aria-invalid={message ? true : undefined}
          aria-required={required || undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          onKeyDown={(e) => {
            // Alt+↓ opens the calendar from the field, as in a native date field.
            if (e.altKey && e.key === 'ArrowDown' && !readOnly) {
              e.preventDefault()
              setOpen(true)
            }
          }}
        />
        {!readOnly && (
          <button
            ref={buttonRef}
            type="button"
            className="secondary icon-button"
            // Named "Välj i kalendern", described by the field's label: its name never repeats the label,
            // so finding the field by its label finds the field alone.
            aria-label={t.openCalendar}
            aria-describedby={labelId}
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => setOpen(true)}
          >
            <CalendarIcon />
          </button>
        )}
      </div>
      {message && (
        <p className="error" id={errorId}>
          {message}
        </p>
      )}
      {open && (
        <Suspense fallback={null}>
          <CalendarPopover
            triggerRef={buttonRef}
            value={isValidIsoDate(typed) ? typed : null}
            onPick={(date) => {
              onChange(date)
              setOpen(false)
              // To the field with the new date, after the popover has given focus back to its button.
              setTimeout(() => inputRef.current?.focus(), 0)
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  )
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  )
}
