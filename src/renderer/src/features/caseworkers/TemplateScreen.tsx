import { useEffect, useMemo, useState } from 'react'
import { getSetting, loadUndertakingData, publishUndertakingVersion, putSetting, type UndertakingVersionRecord } from '@renderer/db'
import { SIGNED_MARKS } from '@renderer/domain/content/statement'
import { localDateOf } from '@renderer/domain/caseworkers/dates'
import {
  composeUndertakingText,
  isLegalReferenceConfirmed,
  unchangedSincePublished,
  validateUndertakingContent,
  type UndertakingContent
} from '@renderer/domain/caseworkers/undertakingText'
import { cw } from '@renderer/i18n/caseworkers/register'

import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { UndertakingText } from './UndertakingText'
import { StatementView } from '../content/StatementView'
import { DEFAULT_LEGAL_STATEMENTS, DEFAULT_UNDERTAKING as DEFAULT } from './undertakingDefault'

// Drafts saved before the sourced default were keyed by the old one; a new key starts from the sourced default.
const DRAFT_KEY = 'undertaking.draft.v2'
const copyKey = autosaveCopyKeys.undertakingTemplate()
const contentOf = (v: UndertakingVersionRecord): UndertakingContent => ({
  title: v.title,
  body: v.body,
  legalReference: v.legalReference,
  legalReview: v.legalReview ?? null,
  legalContext: v.legalContext ?? DEFAULT.legalContext
})
const hasMarks = (body: string) => Object.values(SIGNED_MARKS).some((m) => body.includes(m))

