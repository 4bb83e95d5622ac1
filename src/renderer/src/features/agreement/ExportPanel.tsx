import { useEffect, useRef, useState } from 'react'
import { getPdfTemplate, listPdfTemplates, savePdfTemplate, type PdfTemplateRecord } from '@renderer/db/pdfTemplates'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { isSigned } from '@renderer/domain/agreement/signing'
import type { FieldMapping } from '@renderer/domain/agreement/types'
import type { TemplateInfo } from '@renderer/pdf/pdfTemplate'
import { openFile } from '@renderer/platform/bridge'
import { ag } from '@renderer/i18n/agreement'
import { PDF_MESSAGES } from '@renderer/pdf/pdfErrors'
import { exportAgreement } from './actions'
import { FlatPlacer } from './FlatPlacer'
import { TemplateMapper } from './TemplateMapper'

const x = ag.export
type Loaded = { info: TemplateInfo; bytes: Uint8Array; name: string; record?: PdfTemplateRecord; editing: boolean }
type Status =
  { kind: 'idle' } | { kind: 'working'; text: string } | { kind: 'error'; text: string } | { kind: 'done'; text: string; sha256: string }

/** Export as the app's own document or into FK's form (mapped once per form, remembered by fingerprint). */
export function ExportPanel(props: { draft: AgreementDraftRecord; onExported: (draft: AgreementDraftRecord) => void }) {
  const { draft, onExported } = props
  // FK's own form comes first: it is what FK's page says to send.
  const [which, setWhich] = useState<'own' | 'official'>(draft.exportedSha256 && !draft.templateFingerprint ? 'own' : 'official')
  const [saved, setSaved] = useState<PdfTemplateRecord[]>([])
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [status, setStatus] = useState<Status>(
    draft.exportedSha256 ? { kind: 'done', text: '', sha256: draft.exportedSha256 } : { kind: 'idle' }
  )

  // The template remembered when the draft was opened; choosing another one later must not reopen it.
  const fingerprintAtOpen = useRef(draft.templateFingerprint)
  useEffect(() => {
    void listPdfTemplates().then(async (list) => {
      setSaved(list)
      const remembered = list.find((t) => t.fingerprint === fingerprintAtOpen.current)
      if (remembered) await openTemplate(remembered.bytes, remembered.name)
    })
  }, [])

  async function openTemplate(bytes: Uint8Array, name: string) {
    setStatus({ kind: 'working', text: x.loading })
    const pdf = await import('@renderer/pdf')
    try {
      const info = await pdf.inspectTemplatePdf(bytes)
      const record = await getPdfTemplate(info.fingerprint)
      setLoaded({ info, bytes, name: record?.name ?? name, record, editing: !record })
      setStatus({ kind: 'idle' })
    } catch (e) {
      setLoaded(null)
      setStatus({ kind: 'error', text: e instanceof pdf.PdfInputError ? e.message : `${pdf.PDF_MESSAGES.corrupt}` })
    }
  }

  const load = async () => {
    const file = await openFile([{ name: 'PDF', extensions: ['pdf'] }])
    if (!file.opened) {
      if (file.reason === 'too-large') setStatus({ kind: 'error', text: PDF_MESSAGES['too-large'] })
      return
    }
    await openTemplate(file.bytes, file.name)
  }

  const saveMapping = async (mapping: FieldMapping) => {
    if (!loaded) return
    const record = await savePdfTemplate({
      fingerprint: loaded.info.fingerprint,
      name: loaded.name,
      kind: loaded.info.fields.length ? 'acroform' : 'flat',
      bytes: loaded.bytes,
      mapping
    })
    setLoaded({ ...loaded, record, editing: false })
    setSaved(await listPdfTemplates())
    setStatus({ kind: 'idle' })
  }

  const exportPdf = async () => {
    setStatus({ kind: 'working', text: x.working })
    const template = loaded?.record
      ? { bytes: loaded.bytes, fingerprint: loaded.info.fingerprint, mapping: loaded.record.mapping }
      : undefined
    const outcome = await exportAgreement(draft, which === 'official' ? { kind: 'official', template } : { kind: 'own' })
    if (outcome.kind === 'cancelled') return setStatus({ kind: 'idle' })
    if (outcome.kind === 'refused') return setStatus({ kind: 'error', text: outcome.message })
    onExported(outcome.draft)
    setStatus({ kind: 'done', text: x.done(outcome.fileName), sha256: outcome.sha256 })
  }

  return (
    <section aria-labelledby="export-title" className="card">
      <h2 id="export-title">{x.title}</h2>
      <p>{x.officialFirst}</p>
      <fieldset>
        <legend>{x.which}</legend>
        <label className="radio">
          <input type="radio" name="export-kind" checked={which === 'official'} onChange={() => setWhich('official')} />
          {x.official}
        </label>
        <label className="radio">
          <input type="radio" name="export-kind" checked={which === 'own'} onChange={() => setWhich('own')} />
          {x.own}
        </label>
      </fieldset>
      {which === 'own' && <p className="notice warn">{x.ownNote}</p>}

      {which === 'official' && (
        <div className="official">
          {saved.length > 0 && (
            <div className="field">
              <label htmlFor="saved-template">{x.template}</label>
              <select
                id="saved-template"
                value={loaded?.info.fingerprint ?? ''}
                onChange={(e) => {
                  const t = saved.find((s) => s.fingerprint === e.target.value)
                  if (t) void openTemplate(t.bytes, t.name)
                }}
              >
                <option value="">–</option>
                {saved.map((t) => (
                  <option key={t.fingerprint} value={t.fingerprint}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void load()}>
              {x.load}
            </button>
          </div>
          {loaded && !loaded.editing && loaded.record && (
            <p className="notice ok">
              {x.recognised(loaded.record.name)}{' '}
              <button type="button" className="secondary" onClick={() => setLoaded({ ...loaded, editing: true })}>
                {x.remap}
              </button>
            </p>
          )}
          {loaded?.editing &&
            (loaded.info.fields.length > 0 ? (
              <TemplateMapper
                info={loaded.info}
                initial={loaded.record?.mapping}
                signatoryCount={draft.data.signatories.length}
                onSave={saveMapping}
              />
            ) : (
              <FlatPlacer
                bytes={loaded.bytes}
                pageSizes={loaded.info.pageSizes}
                initial={loaded.record?.mapping}
                signatoryCount={draft.data.signatories.length}
                onSave={saveMapping}
              />
            ))}
        </div>
      )}

      {!isSigned(draft.data) && <p className="notice warn">{x.notSigned}</p>}
      <div className="actions">
        <button type="button" onClick={() => void exportPdf()} disabled={status.kind === 'working'}>
          {x.button}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {status.kind === 'working' && <p>{status.text}</p>}
        {status.kind === 'done' && (
          <div className="notice ok">
            {status.text && <p>{status.text}</p>}
            <p>
              {x.hash}: <code data-testid="export-sha256">{status.sha256}</code>
            </p>
            <p className="hint">{x.hashNote}</p>
          </div>
        )}
      </div>
      {status.kind === 'error' && (
        <p className="error" role="alert">
          {status.text}
        </p>
      )}
    </section>
  )
}
