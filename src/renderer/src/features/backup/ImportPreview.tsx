import { useEffect, useId, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import type { ImportMode, ImportReport } from '@renderer/db/backup'
import { backupText as t } from '@renderer/i18n/backup'

const time = (iso: string) => formatStockholmTime(iso)

/** What the chosen file will do, per kind of data, before anything is written; the user picks merge or replace. */
export function ImportPreview(props: { fileName: string; previews: Record<ImportMode, ImportReport>; busy: boolean; onConfirm: (mode: ImportMode) => void; onCancel: () => void }) {
  const { fileName, previews, busy, onConfirm, onCancel } = props
  const [mode, setMode] = useState<ImportMode>('merge')
  const report = previews[mode]
  const name = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const board = report.scope.kind === 'board'

  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h3 id="import-preview-title" ref={heading} tabIndex={-1}>
        {t.previewTitle}
      </h3>
      <dl className="facts">
        <dt>{t.fileFacts.file}</dt>
        <dd>{fileName}</dd>
        <dt>{t.fileFacts.exportedAt}</dt>
        <dd>{time(report.exportedAt)}</dd>
        <dt>{t.fileFacts.appVersion}</dt>
        <dd>{report.appVersion}</dd>
        {report.municipality && (
          <>
            <dt>{t.fileFacts.municipality}</dt>
            <dd>{report.municipality.name}</dd>
          </>
        )}
        <dt>{t.fileFacts.scope}</dt>
        <dd>{report.scope.kind === 'board' ? t.fileFacts.board(report.scope.boardName) : t.fileFacts.all}</dd>
      </dl>

      <fieldset>
        <legend>{t.modeLegend}</legend>
        <div className="radio">
          <input type="radio" id={`${name}-merge`} name={name} checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <label htmlFor={`${name}-merge`}>{t.modeMerge}</label>
        </div>
        <div className="radio">
          <input type="radio" id={`${name}-replace`} name={name} checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <label htmlFor={`${name}-replace`}>{board ? t.modeReplaceBoard : t.modeReplace}</label>
        </div>
      </fieldset>
      {mode === 'replace' && report.totals.removed > 0 && <p className="notice warn">{t.replaceWarning}</p>}

      <table>
        <caption className="visually-hidden">{t.previewTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.table}</th>
            <th scope="col">{t.columns.inFile}</th>
            <th scope="col">{t.columns.added}</th>
            <th scope="col">{t.columns.replaced}</th>
            <th scope="col">{t.columns.unchanged}</th>
            <th scope="col">{t.columns.removed}</th>
          </tr>
        </thead>
        <tbody>
          {report.tables.map((row) => (
            <tr key={row.table}>
              <th scope="row">{row.label}</th>
              <td>{row.inFile}</td>
              <td>{row.added}</td>
              <td>{row.replaced}</td>
              <td>{row.unchanged}</td>
              <td>{row.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => onConfirm(mode)} disabled={busy}>
          {t.confirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </button>
      </div>
    </section>
  )
}
