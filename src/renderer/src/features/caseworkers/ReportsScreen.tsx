import { useState } from 'react'
import { listAllAcknowledgements, listUndertakingAttachments } from '@renderer/db'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { buildCsv } from '@renderer/domain/caseworkers/csvReport'
import { uniqueEntryPath } from '@renderer/domain/text/fileNames'
import { saveFile } from '@renderer/platform/bridge'
import { cw } from '@renderer/i18n/caseworkers/register'
import { useUi } from '@renderer/store/ui'
import { fileSafe } from './fileNames'
import { registerCsv, reportRows, rowsForUnit, summaryLines } from './reportData'
import { useUndertakingData } from './useUndertakingData'

export default function ReportsScreen() {
  const { dashboard, loaded, error } = useUndertakingData()
  const profile = useUi((s) => s.profile)
  const [unit, setUnit] = useState('')
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null)
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    )
  if (!dashboard || !loaded) return <p className="loading">Laddar…</p>
  const today = localToday()
  const municipality = profile?.officialName ?? ''
  const unitPart = unit ? ` ${fileSafe(unit)}` : ''

  async function run(make: () => Promise<{ name: string; bytes: Uint8Array }>) {
    setStatus({ kind: 'busy', text: cw.reports.working })
    try {
      const { name, bytes } = await make()
      await saveFile(name, bytes)
      setStatus({ kind: 'ok', text: cw.reports.saved(name) })
    } catch (e) {
      setStatus({ kind: 'error', text: `${cw.reports.failed} ${(e as Error)?.message ?? ''}` })
    }
  }

  const exportCsv = () =>
    run(() =>
      Promise.resolve({ name: `Handläggare och försäkran${unitPart} ${today}.csv`, bytes: registerCsv(rowsForUnit(dashboard, unit)) })
    )

  const exportPdf = () =>
    run(async () => {
      const { buildCaseworkerReportPdf } = await import('@renderer/pdf/caseworkerReportPdf')
      const rows = rowsForUnit(dashboard, unit)
      const v = loaded.data.versions.find((x) => x.id === dashboard.currentVersion?.id)
      const bytes = await buildCaseworkerReportPdf({
        municipality,
        date: today,
        unit: unit || cw.overview.allUnits,
        version: v ? { number: v.number, sha256: v.sha256, publishedOn: v.publishedOn } : null,
        summary: summaryLines(rows, loaded.erasure.people),
        rows: reportRows(rows)
      })
      return { name: `Rapport försäkran SSBTEK${unitPart} ${today}.pdf`, bytes }
    })

  const exportZip = () =>
    run(async () => {
      const { zipSync } = await import('fflate')
      const [files, allAcks] = await Promise.all([listUndertakingAttachments(), listAllAcknowledgements()])
      const people = new Map(loaded.data.caseworkers.map((c) => [c.id, c]))
      const entries: Record<string, Uint8Array> = {}
      const INDEX = 'förteckning.csv'
      const used = new Set<string>([INDEX])
      for (const f of files) {
        const person = people.get(f.ownerId)
        if (!person || (unit && person.unit !== unit)) continue
        entries[uniqueEntryPath([person.unit, f.name], used)] = f.bytes
      }
      // An index of every acknowledgement, including those registered without a file.
      const acks = allAcks.filter((a) => {
        const p = people.get(a.caseworkerId)
        return p && (!unit || p.unit === unit)
      })
      entries[INDEX] = buildCsv(
        ['Namn', 'Enhet', 'Version', 'Textens SHA-256', 'Datum', 'Sätt', 'Anteckning', 'Fil'],
        acks.map((a) => {
          const p = people.get(a.caseworkerId)!
          const file = a.attachmentIds
            .map((id) => files.find((f) => f.id === id)?.name)
            .filter(Boolean)
            .join(', ')
          return [p.name, p.unit, a.versionNumber, a.sha256, a.signedOn, cw.person.methods[a.method], a.note, file || cw.reports.noPdfNote]
        })
      )
      return { name: `Försäkran SSBTEK alla undertecknade${unitPart} ${today}.zip`, bytes: zipSync(entries, { level: 0 }) }
    })

  return (
    <section aria-labelledby="cw-reports-title">
      <h1 id="cw-reports-title">{cw.reports.title}</h1>
      <p>{cw.reports.intro}</p>
      <p className="notice">{cw.reports.notToFk}</p>
      <div className="field">
        <label htmlFor="cw-report-unit">{cw.reports.unit}</label>
        <select id="cw-report-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="">{cw.overview.allUnits}</option>
          {dashboard.unitNames.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void exportCsv()}>
          {cw.reports.csv}
        </button>
        <button type="button" onClick={() => void exportPdf()}>
          {cw.reports.pdf}
        </button>
        <button type="button" className="secondary" onClick={() => void exportZip()}>
          {cw.reports.zip}
        </button>
      </div>
      {status && (
        <p
          className={`notice ${status.kind === 'ok' ? 'ok' : status.kind === 'error' ? 'danger' : ''}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  )
}