export default function TemplateScreen() {
  const [versions, setVersions] = useState<UndertakingVersionRecord[] | null>(null)
  const [signers, setSigners] = useState<Map<string, number>>(new Map())
  const [draft, setDraft] = useState<UndertakingContent | null>(null)
  const [errors, setErrors] = useState<ReturnType<typeof validateUndertakingContent>>({})
  const [confirmer, setConfirmer] = useState('')
  const [confirmerError, setConfirmerError] = useState<string | null>(null)
  const [askUnconfirmed, setAskUnconfirmed] = useState(false)
  const [approver, setApprover] = useState('')
  const [approverError, setApproverError] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  async function load() {
    const [data, saved] = await Promise.all([loadUndertakingData(), getSetting<UndertakingContent>(DRAFT_KEY)])
    const sorted = [...data.versions].sort((a, b) => a.number - b.number)
    const counts = new Map<string, Set<string>>()
    for (const a of data.acknowledgements) {
      const set = counts.get(a.versionId) ?? new Set<string>()
      set.add(a.caseworkerId)
      counts.set(a.versionId, set)
    }
    setSigners(new Map([...counts].map(([k, v]) => [k, v.size])))
    setVersions(sorted)
    const latest = sorted[sorted.length - 1]
    setDraft((d) => d ?? recoverStartingValue(copyKey, saved ?? (latest ? contentOf(latest) : DEFAULT)))
  }
  useEffect(() => {
    void load()
  }, [])

  const { state: saveState, flush } = useAutosave(
    draft,
    async (value) => {
      if (value) await putSetting(DRAFT_KEY, value)
    },
    { copy: { key: copyKey } }
  )
  const previewText = useMemo(() => (draft ? composeUndertakingText(draft) : ''), [draft])

  if (!versions || !draft) return <p className="loading">Laddar…</p>
  const latest = versions[versions.length - 1]
  const set = (k: 'title' | 'body') => (e: { target: { value: string } }) => setDraft((d) => (d ? { ...d, [k]: e.target.value } : d))
  // A confirmation belongs to one wording of the reference: changing the text makes it unconfirmed again.
  const setLegal = (e: { target: { value: string } }) =>
    setDraft((d) => (d ? { ...d, legalReference: e.target.value, legalReview: null } : d))
  const confirmed = isLegalReferenceConfirmed(draft)
  // Nothing new to publish: the draft is the text of the version in force.
  const unchanged = latest ? unchangedSincePublished(draft, latest) : false

  function confirmLegal() {
    if (!confirmer.trim()) return setConfirmerError(cw.template.legalConfirmMissingName)
    setConfirmerError(null)
    setDraft((d) => (d ? { ...d, legalReview: { by: confirmer.trim(), on: localDateOf(new Date().toISOString()) } } : d))
  }

  async function publish(approvedBy?: string) {
    if (!draft) return
    const found = validateUndertakingContent(draft)
    setErrors(found)
    if (Object.keys(found).length) return
    if (!isLegalReferenceConfirmed(draft) && !approvedBy) {
      setAskUnconfirmed(true)
      return
    }
    try {
      await flush()
      const v = await publishUndertakingVersion(draft, new Date(), approvedBy ? { unconfirmedLegalApprovedBy: approvedBy } : {})
      setMessage({ kind: 'ok', text: cw.template.published(v.number) })
      setAskUnconfirmed(false)
      setApprover('')
      await load()
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message })
    }
  }

  function publishUnconfirmed() {
    if (!approver.trim()) return setApproverError(cw.template.unconfirmedNameMissing)
    setApproverError(null)
    void publish(approver.trim())
  }

  return (
    <section aria-labelledby="cw-template-title">
      <h1 id="cw-template-title">{cw.template.title}</h1>
      <p>{cw.template.intro}</p>
      <p className={latest ? '' : 'notice warn'}>{latest ? cw.template.current(latest.number, latest.publishedOn) : cw.template.none}</p>
      <p className="notice">{cw.template.legalNote}</p>

      <h2>{cw.template.editTitle}</h2>
      <SaveStatus state={saveState} />
      <Field label={cw.template.fieldTitle} error={errors.title} required>
        <input type="text" value={draft.title} onChange={set('title')} />
      </Field>
      <div className="cw-wide">
        <Field label={cw.template.fieldBody} hint={cw.template.bodyHint} error={errors.body} required>
          <textarea rows={16} value={draft.body} onChange={set('body')} />
        </Field>
      </div>
      {hasMarks(draft.body) && <p className="notice">{cw.template.markedSuggestions}</p>}
      <section className="card" aria-labelledby="cw-legal-title">
        <h3 id="cw-legal-title">{cw.template.legalTitle}</h3>
        <Field label={cw.template.fieldLegal} error={errors.legalReference} required>
          <input type="text" value={draft.legalReference} onChange={setLegal} />
        </Field>
        {DEFAULT_LEGAL_STATEMENTS.map((st) => (
          <StatementView key={st.text} statement={st} className="hint" />
        ))}
        <p className={confirmed ? 'notice ok' : 'notice warn'} data-testid="legal-status">
          {confirmed ? cw.template.legalConfirmedStatus(draft.legalReview!.by, draft.legalReview!.on) : cw.template.legalUnconfirmedStatus}
        </p>
        {confirmed ? (
          <button type="button" className="secondary" onClick={() => setDraft((d) => (d ? { ...d, legalReview: null } : d))}>
            {cw.template.legalUnconfirm}
          </button>
        ) : (
          <div className="actions">
            <Field label={cw.template.legalConfirmer} error={confirmerError ?? errors.legalReview}>
              <input type="text" value={confirmer} onChange={(e) => setConfirmer(e.target.value)} autoComplete="name" />
            </Field>
            <button type="button" className="secondary" onClick={confirmLegal}>
              {cw.template.legalConfirm}
            </button>
          </div>
        )}
      </section>
      <details>
        <summary>{cw.template.preview}</summary>
        <UndertakingText text={previewText} label={cw.template.preview} />
      </details>
      {message && (
        <p className={`notice ${message.kind === 'ok' ? 'ok' : 'danger'}`} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {latest && <p className="notice warn">{cw.template.publishWarning}</p>}
      {unchanged && latest && (
        <p className="hint" id="cw-publish-unchanged" data-testid="publish-unchanged">
          {cw.template.unchanged(latest.number)}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          onClick={() => void publish()}
          disabled={askUnconfirmed || unchanged}
          aria-describedby={unchanged ? 'cw-publish-unchanged' : undefined}
        >
          {cw.template.publish((latest?.number ?? 0) + 1)}
        </button>
        <button type="button" className="secondary" onClick={() => setDraft(DEFAULT)}>
          {cw.template.reset}
        </button>
      </div>
      {askUnconfirmed && (
        <section className="card notice warn" role="group" aria-labelledby="cw-unconfirmed-title">
          <h3 id="cw-unconfirmed-title">{cw.template.unconfirmedTitle}</h3>
          <p>{cw.template.unconfirmedText}</p>
          <Field label={cw.template.unconfirmedName} error={approverError} required>
            <input type="text" value={approver} onChange={(e) => setApprover(e.target.value)} autoComplete="name" />
          </Field>
          <div className="actions">
            <button type="button" onClick={publishUnconfirmed}>
              {cw.template.unconfirmedPublish}
            </button>
            <button type="button" className="secondary" onClick={() => setAskUnconfirmed(false)}>
              {cw.template.unconfirmedCancel}
            </button>
          </div>
        </section>
      )}

      <h2>{cw.template.historyTitle}</h2>
      {versions.length > 0 && (
        <table>
          <caption className="visually-hidden">{cw.template.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{cw.template.historyColumns.version}</th>
              <th scope="col">{cw.template.historyColumns.published}</th>
              <th scope="col">{cw.template.historyColumns.legal}</th>
              <th scope="col">{cw.template.historyColumns.hash}</th>
              <th scope="col">{cw.template.historyColumns.signers}</th>
              <th scope="col">{cw.template.historyColumns.text}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.id}>
                <th scope="row">{v.number}</th>
                <td>{v.publishedOn}</td>
                <td>{cw.template.historyLegal(v)}</td>
                <td className="cw-hash">{v.sha256}</td>
                <td>{signers.get(v.id) ?? 0}</td>
                <td>
                  <details>
                    <summary>{cw.template.showText(v.number)}</summary>
                    <UndertakingText text={v.text} label={cw.template.showText(v.number)} />
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
