import { useEffect, useId, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import type { ImportMode, ImportReport } from '@renderer/db/backup'
import { backupText as t, tableLabel } from '@renderer/i18n/backup'

const time = (iso: string) => formatStockholmTime(iso)

/**
 * What the chosen file will do, per kind of data, before anything is written. Names the file's
 * municipality and boards; a file from another municipality needs an explicit confirmation.
 */
export function ImportPreview(props: {
  fileName: string
  previews: Record<ImportMode, ImportReport>
  localBoardIds: ReadonlySet<string>
  busy: boolean
  onConfirm: (mode: ImportMode, confirmedOther: boolean) => void
  onCancel: () => void
}) {
  const { fileName, previews, busy, onConfirm, onCancel, localBoardIds } = props
  const [mode, setMode] = useState<ImportMode>('merge')
  const [confirmedOther, setConfirmedOther] = useState(false)
  const report = previews[mode]
  const name = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const board = report.scope.kind === 'board'
  const other = report.otherMunicipality
  const m = report.municipality

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
        <dt>{t.fileFacts.encrypted}</dt>
        <dd>{report.encrypted ? t.encryptedYes : t.encryptedNo}</dd>
        {m && (
          <>
            <dt>{t.fileFacts.municipality}</dt>
            <dd data-testid="file-municipality">{m.officialName ?? m.name}</dd>
            <dt>{t.fileFacts.code}</dt>
            <dd>{m.code}</dd>
            {m.organisationsnummer && (
              <>
                <dt>{t.fileFacts.organisationsnummer}</dt>
                <dd>{m.organisationsnummer}</dd>
              </>
            )}
          </>
        )}
        <dt>{t.fileFacts.scope}</dt>
        <dd>{report.scope.kind === 'board' ? t.fileFacts.board(report.scope.boardName) : t.fileFacts.all}</dd>
        {report.boards.length > 0 && (
          <>
            <dt>{t.boardsInFile}</dt>
            <dd>
              <ul>
                {report.boards.map((b) => (
                  <li key={b.id}>
                    {b.name}
                    {localBoardIds.has(b.id) ? '' : ` (${t.newBoard})`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {other && (
        <div className="notice warn" role="alert" data-testid="other-municipality">
          <h4>{t.otherMunicipalityTitle}</h4>
          <p>
            {t.otherMunicipality(`${other.file.name} (kommunkod ${other.file.code})`, `${other.here.name} (kommunkod ${other.here.code})`)}
          </p>
          <div className="checkbox">
            <input type="checkbox" id={`${name}-other`} checked={confirmedOther} onChange={(e) => setConfirmedOther(e.target.checked)} />
            <label htmlFor={`${name}-other`}>{t.otherMunicipalityConfirm}</label>
          </div>
        </div>
      )}

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
      {report.replacesProfile && m && <p className="notice warn">{t.replacesProfile(m.officialName ?? m.name)}</p>}

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
              <th scope="row">{tableLabel(row.table)}</th>
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
        <button type="button" onClick={() => onConfirm(mode, confirmedOther)} disabled={busy || (other !== null && !confirmedOther)}>
          {t.confirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </button>
      </div>
    </section>
  )
}
