import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { nextSignatory, refuseSignature, SigningError, type SigningRefusal } from '@renderer/domain/agreement/signing'
import { contentFingerprint } from './actions'
import type { AgreementInput, Signature } from '@renderer/domain/agreement/types'
import { openFile } from '@renderer/platform/bridge'
import { ag } from '@renderer/i18n/agreement'
import { PDF_MESSAGES } from '@renderer/pdf/pdfErrors'
import { Field } from '@renderer/ui/Field'
import type { SignaturePadHandle } from './SignaturePadField'
import { prepareSignatureImage, SignatureImageError, MAX_SIGNATURE_FILE_BYTES } from './signatureImage'

const SignaturePadField = lazy(() => import('./SignaturePadField').then((m) => ({ default: m.SignaturePadField })))

type Method = 'draw' | 'type' | 'upload'
const s = ag.signing

/** The next signatory signs: draw, type or upload. Signatories sign in turn. */
export function SigningPanel(props: {
  data: AgreementInput
  ready: boolean
  onNotReady: () => void
  onSign: (index: number, signature: Signature) => Promise<void>
}) {
  const { data, ready, onNotReady, onSign } = props
  const index = nextSignatory(data)
  const [method, setMethod] = useState<Method>('draw')
  const [typed, setTyped] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [upload, setUpload] = useState<Uint8Array | null>(null)
  const pad = useRef<SignaturePadHandle>(null)

  const signatory = index === null ? null : data.signatories[index]!
  // The fingerprint of what is being signed: the round's, once started; before that, what the
  // first signature will freeze (the content cannot change between the two without a new round).
  const [fingerprint, setFingerprint] = useState<string | null>(data.signingRound?.contentSha256 ?? null)
  useEffect(() => {
    if (data.signingRound) return setFingerprint(data.signingRound.contentSha256)
    let live = true
    void contentFingerprint(data).then((sha) => live && setFingerprint(sha))
    return () => {
      live = false
    }
  }, [data])
  const refusalText = (r: SigningRefusal): string =>
    r.code === 'typed-name-mismatch'
      ? s.typedMismatch(r.typed, r.registered)
      : r.code === 'content-changed'
        ? s.contentChanged
        : new SigningError(r).message
  // Never prefilled: the signer types their own name.
  const typedText = typed ?? ''

  const sign = async () => {
    if (index === null || !signatory) return
    setError(null)
    if (!ready) {
      onNotReady()
      setError(s.notReady)
      return
    }
    let signature: Signature
    if (method === 'draw') {
      if (!pad.current || pad.current.isEmpty()) return setError(s.empty)
      signature = { kind: 'drawn', png: await pad.current.toPng() }
    } else if (method === 'type') {
      if (!typedText.trim()) return setError(s.emptyTyped)
      signature = { kind: 'typed', text: typedText.trim() }
    } else {
      if (!upload) return setError(s.empty)
      signature = { kind: 'image', png: upload }
    }
    const refusal = refuseSignature(data, index, signature)
    if (refusal) return setError(refusalText(refusal))
    try {
      await onSign(index, signature)
    } catch (e) {
      if (e instanceof SigningError) return setError(refusalText(e.refusal))
      throw e
    }
    setTyped(null)
    setUpload(null)
    pad.current?.clear()
  }

  const chooseImage = async () => {
    setError(null)
    const file = await openFile([{ name: s.imageFilter, extensions: ['png', 'jpg', 'jpeg'] }], MAX_SIGNATURE_FILE_BYTES)
    if (!file.opened) {
      if (file.reason === 'too-large') setError(PDF_MESSAGES['image-too-large'])
      return
    }
    try {
      setUpload(await prepareSignatureImage(file.bytes))
    } catch (e) {
      setError(e instanceof SignatureImageError ? e.message : s.empty)
    }
  }

  const uploadUrl = useMemo(() => (upload ? URL.createObjectURL(new Blob([upload as BlobPart], { type: 'image/png' })) : null), [upload])
  useEffect(() => () => void (uploadUrl && URL.revokeObjectURL(uploadUrl)), [uploadUrl])

  return (
    <section aria-labelledby="signing-title" className="card">
      <h2 id="signing-title">{s.title}</h2>
      <p>{s.intro}</p>
      <ul className="signatory-status">
        {data.signatories.map((p, i) => (
          <li key={i}>
            {p.signedAt ? (
              <span className="badge ok">✓ {s.signed(p.name, formatStockholmTime(p.signedAt))}</span>
            ) : (
              <span className="badge muted">{s.notSigned(p.name || s.fallbackName(i))}</span>
            )}
          </li>
        ))}
      </ul>
      <div className="fingerprint" data-testid="signing-fingerprint">
        <p>
          <strong>{s.fingerprint}:</strong> <code data-testid="content-sha256">{fingerprint ?? '…'}</code>
        </p>
        <p className="hint">{data.signingRound ? s.fingerprintNote : s.fingerprintPending}</p>
      </div>
      {index === null ? (
        <p className="notice ok">{s.allSigned}</p>
      ) : (
        <div className="signing-step">
          <h3>{s.next(signatory!.name, index)}</h3>
          <fieldset>
            <legend>{s.method}</legend>
            {(['draw', 'type', 'upload'] as const).map((m) => (
              <label key={m} className="radio">
                <input type="radio" name="signature-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                {m === 'draw' ? s.draw : m === 'type' ? s.type : s.upload}
              </label>
            ))}
          </fieldset>
          {method === 'draw' && (
            <>
              <p className="hint">{s.drawHint}</p>
              <Suspense fallback={<p className="loading">{ag.mapping.rendering}</p>}>
                <SignaturePadField ref={pad} />
              </Suspense>
            </>
          )}
          {method === 'type' && (
            <>
              <Field label={s.typed}>
                <input type="text" value={typedText} onChange={(e) => setTyped(e.target.value)} />
              </Field>
              <p className="typed-preview" aria-hidden="true">
                {typedText}
              </p>
            </>
          )}
          {method === 'upload' && (
            <>
              <button type="button" className="secondary" onClick={() => void chooseImage()}>
                {s.uploadButton}
              </button>
              {uploadUrl && <img className="signature-preview" src={uploadUrl} alt={s.preview} />}
            </>
          )}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={() => void sign()}>
              {s.sign(signatory!.name || `undertecknare ${index + 1}`)}
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
