import { useCallback, useEffect, useState } from 'react'
import {
  addPackageAttachment,
  getAgreementDraft,
  getAttachmentRecord,
  listAppDocuments,
  listPackageAttachments,
  PackageRefusedError,
  removePackageAttachment,
  type DocumentSummary
} from '@renderer/db/agreementDrafts'
import { getFkAddress, saveFkAddress } from '@renderer/db/agreementFkAddress'
import { recordAgreementSent } from '@renderer/db/connection'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { todayIso } from '@renderer/base/calendarDate'
import { refuseFromPackage } from '@renderer/domain/agreement/sendPackage'
import { ag } from '@renderer/i18n/agreement'
import { openFile } from '@renderer/platform/bridge'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

const p = ag.pkg

/** What to send to Försäkringskassan, where to, and when it was sent (recorded in the connection guide). */
type AddressForm = { text: string; confirmed: boolean }
const addressLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
const addressFormOf = (lines: string[], confirmed: boolean): AddressForm => ({ text: lines.join('\n'), confirmed })
/** The revision of what saving the address stores (what an autosave copy is checked against). */
const addressRevision = (a: AddressForm | null) => contentRevision(a && addressFormOf(addressLines(a.text), a.confirmed))
const addressCopyKey = autosaveCopyKeys.fkAddress()

