import type { CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { normaliseEmail } from '@renderer/domain/caseworkers/validate'
import { dueForDeletion } from '@renderer/domain/undertaking/retention'
import { db } from './database'
import { getSetting, putSetting } from './settings'
import { newId, nowIso } from './ids'
import type { AttachmentRecord } from './types'
import { UNDERTAKING_OWNER_TYPE, type AcknowledgementRecord, type ReminderRecord, type UndertakingVersionRecord } from './undertakings'

/** A person in the caseworker register. No personnummer, by design. */
export type CaseworkerRecord = CaseworkerInput & {
  id: string
  createdAt: string
  updatedAt: string
}

export const caseworkersTable = () => db().table<CaseworkerRecord, string>('caseworkers')
const acknowledgementsTable = () => db().table<AcknowledgementRecord, string>('acknowledgements')
const remindersTable = () => db().table<ReminderRecord, string>('reminders')
const attachmentsTable = () => db().table<AttachmentRecord, string>('attachments')

export class DuplicateCaseworkerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DuplicateCaseworkerError'
  }
}

const clean = (input: CaseworkerInput): CaseworkerInput => {
  const out: CaseworkerInput = { name: input.name.trim(), email: input.email.trim(), unit: input.unit.trim() }
  if (input.role?.trim()) out.role = input.role.trim()
  if (input.employeeId?.trim()) out.employeeId = input.employeeId.trim()
  if (input.startDate) out.startDate = input.startDate
  if (input.endDate) out.endDate = input.endDate
  return out
}

function conflictMessage(input: CaseworkerInput, others: readonly CaseworkerRecord[], exceptId?: string): string | null {
  const email = normaliseEmail(input.email)
  const employeeId = input.employeeId?.trim()
  for (const o of others) {
    if (o.id === exceptId) continue
    if (normaliseEmail(o.email) === email) return `E-postadressen ${input.email} finns redan i registret (${o.name}).`
    if (employeeId && o.employeeId === employeeId) return `Anställningsnumret ${employeeId} finns redan i registret (${o.name}).`
  }
  return null
}

export const listCaseworkers = (): Promise<CaseworkerRecord[]> => caseworkersTable().toArray()
export const getCaseworker = (id: string): Promise<CaseworkerRecord | undefined> => caseworkersTable().get(id)

export async function addCaseworker(input: CaseworkerInput): Promise<CaseworkerRecord> {
  return db().transaction('rw', caseworkersTable(), async () => {
    const conflict = conflictMessage(input, await caseworkersTable().toArray())
    if (conflict) throw new DuplicateCaseworkerError(conflict)
    const now = nowIso()
    const record: CaseworkerRecord = { ...clean(input), id: newId(), createdAt: now, updatedAt: now }
    await caseworkersTable().add(record)
    return record
  })
}

/** Replaces a person's details (end date included: setting it deactivates, clearing it reactivates). */
export async function updateCaseworker(id: string, input: CaseworkerInput): Promise<CaseworkerRecord> {
  return db().transaction('rw', caseworkersTable(), async () => {
    const existing = await caseworkersTable().get(id)
    if (!existing) throw new Error('Personen finns inte längre i registret.')
    const conflict = conflictMessage(input, await caseworkersTable().toArray(), id)
    if (conflict) throw new DuplicateCaseworkerError(conflict)
    const record: CaseworkerRecord = { ...clean(input), id, createdAt: existing.createdAt, updatedAt: nowIso() }
    await caseworkersTable().put(record)
    return record
  })
}

/**
 * Stores checked rows in ONE transaction: all or nothing. Duplicates against the register (or
 * within the rows) abort the whole import with a Swedish message, so nothing half-imports.
 */
