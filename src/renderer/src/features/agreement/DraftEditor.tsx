import { useCallback, useEffect, useMemo, useState } from 'react'
import { recordEditVersionThrottled, recordVersion } from '@renderer/db/agreementVersions'
import { getAgreementDraft, saveAgreementDraft } from '@renderer/db/agreementDrafts'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { applySignature, clearSignatures, isSigned } from '@renderer/domain/agreement/signing'
import type { Signature } from '@renderer/domain/agreement/types'
import { validateAgreement } from '@renderer/domain/agreement/validation'
import { parseAgreementOrganisationsnummer } from '@renderer/domain/organisationsnummer'
import { parsePostalCode } from '@renderer/domain/agreement/contactRules'
import { ag } from '@renderer/i18n/agreement'
import { useUi } from '@renderer/store/ui'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { readJournal } from '@renderer/ui/autosaveJournal'
import { useAutosave } from '@renderer/ui/useAutosave'
import { AgreementForm } from './AgreementForm'
import { setAtPath } from './draftData'
import { ExportPanel } from './ExportPanel'
import { SigningPanel } from './SigningPanel'
import { VersionHistoryPanel } from './VersionHistoryPanel'

const e = ag.editor
const journalKeyOf = (draftId: string) => `agreement-draft:${draftId}`

/** One agreement draft: the form (autosaved), signing in turn, export, version history. */
export function DraftEditor({ draftId }: { draftId: string }) {
  const [draft, setDraft] = useState<AgreementDraftRecord | null | undefined>(undefined)
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [showAll, setShowAll] = useState(false)
  const [versionKey, setVersionKey] = useState(0)
  const announce = useUi((s) => s.announce)

  useEffect(() => {
    // Text typed just before the window closed may exist only in the autosave journal.
    void getAgreementDraft(draftId).then((d) => setDraft(d ? (readJournal<AgreementDraftRecord>(journalKeyOf(draftId)) ?? d) : null))
  }, [draftId])

  const save = useCallback(async (d: AgreementDraftRecord | null | undefined) => {
    if (!d) return
    const saved = await saveAgreementDraft(d)
    if (await recordEditVersionThrottled(saved)) setVersionKey((k) => k + 1)
  }, [])
  const { state, flush } = useAutosave(draft, save, { enabled: Boolean(draft), journalKey: journalKeyOf(draftId) })

  const errors = useMemo(() => (draft ? validateAgreement(draft.data) : {}), [draft])
  if (draft === undefined) return <p className="loading">{e.loading}</p>
  if (draft === null)
    return (
      <section aria-labelledby="draft-missing">
        <h1 id="draft-missing">{e.missing}</h1>
        <p>
          <a href="#/avtal">{e.back}</a>
        </p>
      </section>
    )

  // Once anyone has signed, the data is frozen: a change needs a new signature round.
  const locked = draft.data.signatories.some((s) => s.signedAt)
  const errorCount = Object.keys(errors).length
  const change = (path: string, value: string) => {
    if (locked) return
    setDraft((d) => (d ? { ...d, data: setAtPath(d.data, path, value) } : d))
  }
  const blur = (path: string) => {
    setTouched((t) => ({ ...t, [path]: true }))
    // Valid numbers are shown and stored in their one canonical form.
    const value = path.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)?.[p], draft.data)
    if (path === 'municipality.organisationsnummer') {
      const r = parseAgreementOrganisationsnummer(typeof value === 'string' ? value : '')
      if (r.ok && r.value !== value) change(path, r.value)
    }
    if (path === 'address.postalCode') {
      const r = parsePostalCode(typeof value === 'string' ? value : '')
      if (r.ok && r.value !== value) change(path, r.value)
    }
  }

  const sign = async (index: number, signature: Signature) => {
    const data = applySignature(draft.data, index, signature)
    const all = isSigned(data)
    const next: AgreementDraftRecord = { ...draft, data, status: all ? 'signed' : 'draft' }
    const saved = await saveAgreementDraft(next)
    setDraft(saved)
    if (all) {
      // The signed version is kept for good, whatever happens to the draft later.
      await recordVersion(saved, 'signed', `Undertecknat av ${data.signatories.map((s) => s.name).join(', ')}`)
      setVersionKey((k) => k + 1)
    }
    announce(ag.signing.done)
  }

  const unlock = async () => {
    await flush()
    const data = clearSignatures(draft.data)
    data.events = [...(draft.data.events ?? []), { at: new Date().toISOString(), text: e.newRound }]
    const saved = await saveAgreementDraft({ ...draft, data, status: 'draft', exportedSha256: undefined })
    setDraft(saved)
  }

  return (
    <section aria-labelledby="draft-title" className="agreement">
      <p>
        <a href="#/avtal">{e.back}</a>
      </p>
      <h1 id="draft-title">{draft.name}</h1>
      <p>
        <span className={`badge ${draft.status === 'draft' ? 'muted' : 'ok'}`}>{ag.drafts.statusText[draft.status]}</span>
      </p>
      <SaveStatus state={state} />
      {locked && (
        <div className="notice">
          <p>{e.locked}</p>
          <button type="button" className="secondary" onClick={() => void unlock()}>
            {e.unlock}
          </button>
        </div>
      )}
      {showAll && errorCount > 0 && (
        <p className="notice danger" role="alert">
          {e.fixErrors(errorCount)}
        </p>
      )}
      <AgreementForm
        data={draft.data}
        errors={errors}
        showError={(p) => showAll || Boolean(touched[p])}
        readOnly={locked}
        onChange={change}
        onBlur={blur}
        onAddSignatory={() => setDraft((d) => (d ? { ...d, data: { ...d.data, signatories: [...d.data.signatories, { name: '', title: '' }] } } : d))}
        onRemoveSignatory={(i) => setDraft((d) => (d ? { ...d, data: { ...d.data, signatories: d.data.signatories.filter((_, j) => j !== i) } } : d))}
      />
      <SigningPanel data={draft.data} ready={errorCount === 0} onNotReady={() => setShowAll(true)} onSign={sign} />
      <ExportPanel
        draft={draft}
        onExported={(d) => {
          setDraft(d)
          setVersionKey((k) => k + 1)
        }}
      />
      <p>
        <a href={`#/avtal/paket/${encodeURIComponent(draft.id)}`}>{e.sendPackage}</a>
      </p>
      <VersionHistoryPanel
        draftId={draft.id}
        refreshKey={versionKey}
        onRestore={(d) => {
          setDraft(d)
          setVersionKey((k) => k + 1)
        }}
      />
    </section>
  )
}
