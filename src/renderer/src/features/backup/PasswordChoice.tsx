import { useEffect, useId, useRef, useState } from 'react'
import { backupText as t, passwordStrength } from '@renderer/i18n/backup'

export const MIN_PASSWORD_LENGTH = 10

/** Asked before every export: protect with a password (the default) or save without one. */
export function PasswordChoice(props: { busy: boolean; onConfirm: (password: string | null) => void; onCancel: () => void }) {
  const [protect, setProtect] = useState(true)
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [tried, setTried] = useState(false)
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const strength = passwordStrength(password)
  const problem = !protect
    ? null
    : password.length < MIN_PASSWORD_LENGTH
      ? t.passwordTooShort
      : password !== repeat
        ? t.passwordMismatch
        : null

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (problem) return
    props.onConfirm(protect ? password : null)
  }

  return (
    <form className="backup-password" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.passwordTitle}
      </h3>
      <p>{t.passwordIntro}</p>
      <fieldset>
        <legend className="visually-hidden">{t.passwordTitle}</legend>
        <div className="radio">
          <input type="radio" id={`${id}-on`} name={`${id}-mode`} checked={protect} onChange={() => setProtect(true)} />
          <label htmlFor={`${id}-on`}>{t.passwordUse}</label>
        </div>
        <div className="radio">
          <input type="radio" id={`${id}-off`} name={`${id}-mode`} checked={!protect} onChange={() => setProtect(false)} />
          <label htmlFor={`${id}-off`}>{t.passwordSkip}</label>
        </div>
      </fieldset>
      {protect ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-pw`}>{t.passwordLabel}</label>
            <input
              id={`${id}-pw`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-describedby={`${id}-strength`}
            />
            <p id={`${id}-strength`} className="hint" aria-live="polite">
              {password ? strength.text : t.passwordTooShort}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t.passwordRepeat}</label>
            <input
              id={`${id}-repeat`}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </div>
          <p className="notice warn">{t.passwordLostWarning}</p>
        </>
      ) : (
        <p className="notice warn">{t.passwordSkipWarning}</p>
      )}
      {tried && problem && (
        <p className="notice danger" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={props.busy}>
          {t.passwordContinue}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={props.busy}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