export async function importCaseworkers(rows: readonly CaseworkerInput[]): Promise<{ added: number }> {
  return db().transaction('rw', caseworkersTable(), async () => {
    const existing = await caseworkersTable().toArray()
    const emails = new Map(existing.map((e) => [normaliseEmail(e.email), e.name]))
    const ids = new Map(existing.filter((e) => e.employeeId).map((e) => [e.employeeId!, e.name]))
    const now = nowIso()
    const records: CaseworkerRecord[] = rows.map((row) => {
      const input = clean(row)
      const email = normaliseEmail(input.email)
      if (emails.has(email)) throw new DuplicateCaseworkerError(`E-postadressen ${input.email} finns redan (${emails.get(email)}). Inget importerades.`)
      emails.set(email, input.name)
      if (input.employeeId) {
        if (ids.has(input.employeeId))
          throw new DuplicateCaseworkerError(`Anställningsnumret ${input.employeeId} finns redan (${ids.get(input.employeeId)}). Inget importerades.`)
        ids.set(input.employeeId, input.name)
      }
      return { ...input, id: newId(), createdAt: now, updatedAt: now }
    })
    await caseworkersTable().bulkAdd(records)
    return { added: records.length }
  })
}

export type ErasureStats = { people: number; acknowledgements: number }
const ERASURE_KEY = 'undertaking.erasures'

export const getErasureStats = async (): Promise<ErasureStats> => (await getSetting<ErasureStats>(ERASURE_KEY)) ?? { people: 0, acknowledgements: 0 }

/**
 * Erases people completely: their record, acknowledgements, signed PDFs and scans, and their place
 * in reminder records. Only anonymous counts are kept, for reports.
 */
export async function eraseCaseworkers(ids: readonly string[]): Promise<ErasureStats> {
  const d = db()
  return d.transaction('rw', [caseworkersTable(), acknowledgementsTable(), remindersTable(), attachmentsTable(), d.settings], async () => {
    const idSet = new Set(ids)
    const present = (await caseworkersTable().bulkGet([...idSet])).filter(Boolean).length
    const acks = await acknowledgementsTable().where('caseworkerId').anyOf([...idSet]).primaryKeys()
    await acknowledgementsTable().bulkDelete(acks)
    for (const id of idSet) await attachmentsTable().where('[ownerType+ownerId]').equals([UNDERTAKING_OWNER_TYPE, id]).delete()
    await remindersTable()
      .toCollection()
      .modify((r: ReminderRecord) => {
        if (r.caseworkerIds.some((id) => idSet.has(id))) r.caseworkerIds = r.caseworkerIds.filter((id) => !idSet.has(id))
      })
    await caseworkersTable().bulkDelete([...idSet])
    const before = (await d.settings.get(ERASURE_KEY))?.value as ErasureStats | undefined
    const stats = { people: (before?.people ?? 0) + present, acknowledgements: (before?.acknowledgements ?? 0) + acks.length }
    await d.settings.put({ key: ERASURE_KEY, value: stats })
    return stats
  })
}

const RETENTION_KEY = 'undertaking.retentionMonths'
export const getRetentionMonths = async (): Promise<number | null> => (await getSetting<number | null>(RETENTION_KEY)) ?? null
export const setRetentionMonths = (months: number | null): Promise<void> => putSetting(RETENTION_KEY, months)

/** Who the retention rule would delete today; nothing is changed. */
export async function previewRetention(months: number | null, today: string): Promise<CaseworkerRecord[]> {
  return dueForDeletion(await listCaseworkers(), months, today)
}

/** Everything the dashboard needs, read in one transaction. */
export async function loadUndertakingData(): Promise<{
  caseworkers: CaseworkerRecord[]
  acknowledgements: AcknowledgementRecord[]
  versions: UndertakingVersionRecord[]
  reminders: ReminderRecord[]
}> {
  const d = db()
  const versionsTable = d.table<UndertakingVersionRecord, string>('undertakingVersions')
  return d.transaction('r', [caseworkersTable(), acknowledgementsTable(), versionsTable, remindersTable()], async () => {
    const [caseworkers, acknowledgements, versions, reminders] = await Promise.all([
      caseworkersTable().toArray(),
      acknowledgementsTable().toArray(),
      versionsTable.toArray(),
      remindersTable().toArray()
    ])
    return { caseworkers, acknowledgements, versions, reminders }
  })
}
