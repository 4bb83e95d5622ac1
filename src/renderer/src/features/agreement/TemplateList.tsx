import { useEffect, useState } from 'react'
import { deletePdfTemplate, listPdfTemplates, type PdfTemplateRecord } from '@renderer/db/pdfTemplates'
import { ag } from '@renderer/i18n/agreement'

export function TemplateList() {
  const [templates, setTemplates] = useState<PdfTemplateRecord[]>([])
  const reload = () => listPdfTemplates().then(setTemplates)
  useEffect(() => {
    void reload()
  }, [])
  return (
    <section aria-labelledby="templates-title" className="card">
      <h2 id="templates-title">{ag.templates.title}</h2>
      {templates.length === 0 ? (
        <p>{ag.templates.none}</p>
      ) : (
        <ul className="template-list">
          {templates.map((t) => (
            <li key={t.fingerprint}>
              <strong>{t.name}</strong> –{' '}
              {t.kind === 'flat' ? ag.templates.flat : ag.templates.fields(Object.values(t.mapping.fields).filter(Boolean).length)}{' '}
              <span className="hint">SHA-256 {t.fingerprint.slice(0, 12)}…</span>{' '}
              <button type="button" className="secondary" onClick={() => void deletePdfTemplate(t.fingerprint).then(reload)}>
                {ag.templates.remove}
                <span className="visually-hidden"> {t.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
