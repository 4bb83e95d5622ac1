import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getAgreementDraft, saveAgreementDraft } from '@renderer/db/agreementDrafts'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { clearSignatures, signingStatus } from '@renderer/domain/agreement/signing'
import type { Signature } from '@renderer/domain/agreement/types'
import { validateAgreement } from '@renderer/domain/agreement/validation'
import { parseAgreementOrganisationsnummer } from '@renderer/domain/organisationsnummer'
import { parsePostalCode } from '@renderer/domain/agreement/contactRules'
import { ag } from '@renderer/i18n/agreement'
import { useUi } from '@renderer/store/ui'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { autosaveCopyKeys, recoverAutosaveCopy } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'
import { useAutosave } from '@renderer/ui/useAutosave'
import { AgreementForm } from './AgreementForm'
import { setAtPath } from './draftData'
import { ExportPanel } from './ExportPanel'
import { SigningPanel } from './SigningPanel'
import { HandSignaturePanel } from './HandSignaturePanel'
import { endEditSession, signDraft } from './actions'
import { useEditSession } from './useEditSession'
import { VersionHistoryPanel } from './VersionHistoryPanel'
import { DraftStageBadge } from './DraftStageBadge'

const e = ag.editor
/** The draft as stored, without the time stamp each save sets: what an autosave copy was taken from. */
function draftRevision(draft: AgreementDraftRecord | null | undefined): string {
  if (!draft) return contentRevision(draft)
  const { updatedAt: _updatedAt, ...rest } = draft
  return contentRevision(rest)
}

/** One agreement draft: the form (autosaved), signing in turn, export, version history. */
export function DraftEditor({ draftId }: { draftId: string }) {
  const [draft, setDraft] = useState<AgreementDraftRecord | null | undefined>(undefined)
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [showAll, setShowAll] = useState(false)
  const [versionKey, setVersionKey] = useState(0)
  const announce = useUi((s) => s.announce)

  useEffect(() => {
    // Text typed just before the window closed may exist only in its autosave copy; the copy
    // counts only if the stored draft is still the one it was taken from.
    void getAgreementDraft(draftId).then((d) =>
      setDraft(d ? (recoverAutosaveCopy<AgreementDraftRecord>(autosaveCopyKeys.agreementDraft(draftId), draftRevision(d)) ?? d) : null)
    )
  }, [draftId])

  // One version per editing session: kept after two idle minutes or when the draft is left,
  // from what is stored by then (the last change is saved first).
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve())
  const session = useEditSession(async () => {
    await flushRef.current()
    if (await endEditSession(draftId)) setVersionKey((k) => k + 1)
  })
  const save = useCallback(
    async (d: AgreementDraftRecord | null | undefined) => {
      if (!d) return
      await saveAgreementDraft(d)
      session.changed()
    },
    [session]
  )
  const { state, flush } = useAutosave(draft, save, {
    enabled: Boolean(draft),
    copy: { key: autosaveCopyKeys.agreementDraft(draftId), revisionOf: draftRevision }
  })
  flushRef.current = flush

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

  // Once a round has started the data is frozen: a change needs a new signature round. It is
  // "signed and locked" only when every signatory has signed.
  const signing = signingStatus(draft.data)
  const locked = signing.started
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
    await flush()
    const saved = await signDraft(draft, index, signature)
    setDraft(saved)
    setVersionKey((k) => k + 1)
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
        <DraftStageBadge draft={draft} testId="draft-status" />
      </p>
      {/* A locked draft takes no changes: "Ändringar sparas automatiskt" would promise what it cannot do. */}
      {!(locked && state.kind === 'idle') && <SaveStatus state={state} />}
      {locked && (
        <div className="notice" data-testid="lock-notice">
          <p>
            {signing.complete
              ? e.locked
              : e.roundInProgress(
                  signing.signed.map((p) => p.name),
                  signing.remaining.map((p) => p.name)
                )}
          </p>
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
        onAddSignatory={() =>
          setDraft((d) => (d ? { ...d, data: { ...d.data, signatories: [...d.data.signatories, { name: '', title: '' }] } } : d))
        }
        onRemoveSignatory={(i) =>
          setDraft((d) => (d ? { ...d, data: { ...d.data, signatories: d.data.signatories.filter((_, j) => j !== i) } } : d))
        }
      />
      <HandSignaturePanel
        draft={draft}
        ready={errorCount === 0}
        onNotReady={() => setShowAll(true)}
        onRegistered={(d) => {
          setDraft(d)
          setVersionKey((k) => k + 1)
        }}
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
        signatures={{ signed: signing.signed.length, total: draft.data.signatories.length }}
        onRestore={(d) => {
          setDraft(d)
          setVersionKey((k) => k + 1)
        }}
      />
    </section>
  )
}
