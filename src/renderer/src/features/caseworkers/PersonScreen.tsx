import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { undertakingStatusDetail } from '@renderer/domain/caseworkers/status'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { openFile } from '@renderer/platform/bridge'
import { cw } from '@renderer/i18n/caseworkers/register'
import { navigate, routeHref, useUi } from '@renderer/store/ui'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { PersonDetails } from './PersonDetails'
import { whyText } from './statusText'
import { AccessSection } from './AccessSection'
import { MistakeDeletion } from './MistakeDeletion'
import {
  downloadAcknowledgementFiles,
  loadPersonPage,
  printForSignature,
  registerSignature,
  type PersonPage,
  type RegisterResult,
  type RegisterSignatureInput
} from './actions/person'

export default function PersonScreen({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<PersonPage | null | 'missing'>(null)
  const [message, setMessage] = useState<string | null>(null)
  const profile = useUi((s) => s.profile)
  const announce = useUi((s) => s.announce)

  const load = useCallback(async () => {
    setLoaded((await loadPersonPage(id)) ?? 'missing')
  }, [id])
  useEffect(() => {
    void load()
  }, [load])

  if (loaded === null) return <p className="loading">Laddar…</p>
  if (loaded === 'missing')
    return (
      <section aria-labelledby="cw-person-title">
        <h1 id="cw-person-title">Personen finns inte</h1>
        <p className="notice warn">{cw.person.notFound}</p>
        <p>
          <a href={routeHref('handlaggare')}>{cw.person.back}</a>
        </p>
      </section>
    )

  const { person, acks, versions, policy } = loaded
  const current = versions[versions.length - 1] ?? null
  const today = localToday()
  const detail = undertakingStatusDetail(person, acks, current, today, policy)
  const versionById = new Map(versions.map((v) => [v.id, v]))

  return (
    <section aria-labelledby="cw-person-title">
      <p>
        <a href={routeHref('handlaggare')}>{cw.person.back}</a>
      </p>
      <h1 id="cw-person-title">{person.name}</h1>
      <p>
        <span className={`badge ${cw.statusBadge[detail.status]}`} data-testid="person-status">
          {cw.status[detail.status]}
        </span>{' '}
        {whyText(detail)}
      </p>
      {message && (
        <p className="notice ok" role="status">
          {message}
        </p>
      )}

      <h2>{current ? cw.person.signTitle(current.number) : cw.person.signTitleNoVersion}</h2>
      {!current ? (
        <p className="notice warn">{cw.person.noVersion}</p>
      ) : (
        <>
          <div className="actions">
            <a className="button" href={routeHref('handlaggare', 'signera', person.id)}>
              {cw.person.signOnScreen}
            </a>
            <button
              type="button"
              className="secondary"
              onClick={() => void printForSignature({ municipality: profile?.officialName ?? '', version: current, person })}
            >
              {cw.person.printForSignature}
            </button>
          </div>
          <RegisterSignature
            onRegister={async (input) => {
              const result = await registerSignature(person, current, input)
              if (result.ok) {
                setMessage(cw.person.registered)
                await load()
              }
              return result
            }}
          />
        </>
      )}

      <h2>{cw.person.historyTitle}</h2>
      {acks.length === 0 ? (
        <p>{cw.person.noHistory}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{cw.person.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{cw.person.historyColumns.version}</th>
              <th scope="col">{cw.person.historyColumns.signedOn}</th>
              <th scope="col">{cw.person.historyColumns.method}</th>
              <th scope="col">{cw.person.historyColumns.hash}</th>
              <th scope="col">{cw.person.historyColumns.note}</th>
              <th scope="col">{cw.person.historyColumns.file}</th>
            </tr>
          </thead>
          <tbody>
            {acks.map((a) => (
              <tr key={a.id}>
                <th scope="row">{versionById.get(a.versionId)?.number ?? a.versionNumber}</th>
                <td>{a.signedOn}</td>
                <td>{cw.person.methods[a.method]}</td>
                <td className="cw-hash">{a.sha256}</td>
                <td>{a.note ?? ''}</td>
                <td>
                  {a.attachmentIds.length > 0 && (
                    <button type="button" className="secondary" onClick={() => void downloadAcknowledgementFiles(a)}>
                      {cw.person.download(`v${a.versionNumber} ${a.signedOn}`)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <AccessSection
        key={`access-${person.accessFrom ?? ''}-${person.accessTo ?? ''}-${person.accessHistory?.length ?? 0}`}
        person={person}
        onSaved={async (text) => {
          setMessage(text)
          await load()
        }}
      />

      <h2>{cw.person.detailsTitle}</h2>
      <PersonDetails key={person.id} person={person} others={loaded.others} units={loaded.units} onSaved={() => void load()} />

      <h2>{cw.person.eraseTitle}</h2>
      <MistakeDeletion
        person={person}
        onDeleted={() => {
          announce(cw.person.erased(person.name))
          navigate('handlaggare')
        }}
      />
    </section>
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
