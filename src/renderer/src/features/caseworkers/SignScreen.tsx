import { useEffect, useRef, useState, type FormEvent } from 'react'
import type SignaturePad from 'signature_pad'
import {
  getCaseworker,
  getCurrentUndertakingVersion,
  listAcknowledgementsOf,
  recordAcknowledgement,
  type CaseworkerRecord,
  type UndertakingVersionRecord
} from '@renderer/db'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { typedNameMatches } from '@renderer/domain/signing/typedName'
import { cw } from '@renderer/i18n/caseworkers/register'
import { navigate, routeHref, useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { createSignaturePad } from '@renderer/ui/signaturePad'
import { fileSafe } from './fileNames'
import { UndertakingText } from './UndertakingText'

export default function SignScreen({ id }: { id: string }) {
  const [state, setState] = useState<{
    person: CaseworkerRecord | undefined
    version: UndertakingVersionRecord | null
    /** The day this person last signed the version in force, if they have. */
    signedOn?: string
  } | null>(null)
  const [read, setRead] = useState(false)
  const [kind, setKind] = useState<'typed' | 'drawn'>('typed')
  const [typedName, setTypedName] = useState('')
  const [errors, setErrors] = useState<{ read?: string; typed?: string; drawn?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const profile = useUi((s) => s.profile)
  const announce = useUi((s) => s.announce)

  useEffect(() => {
    void Promise.all([getCaseworker(id), getCurrentUndertakingVersion(), listAcknowledgementsOf(id)]).then(([person, version, acks]) => {
      const signedOn = acks
        .filter((a) => a.versionId === version?.id)
        .map((a) => a.signedOn)
        .sort()
        .at(-1)
      setState({ person, version, signedOn })
    })
  }, [id])

  // signature_pad loads only when someone chooses to draw.
  useEffect(() => {
    if (kind !== 'drawn' || !canvasRef.current) return
    let cancelled = false
    void createSignaturePad(canvasRef.current, { penColor: '#0d1a59' }).then((created) => {
      if (cancelled) return void created.off()
      padRef.current = created
    })
    return () => {
      cancelled = true
      padRef.current?.off()
      padRef.current = null
    }
  }, [kind])

  if (!state) return <p className="loading">Laddar…</p>
  const { person, version } = state
  if (!person || !version)
    return (
      <section aria-labelledby="cw-sign-title">
        <h1 id="cw-sign-title">Underteckna försäkran</h1>
        <p className="notice warn">{!person ? cw.person.notFound : cw.person.noVersion}</p>
        <p>
          <a href={routeHref('handlaggare')}>{cw.person.back}</a>
        </p>
      </section>
    )

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!person || !version) return
    const next: typeof errors = {}
    if (!read) next.read = cw.sign.readRequired
    if (kind === 'typed' && !typedName.trim()) next.typed = cw.sign.typedRequired
    // A typed name is a signature only when it is the person's own registered name.
    else if (kind === 'typed' && !typedNameMatches(typedName, [person.name]))
      next.typed = cw.sign.typedMismatch(typedName.trim(), person.name)
    if (kind === 'drawn' && (!padRef.current || padRef.current.isEmpty())) next.drawn = cw.sign.drawnRequired
    setErrors(next)
    if (Object.keys(next).length) return
    setBusy(true)
    try {
      const signedAt = new Date().toISOString()
      const signedOn = localToday()
      const { buildUndertakingPdf } = await import('@renderer/pdf/undertakingPdf')
      const signature =
        kind === 'typed'
          ? { kind: 'typed' as const, typedName: typedName.trim(), signedOn, signedAt }
          : { kind: 'drawn' as const, png: dataUrlBytes(padRef.current!.toDataURL('image/png')), signedOn, signedAt }
      const bytes = await buildUndertakingPdf({ municipality: profile?.officialName ?? '', version, caseworker: person, signature })
      await recordAcknowledgement({
        caseworkerId: person.id,
        version,
        method: 'on-screen',
        signatureKind: kind,
        signedOn,
        files: [
          { name: `Försäkran SSBTEK ${fileSafe(person.name)} v${version.number} ${signedOn}.pdf`, mimeType: 'application/pdf', bytes }
        ]
      })
      announce(cw.sign.done(person.name))
      navigate('handlaggare', 'person', person.id)
    } catch {
      setErrors({ form: cw.sign.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="cw-sign-title">
      <h1 id="cw-sign-title">{cw.sign.title(person.name)}</h1>
      <p>{cw.sign.intro}</p>
      <p className="cw-hash">{cw.sign.versionInfo(version.number, version.publishedOn, version.sha256)}</p>
      {state.signedOn && (
        <p className="notice" data-testid="already-signed">
          {cw.sign.alreadySigned(person.name, version.number, state.signedOn)}
        </p>
      )}
      <UndertakingText text={version.text} label={cw.sign.textLabel} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`cw-check${errors.read ? ' has-error' : ''}`}>
          <input
            id="cw-read"
            type="checkbox"
            checked={read}
            onChange={(e) => setRead(e.target.checked)}
            aria-describedby={errors.read ? 'cw-read-error' : undefined}
            aria-invalid={errors.read ? true : undefined}
          />
          <label htmlFor="cw-read">{cw.sign.readConfirm}</label>
        </div>
        {errors.read && (
          <p className="error" id="cw-read-error">
            {errors.read}
          </p>
        )}
        <fieldset>
          <legend>{cw.sign.signatureKind}</legend>
          {(['typed', 'drawn'] as const).map((k) => (
            <div className="cw-radio" key={k}>
              <input type="radio" id={`cw-kind-${k}`} name="cw-kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`cw-kind-${k}`}>{k === 'typed' ? cw.sign.typed : cw.sign.drawn}</label>
            </div>
          ))}
          {kind === 'typed' ? (
            <Field label={cw.sign.typedName} error={errors.typed ?? null} required>
              <input type="text" value={typedName} autoComplete="name" onChange={(e) => setTypedName(e.target.value)} />
            </Field>
          ) : (
            <div>
              <p className="hint" id="cw-draw-hint">
                {cw.sign.drawHint}
              </p>
              <canvas ref={canvasRef} className="cw-canvas" role="img" aria-label={cw.sign.canvasLabel} aria-describedby="cw-draw-hint" />
              {errors.drawn && <p className="error">{errors.drawn}</p>}
              <div className="actions">
                <button type="button" className="secondary" onClick={() => padRef.current?.clear()}>
                  {cw.sign.clear}
                </button>
              </div>
            </div>
          )}
        </fieldset>
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        {busy && <p role="status">{cw.sign.signing}</p>}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {cw.sign.submit}
          </button>
          <a className="button secondary" href={routeHref('handlaggare', 'person', person.id)}>
            Avbryt
          </a>
        </div>
      </form>
    </section>
  )
}

function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}
