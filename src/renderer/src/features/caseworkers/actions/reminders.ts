import { recordReminder } from '@renderer/db'
import type { DashboardRow, DashboardVersion } from '@renderer/domain/caseworkers/dashboard'
import { buildReminderMailto } from '@renderer/domain/caseworkers/reminders'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { openMailDraft, saveFile } from '@renderer/platform/bridge'
import type { CaseworkerReportInput } from '@renderer/pdf/caseworkerReportPdf'
import { cw } from '@renderer/i18n/caseworkers/register'
import { reportRows } from '../reportData'

export type ReminderOutcome = { ok: true; text: string } | { ok: false; text: string }

/**
 * Opens a reminder e-mail to the selected people (in BCC) in the user's mail program, and records
 * the reminder only when the program opened.
 */
export async function remindByEmail(
  input: { rows: readonly DashboardRow[]; municipality: string; version: DashboardVersion | null },
  openMail: (url: string) => Promise<boolean> = openMailDraft
): Promise<ReminderOutcome> {
  const url = buildReminderMailto({
    emails: input.rows.map((r) => r.person.email),
    municipality: input.municipality,
    versionNumber: input.version?.number ?? null
  })
  if (!(await openMail(url))) return { ok: false, text: cw.overview.noMailClient }
  await recordReminder(
    input.rows.map((r) => r.person.id),
    'email'
  )
  return { ok: true, text: cw.overview.reminderRecorded(input.rows.length) }
}

/** What the printed reminder list shows: the selection, sorted by the PDF by unit, then name. */
export function reminderListInput(input: {
  rows: readonly DashboardRow[]
  municipality: string
  version: DashboardVersion | null
  unitLabel: string
  today: string
}): CaseworkerReportInput {
  const v = input.version
  return {
    municipality: input.municipality,
    date: input.today,
    unit: input.unitLabel,
    version: v ? { number: v.number, sha256: v.sha256 ?? '', publishedOn: v.publishedOn } : null,
    summary: [cw.overview.reminderSummary(input.rows.length)],
    rows: reportRows(input.rows)
  }
}

/**
 * Writes the reminder list as a PDF where the user chooses and records the reminder; a list the
 * user did not save records nothing.
 */
export async function remindByPrint(
  input: { rows: readonly DashboardRow[]; municipality: string; version: DashboardVersion | null; unitLabel: string; today?: string },
  save: typeof saveFile = saveFile
): Promise<ReminderOutcome> {
  const today = input.today ?? localToday()
  const { buildCaseworkerReportPdf } = await import('@renderer/pdf/caseworkerReportPdf')
  const bytes = await buildCaseworkerReportPdf(reminderListInput({ ...input, today }))
  const result = await save(cw.overview.reminderFileName(today), bytes, [{ name: 'PDF', extensions: ['pdf'] }])
  if (!result.saved) return { ok: false, text: cw.overview.reminderNotSaved }
  await recordReminder(
    input.rows.map((r) => r.person.id),
    'print'
  )
  return { ok: true, text: cw.overview.reminderRecorded(input.rows.length) }
}
