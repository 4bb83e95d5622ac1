import type { Dashboard, DashboardRow } from '@renderer/domain/caseworkers/dashboard'
import { UNDERTAKING_STATUSES } from '@renderer/domain/caseworkers/status'
import { buildCsv } from '@renderer/domain/caseworkers/csvReport'
import { cw } from '@renderer/i18n/caseworkers/register'
import { access } from '@renderer/i18n/caseworkers/access'
import { dateOf, lastSignedVersionText, methodText, percent } from './statusText'

export const rowsForUnit = (dashboard: Dashboard, unit: string): DashboardRow[] =>
  dashboard.rows
    .filter((r) => !unit || r.person.unit === unit)
    .sort((a, b) => a.person.unit.localeCompare(b.person.unit, 'sv') || a.person.name.localeCompare(b.person.name, 'sv'))

/** The register with status as Excel-ready CSV bytes. */
export function registerCsv(rows: readonly DashboardRow[]): Uint8Array {
  return buildCsv(
    [...cw.reports.csvHeader, access.report.columnFrom, access.report.columnTo],
    rows.map((r) => [
      r.person.name,
      r.person.email,
      r.person.unit,
      r.person.role,
      r.person.employeeId,
      r.person.startDate,
      r.person.endDate,
      cw.status[r.status],
      r.since,
      r.lastSigned?.versionNumber ?? '',
      r.lastSigned?.signedOn,
      r.status === 'signed' || r.status === 'inactive' ? '' : r.dueOn,
      dateOf(r.lastReminderAt),
      methodText(r.lastSigned?.method),
      r.person.accessFrom,
      r.person.accessFrom ? r.person.accessTo : ''
    ])
  )
}

/** Summary lines for the PDF report: counts only, so erased people appear as a number. */
export function summaryLines(rows: readonly DashboardRow[], erasedPeople: number): string[] {
  const counts = Object.fromEntries(UNDERTAKING_STATUSES.map((s) => [s, 0])) as Record<(typeof UNDERTAKING_STATUSES)[number], number>
  for (const r of rows) counts[r.status]++
  const active = rows.length - counts.inactive
  return [
    cw.reports.summaryActive(active),
    cw.reports.summarySigned(counts.signed, percent(active ? counts.signed / active : 0)),
    access.report.summary(rows.filter((r) => r.accessWithoutUndertaking).length),
    ...UNDERTAKING_STATUSES.filter((s) => s !== 'signed').map((s) => cw.reports.summaryStatus(cw.status[s], counts[s])),
    cw.reports.summaryErased(erasedPeople)
  ]
}

export const reportRows = (rows: readonly DashboardRow[]) =>
  rows.map((r) => ({
    name: r.person.name,
    unit: r.person.unit,
    role: r.person.role,
    status: cw.status[r.status],
    since: r.since,
    signed: lastSignedVersionText(r),
    method: methodText(r.lastSigned?.method),
    lastReminder: dateOf(r.lastReminderAt),
    access: access.report.cell(r.person.accessFrom, r.person.accessTo)
  }))