export function SendPackage({ draftId }: { draftId: string }) {
  const [draft, setDraft] = useState<AgreementDraftRecord | null | undefined>(undefined)
  const [files, setFiles] = useState<DocumentSummary[]>([])
  const [appDocs, setAppDocs] = useState<DocumentSummary[]>([])
  const [markUndertaking, setMarkUndertaking] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [address, setAddress] = useState<AddressForm | null>(null)
  const [sentDate, setSentDate] = useState(todayIso())
  const [sentError, setSentError] = useState<string | null>(null)
  const [recorded, setRecorded] = useState<string | null>(null)

  const reload = useCallback(async (d: AgreementDraftRecord) => {
    setFiles(await listPackageAttachments(d.id))
    setAppDocs(await listAppDocuments(d.boardId))
  }, [])

  useEffect(() => {
    void getAgreementDraft(draftId).then(async (d) => {
      setDraft(d ?? null)
      if (d) await reload(d)
    })
    void getFkAddress().then((a) =>
      setAddress(recoverStartingValue<AddressForm | null>(addressCopyKey, addressFormOf(a.lines, a.confirmed), addressRevision))
    )
  }, [draftId, reload])

  const saveAddress = useCallback(async (a: AddressForm | null) => {
    if (a) await saveFkAddress(addressLines(a.text), a.confirmed)
  }, [])
  const { state: addressState } = useAutosave(address, saveAddress, {
    enabled: address !== null,
    copy: { key: addressCopyKey, revisionOf: addressRevision }
  })

  if (draft === undefined) return <p className="loading">{ag.editor.loading}</p>
  if (draft === null)
    return (
      <section aria-labelledby="pkg-missing">
        <h1 id="pkg-missing">{ag.editor.missing}</h1>
        <a href="#/avtal">{ag.editor.back}</a>
      </section>
    )

  const add = async (file: { name: string; mimeType: string; bytes: Uint8Array; markedAsUndertaking?: boolean; ownerType?: string }) => {
    setRefusal(null)
    // The app's own undertaking PDFs are recognised by their content, whatever the file is called.
    const { isUndertakingPdf } = await import('@renderer/pdf/undertakingCheck')
    const byContent = await isUndertakingPdf(file.bytes)
    try {
      await addPackageAttachment(draft, { ...file, markedAsUndertaking: file.markedAsUndertaking || byContent })
      await reload(draft)
    } catch (e) {
      if (e instanceof PackageRefusedError) setRefusal(e.message)
      else throw e
    }
  }

  const addFromDisk = async () => {
    setRefusal(null)
    const f = await openFile()
    if (!f.opened) return
    await add({
      name: f.name,
      mimeType: f.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
      bytes: f.bytes,
      markedAsUndertaking: markUndertaking
    })
  }

  const addAppDocument = async (doc: DocumentSummary) => {
    setRefusal(null)
    // Refuse before reading the bytes: an undertaking never leaves its own area.
    const reason = refuseFromPackage(doc)
    if (reason) return setRefusal(reason)
    const record = await getAttachmentRecord(doc.id)
    if (record) await add({ name: record.name, mimeType: record.mimeType, bytes: record.bytes, ownerType: record.ownerType })
  }

  const recordSent = async (e: React.FormEvent) => {
    e.preventDefault()
    setSentError(null)
    try {
      // FK's page names one route: the form, sent to the address given in the form.
      await recordAgreementSent(draft.boardId, { date: sentDate, method: 'post' })
      setRecorded(p.recorded(sentDate))
    } catch (err) {
      setSentError((err as Error).message)
    }
  }

  return (
    <section aria-labelledby="pkg-title" className="agreement">
      <p>
        <a href={`#/avtal/utkast/${encodeURIComponent(draft.id)}`}>{p.back}</a>
      </p>
      <h1 id="pkg-title">{p.title}</h1>
      <p>{p.intro}</p>

      <section aria-labelledby="pkg-contents" className="card">
        <h2 id="pkg-contents">{p.contents}</h2>
        <ol>
          <li>
            <strong>{p.agreement}</strong> – {draft.name}.{' '}
            {draft.exportedSha256 ? (
              <span className="hint">{p.exported(draft.exportedSha256)}</span>
            ) : (
              <span className="badge warn">{p.notExported}</span>
            )}
          </li>
          {files.map((f) => (
            <li key={f.id}>
              {f.name}{' '}
              <button type="button" className="secondary" onClick={() => void removePackageAttachment(f.id).then(() => reload(draft))}>
                {p.removeAttachment}
                <span className="visually-hidden"> {f.name}</span>
              </button>
            </li>
          ))}
        </ol>
        <h3>{p.attachments}</h3>
        <label className="checkbox">
          <input type="checkbox" checked={markUndertaking} onChange={(e) => setMarkUndertaking(e.target.checked)} /> {p.markUndertaking}
        </label>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void addFromDisk()}>
            {p.add}
          </button>
        </div>
        {appDocs.length > 0 && (
          <>
            <h3>{p.appDocuments}</h3>
            <ul>
              {appDocs.map((d) => (
                <li key={d.id}>
                  {d.name}{' '}
                  <button type="button" className="secondary" onClick={() => void addAppDocument(d)}>
                    {p.addThis}
                    <span className="visually-hidden"> {d.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {refusal && (
          <p className="notice danger" role="alert">
            {refusal}
          </p>
        )}
      </section>

      <section aria-labelledby="pkg-address" className="card">
        <h2 id="pkg-address">
          {p.address} {address && !address.confirmed && <span className="badge warn">{p.unconfirmed}</span>}
        </h2>
        {address && (
          <>
            <Field label={p.address} hint={p.addressHint}>
              <textarea rows={4} value={address.text} onChange={(e) => setAddress({ ...address, text: e.target.value })} />
            </Field>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={address.confirmed}
                onChange={(e) => setAddress({ ...address, confirmed: e.target.checked })}
              />{' '}
              {p.checked}
            </label>
            <SaveStatus state={addressState} />
          </>
        )}
      </section>

      <section aria-labelledby="pkg-sent" className="card">
        <h2 id="pkg-sent">{p.sentTitle}</h2>
        <form onSubmit={(e) => void recordSent(e)}>
          <DateField label={p.sentDate} error={sentError} value={sentDate} onChange={setSentDate} />
          <p className="hint">{p.sendRoute}</p>
          <div className="actions">
            <button type="submit">{p.record}</button>
          </div>
        </form>
        <div role="status" aria-live="polite">
          {recorded && <p className="notice ok">{recorded}</p>}
        </div>
      </section>
    </section>
  )
}
