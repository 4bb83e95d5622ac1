import { useState } from 'react'
import { getPdfTemplate } from '@renderer/db/pdfTemplates'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { nextSignatory, SigningError } from '@renderer/domain/agreement/signing'
import { todayIso } from '@renderer/base/calendarDate'
import { ag } from '@renderer/i18n/agreement'
import { openFile } from '@renderer/platform/bridge'
import { DateField } from '@renderer/ui/DateField'
import { HandSignatureError, printForHandSigning, registerHandSignature, type ScanFile } from './actions'

const h = ag.hand

/**
 * The route FK's page describes: print the prefilled form with empty signature lines, sign it by
 * hand, then register who signed and when, with the scan.
 */
export function HandSignaturePanel(props: {
  draft: AgreementDraftRecord
  ready: boolean
  onNotReady: () => void
  onRegistered: (draft: AgreementDraftRecord) => void
}) {
  const { draft, ready, onNotReady, onRegistered } = props
  const index = nextSignatory(draft.data)
  const signatory = index === null ? null : draft.data.signatories[index]!
  const [signedOn, setSignedOn] = useState(todayIso())
  const [scan, setScan] = useState<ScanFile | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const print = async () => {
    if (!ready) {
      onNotReady()
      return setMessage({ text: ag.signing.notReady, error: true })
    }
    setBusy(true)
    setMessage({ text: h.printing, error: false })
    try {
      const template = draft.templateFingerprint ? await getPdfTemplate(draft.templateFingerprint) : undefined
      const outcome = await printForHandSigning(draft, template ? { bytes: template.bytes, mapping: template.mapping } : undefined)
      setMessage(outcome.kind === 'printed' ? { text: h.printed(outcome.fileName, outcome.official), error: false } : null)
    } catch (e) {
      setMessage({ text: `${h.printFailed} ${(e as Error).message}`, error: true })
    } finally {
      setBusy(false)
    }
  }

  const chooseScan = async () => {
    const file = await openFile([{ name: h.scanFilter, extensions: ['pdf', 'png', 'jpg', 'jpeg'] }], 20 * 1024 * 1024)
    if (file.opened) setScan({ name: file.name, bytes: file.bytes })
    else if (file.reason === 'too-large') setMessage({ text: h.scanTooLarge, error: true })
  }

  const register = async () => {
    if (index === null) return
    setBusy(true)
    setMessage(null)
    try {
      const saved = await registerHandSignature(draft, index, signedOn, scan)
      setScan(null)
      setMessage({ text: h.registered(signatory!.name), error: false })
      onRegistered(saved)
    } catch (e) {
      if (e instanceof HandSignatureError || e instanceof SigningError) setMessage({ text: e.message, error: true })
      else setMessage({ text: `${h.registerFailed} ${(e as Error).message}`, error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="hand-title" className="card" data-testid="hand-signature">
      <h2 id="hand-title">{h.title}</h2>
      <p>{h.intro}</p>
      <ol>
        <li>
          <p>{h.step1}</p>
          <button type="button" onClick={() => void print()} disabled={busy}>
            {h.printButton}
          </button>
          {!draft.templateFingerprint && <p className="hint">{h.noForm}</p>}
        </li>
        <li>
          <p>{h.step2}</p>
        </li>
        <li>
          <p>{h.step3}</p>
          {signatory ? (
            <div className="task-fields">
              <p>
                <strong>{h.who(signatory.name || ag.signing.fallbackName(index!))}</strong>
              </p>
              <DateField label={h.signedOn(signatory.name || ag.signing.fallbackName(index!))} value={signedOn} onChange={setSignedOn} />
              <div>
                <button type="button" className="secondary" onClick={() => void chooseScan()}>
                  {h.chooseScan}
                </button>
                {scan && <p data-testid="hand-scan">{h.chosen(scan.name)}</p>}
              </div>
              <div className="actions">
                <button type="button" onClick={() => void register()} disabled={busy}>
                  {h.register(signatory.name || ag.signing.fallbackName(index!))}
                </button>
              </div>
            </div>
          ) : (
            <p className="notice ok">{h.nobodyLeft}</p>
          )}
        </li>
      </ol>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </section>
  )
}
