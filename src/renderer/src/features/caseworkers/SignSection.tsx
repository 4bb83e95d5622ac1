import { useState, type FormEvent } from 'react'
import type { UndertakingStatusDetail } from '@renderer/domain/caseworkers/status'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { openFile } from '@renderer/platform/bridge'
import { cw } from '@renderer/i18n/caseworkers/register'
import { routeHref } from '@renderer/store/ui'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { printForSignature, registerSignature, type PersonPage, type RegisterResult, type RegisterSignatureInput } from './actions/person'

type Props = {
  person: PersonPage['person']
  current: PersonPage['versions'][number] | null
  detail: UndertakingStatusDetail
  municipality: string
  onRegistered: () => Promise<void>
}

/**
 * Signing the version in force. Someone who has already signed it is told so and is not asked
 * again; signing again (a paper copy that arrived late, a correction) stays one click away.
 */
export function SignSection({ person, current, detail, municipality, onRegistered }: Props) {
  if (!current)
    return (
      <>
        <h2>{cw.person.signTitleNoVersion}</h2>
        <p className="notice warn">{cw.person.noVersion}</p>
      </>
    )

  const ways = (
    <>
      <div className="actions">
        <a className="button" href={routeHref('handlaggare', 'signera', person.id)}>
          {cw.person.signOnScreen}
        </a>
        <button type="button" className="secondary" onClick={() => void printForSignature({ municipality, version: current, person })}>
          {cw.person.printForSignature}
        </button>
      </div>
      <RegisterSignature
        onRegister={async (input) => {
          const result = await registerSignature(person, current, input)
          if (result.ok) await onRegistered()
          return result
        }}
      />
    </>
  )

  if (detail.status !== 'signed' || !detail.signedOn)
    return (
      <>
        <h2>{cw.person.signTitle(current.number)}</h2>
        {ways}
      </>
    )

  return (
    <>
      <h2>{cw.person.signedTitle(current.number)}</h2>
      <p data-testid="sign-state">{cw.person.signedState(detail.signedOn)}</p>
      <details className="cw-sign-again">
        <summary>{cw.person.signAgain}</summary>
        {ways}
      </details>
    </>
  )
}

function RegisterSignature({ onRegister }: { onRegister: (input: RegisterSignatureInput) => Promise<RegisterResult> }) {
  const [method, setMethod] = useState<'paper' | 'elsewhere'>('paper')
  const [signedOn, setSignedOn] = useState(localToday())
  const [note, setNote] = useState('')
  const [scan, setScan] = useState<{ name: string; bytes: Uint8Array } | null>(null)
  const [error, setError] = useState<{ field: 'signedOn' | 'scan'; message: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function chooseScan() {
    const result = await openFile([{ name: 'PDF eller bild', extensions: ['pdf', 'png', 'jpg', 'jpeg'] }], 20 * 1024 * 1024)
    if (result.opened) setScan({ name: result.name, bytes: result.bytes })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const result = await onRegister({ method, signedOn, note, scan })
      if (!result.ok) return setError({ field: result.field, message: result.message })
      setError(null)
      setNote('')
      setScan(null)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="cw-register-title">
      <h3 id="cw-register-title">{cw.person.registerTitle}</h3>
      <p>{cw.person.registerIntro}</p>
      <fieldset>
        <legend>{cw.person.method}</legend>
        {(['paper', 'elsewhere'] as const).map((m) => (
          <div className="cw-radio" key={m}>
            <input type="radio" id={`cw-method-${m}`} name="cw-method" checked={method === m} onChange={() => setMethod(m)} />
            <label htmlFor={`cw-method-${m}`}>{m === 'paper' ? cw.person.methodPaper : cw.person.methodElsewhere}</label>
          </div>
        ))}
      </fieldset>
      <DateField
        label={cw.person.signedOn}
        error={error?.field === 'signedOn' ? error.message : null}
        required
        value={signedOn}
        onChange={setSignedOn}
      />
      <Field label={cw.person.note}>
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void chooseScan()}>
          {cw.person.attachScan}
        </button>
        {scan && (
          <>
            <span>{cw.person.scanAttached(scan.name)}</span>
            <button type="button" className="secondary" onClick={() => setScan(null)}>
              {cw.person.removeScan}
            </button>
          </>
        )}
      </div>
      {error?.field === 'scan' && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {cw.person.registerButton}
        </button>
      </div>
    </form>
  )
}
