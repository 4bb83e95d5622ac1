import { useMemo, useState } from 'react'
import { importCaseworkers, listCaseworkers } from '@renderer/db'
import {
  checkCaseworkerRows,
  previewCaseworkerCsv,
  type CaseworkerCsvPreview,
  type CsvPreviewRow,
  type ExistingCaseworkerKey
} from '@renderer/domain/caseworkers/csvImport'
import type { CaseworkerField } from '@renderer/domain/caseworkers/types'
import type { CaseworkerValues } from '@renderer/domain/caseworkers/validate'
import { emailWarning } from '@renderer/domain/caseworkers/validate'
import { openFile } from '@renderer/platform/bridge'
import { cw } from '@renderer/i18n/caseworkers/register'
import { routeHref } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'

type Edit = { values: CaseworkerValues; skip: boolean }
type Loaded = { fileName: string; preview: CaseworkerCsvPreview; existing: ExistingCaseworkerKey[] }

const FIX_FIELDS: CaseworkerField[] = ['name', 'email', 'unit', 'role', 'employeeId', 'startDate']
const SHOWN_PROBLEMS = 100
const SHOWN_READY = 20

export default function ImportScreen() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [edits, setEdits] = useState<Map<number, Edit>>(new Map())
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null)

  async function choose() {
    const file = await openFile([{ name: 'CSV', extensions: ['csv', 'txt'] }], 20 * 1024 * 1024)
    if (!file.opened) {
      if (file.reason === 'too-large') setStatus({ kind: 'error', text: cw.importer.tooLarge })
      return
    }
    setStatus({ kind: 'busy', text: cw.importer.reading })
    const existing = (await listCaseworkers()).map((c) => ({ email: c.email, employeeId: c.employeeId, name: c.name }))
    const preview = previewCaseworkerCsv(file.bytes, existing)
    // Rows already in the register are skipped unless the user says otherwise.
    const initial = new Map<number, Edit>()
    for (const row of preview.rows)
      if (row.problems.some((p) => p.kind === 'duplicate-in-register')) initial.set(row.line, { values: row.values, skip: true })
    setEdits(initial)
    setLoaded({ fileName: file.name, preview, existing })
    setStatus(null)
  }

  const checked = useMemo(() => {
    if (!loaded) return null
    const kept = loaded.preview.rows
      .filter((r) => !edits.get(r.line)?.skip)
      .map((r) => ({ line: r.line, values: edits.get(r.line)?.values ?? r.values }))
    const rows = checkCaseworkerRows(kept, loaded.existing)
    return { rows, byLine: new Map(rows.map((r) => [r.line, r])) }
  }, [loaded, edits])

  async function runImport() {
    if (!checked) return
    setStatus({ kind: 'busy', text: cw.importer.reading })
    try {
      const { added } = await importCaseworkers(checked.rows.map((r) => r.input!))
      setStatus({ kind: 'ok', text: cw.importer.done(added) })
      setLoaded(null)
      setEdits(new Map())
    } catch (e) {
      setStatus({ kind: 'error', text: `${cw.importer.failed} ${(e as Error)?.message ?? ''}` })
    }
  }

  const preview = loaded?.preview
  const problemRows = preview?.rows.filter((r) => r.problems.length > 0) ?? []
  const blocking = checked?.rows.filter((r) => r.problems.length > 0).length ?? 0
  const ready = checked?.rows.filter((r) => r.input) ?? []
  // Accepted addresses Outlook may not send to: imported, but the user is told which.
  const warned = ready.flatMap((r) => {
    const code = r.input ? emailWarning(r.input.email) : null
    return code ? [{ line: r.line, email: r.input!.email, text: cw.emailWarnings[code] }] : []
  })
  const inRegister = preview?.rows.filter((r) => r.problems.some((p) => p.kind === 'duplicate-in-register')).length ?? 0

  return (
    <section aria-labelledby="cw-import-title">
      <h1 id="cw-import-title">{cw.importer.title}</h1>
      <p>{cw.importer.intro}</p>
      <div className="actions">
        <button type="button" onClick={() => void choose()}>
          {cw.importer.choose}
        </button>
      </div>
      {status && (
        <p
          className={`notice ${status.kind === 'ok' ? 'ok' : status.kind === 'error' ? 'danger' : ''}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text} {status.kind === 'ok' && <a href={routeHref('handlaggare')}>{cw.subnav.overview}</a>}
        </p>
      )}
      {loaded && preview && checked && (
        <>
          <p>
            {cw.importer.fileSummary(loaded.fileName, cw.importer.encodings[preview.encoding], cw.importer.separators[preview.separator])}
          </p>
          {preview.ignoredColumns.length > 0 && <p className="hint">{cw.importer.ignored(preview.ignoredColumns.join(', '))}</p>}
          {preview.fileErrors.length > 0 ? (
            <div className="notice danger" role="alert">
              {preview.fileErrors.map((e) => (
                <p key={e.message}>{e.message}</p>
              ))}
            </div>
          ) : (
            <>
              <p role="status" data-testid="import-counts">
                {cw.importer.counts(ready.length, blocking, inRegister)}
              </p>
              {problemRows.length > 0 && (
                <>
                  <h2>{cw.importer.problemsTitle}</h2>
                  {problemRows.slice(0, SHOWN_PROBLEMS).map((row) => (
                    <FixRow
                      key={row.line}
                      row={row}
                      edit={edits.get(row.line)}
                      current={checked.byLine.get(row.line)}
                      onChange={(edit) => setEdits((prev) => new Map(prev).set(row.line, edit))}
                    />
                  ))}
                  {problemRows.length > SHOWN_PROBLEMS && <p>{cw.importer.andMore(problemRows.length - SHOWN_PROBLEMS)}</p>}
                </>
              )}
              {warned.length > 0 && (
                <section className="notice warn" aria-labelledby="cw-import-warnings" data-testid="import-warnings">
                  <h2 id="cw-import-warnings">{cw.importer.warningsTitle}</h2>
                  <p>{cw.importer.warningsIntro}</p>
                  <ul>
                    {warned.slice(0, SHOWN_PROBLEMS).map((w) => (
                      <li key={w.line}>{cw.importer.warningRow(w.line, w.email, w.text)}</li>
                    ))}
                  </ul>
                  {warned.length > SHOWN_PROBLEMS && <p>{cw.importer.andMore(warned.length - SHOWN_PROBLEMS)}</p>}
                </section>
              )}
              <h2>{cw.importer.readyTitle}</h2>
              {ready.length === 0 ? (
                <p>{cw.importer.nothing}</p>
              ) : (
                <table>
                  <caption className="visually-hidden">{cw.importer.readyCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Rad</th>
                      {FIX_FIELDS.map((f) => (
                        <th scope="col" key={f}>
                          {cw.fields[f]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {ready.slice(0, SHOWN_READY).map((r) => (
                      <tr key={r.line}>
                        <th scope="row">{r.line}</th>
                        {FIX_FIELDS.map((f) => (
                          <td key={f}>{r.input?.[f] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {ready.length > SHOWN_READY && <p>{cw.importer.andMore(ready.length - SHOWN_READY)}</p>}
              {blocking > 0 && <p className="notice warn">{cw.importer.blocked}</p>}
              <div className="actions">
                <button
                  type="button"
                  disabled={blocking > 0 || ready.length === 0 || status?.kind === 'busy'}
                  onClick={() => void runImport()}
                >
                  {cw.importer.importButton(ready.length)}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  )
}

function FixRow({
  row,
  edit,
  current,
  onChange
}: {
  row: CsvPreviewRow
  edit: Edit | undefined
  current: CsvPreviewRow | undefined
  onChange: (edit: Edit) => void
}) {
  const values = edit?.values ?? row.values
  const skip = edit?.skip ?? false
  const problems = current?.problems ?? []
  const fixed = !skip && problems.length === 0
  const legendId = `cw-fix-${row.line}`
  return (
    <fieldset className={`card${fixed || skip ? '' : ' cw-fix'}`} aria-labelledby={legendId}>
      <legend id={legendId}>{cw.importer.rowTitle(row.line)}</legend>
      <p>
        {skip ? (
          <span className="badge muted">Hoppas över</span>
        ) : fixed ? (
          <span className="badge ok">Klar</span>
        ) : (
          <span className="badge danger">Behöver rättas</span>
        )}
      </p>
      {!skip &&
        problems
          .filter((p) => !p.field || !FIX_FIELDS.includes(p.field))
          .map((p) => (
            <p className="error" key={p.message}>
              {p.message}
            </p>
          ))}
      <div className="cw-check">
        <input id={`${legendId}-skip`} type="checkbox" checked={skip} onChange={(e) => onChange({ values, skip: e.target.checked })} />
        <label htmlFor={`${legendId}-skip`}>{cw.importer.skip}</label>
      </div>
      {!skip && (
        <div className="cw-fix-fields">
          {FIX_FIELDS.map((f) => (
            <Field
              key={f}
              label={cw.fields[f]}
              error={problems.find((p) => p.field === f)?.message ?? null}
              hint={f === 'startDate' ? cw.dateHint : undefined}
            >
              <input type="text" value={values[f] ?? ''} onChange={(e) => onChange({ values: { ...values, [f]: e.target.value }, skip })} />
            </Field>
          ))}
        </div>
      )}
    </fieldset>
  )
}
