import { useEffect, useMemo, useState } from 'react'
import defaultContent from '@resources/content/undertaking-default.json'
import { getSetting, loadUndertakingData, publishUndertakingVersion, putSetting, type UndertakingVersionRecord } from '@renderer/db'
import { composeUndertakingText, validateUndertakingContent, type UndertakingContent } from '@renderer/domain/undertaking/text'
import { cw } from '@renderer/i18n/caseworkers'

import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { useAutosave } from '@renderer/ui/useAutosave'
import { UndertakingText } from './UndertakingText'

const DRAFT_KEY = 'undertaking.draft'
const DEFAULT: UndertakingContent = {
  title: defaultContent.title,
  body: defaultContent.body,
  legalReference: defaultContent.legalReference,
  legalReviewedOn: defaultContent.legalReviewedOn
}
const contentOf = (v: UndertakingVersionRecord): UndertakingContent => ({ title: v.title, body: v.body, legalReference: v.legalReference, legalReviewedOn: v.legalReviewedOn })

export default function TemplateScreen() {
  const [versions, setVersions] = useState<UndertakingVersionRecord[] | null>(null)
  const [signers, setSigners] = useState<Map<string, number>>(new Map())
  const [draft, setDraft] = useState<UndertakingContent | null>(null)
  const [errors, setErrors] = useState<Partial<Record<keyof UndertakingContent, string>>>({})
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
    setDraft((d) => d ?? saved ?? (latest ? contentOf(latest) : DEFAULT))
  }
  useEffect(() => {
    void load()
  }, [])

  const { state: saveState, flush } = useAutosave(draft, async (value) => {
    if (value) await putSetting(DRAFT_KEY, value)
  })
  const previewText = useMemo(() => (draft ? composeUndertakingText(draft) : ''), [draft])

  if (!versions || !draft) return <p className="loading">Laddar…</p>
  const latest = versions[versions.length - 1]
  const set = (k: keyof UndertakingContent) => (e: { target: { value: string } }) => setDraft((d) => (d ? { ...d, [k]: e.target.value } : d))

  async function publish() {
    if (!draft) return
    const found = validateUndertakingContent(draft)
    setErrors(found)
    if (Object.keys(found).length) return
    try {
      await flush()
      const v = await publishUndertakingVersion(draft)
      setMessage({ kind: 'ok', text: cw.template.published(v.number) })
      await load()
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message })
    }
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
      <Field label={cw.template.fieldLegal} error={errors.legalReference} required>
        <input type="text" value={draft.legalReference} onChange={set('legalReference')} />
      </Field>
      <Field label={cw.template.fieldReviewed} hint={cw.dateHint} error={errors.legalReviewedOn} required>
        <input type="text" value={draft.legalReviewedOn} onChange={set('legalReviewedOn')} />
      </Field>
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
      <div className="actions">
        <button type="button" onClick={() => void publish()}>
          {cw.template.publish((latest?.number ?? 0) + 1)}
        </button>
        <button type="button" className="secondary" onClick={() => setDraft(DEFAULT)}>
          {cw.template.reset}
        </button>
      </div>

      <h2>{cw.template.historyTitle}</h2>
      {versions.length > 0 && (
        <table>
          <caption className="visually-hidden">{cw.template.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{cw.template.historyColumns.version}</th>
              <th scope="col">{cw.template.historyColumns.published}</th>
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
