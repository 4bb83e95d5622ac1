import type { CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { normaliseEmail } from '@renderer/domain/caseworkers/validate'
import { dueForDeletion } from '@renderer/domain/caseworkers/retention'
import { autosaveCopyKeys, discardAutosaveCopies } from '@renderer/platform/autosaveCopies'
import { isWellFormedCaseworker } from '@renderer/domain/records/recordShapes'
import { keepWellFormed, noteDamagedRecord } from '../damagedRecords'
import { nextAccessHistory, type AccessChange } from '@renderer/domain/caseworkers/access'
import { db } from '../database'
import { getSetting, putSetting } from '../settings'
import { newId, nowIso } from '../ids'
import {
  UNDERTAKING_OWNER_TYPE,
  type AcknowledgementRecord,
  type AttachmentRecord,
  type ReminderRecord,
  type UndertakingVersionRecord
} from '../types'

/** A person in the caseworker register. No personnummer, by design. */
export type CaseworkerRecord = CaseworkerInput & {
  id: string
  createdAt: string
  updatedAt: string
  /**
   * Latest signing day per version id, kept in step with the acknowledgements table so the
   * dashboard never has to read 30,000 acknowledgements (see loadUndertakingData).
   */
  signatures?: Record<string, string>
  /** How the latest signature per version id was given (absent in records saved before the app recorded the method). */
  signatureMethods?: Record<string, string>
  /** How many acknowledgements this person has; their sum checks the summaries against the table. */
  ackCount?: number
  /**
   * Every recorded change of access to SSBTEK, oldest first, so access on any past day can still be answered;
   * accessFrom/accessTo hold the current one.
   */
  accessHistory?: AccessChange[]
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
  if (input.accessFrom) out.accessFrom = input.accessFrom
  if (input.accessFrom && input.accessTo) out.accessTo = input.accessTo
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

/** The register's people; a damaged record is skipped (and noted) so the others still show. */
const wellFormed = (people: readonly unknown[]) =>
  keepWellFormed<CaseworkerRecord>('caseworkers', people, isWellFormedCaseworker, (c) => (c as { id?: unknown })?.id)

export const listCaseworkers = async (): Promise<CaseworkerRecord[]> => wellFormed(await caseworkersTable().toArray())

export async function getCaseworker(id: string): Promise<CaseworkerRecord | undefined> {
  const person = await caseworkersTable().get(id)
  if (person === undefined || isWellFormedCaseworker(person)) return person
  noteDamagedRecord('caseworkers', id)
  return undefined
}

export async function addCaseworker(input: CaseworkerInput): Promise<CaseworkerRecord> {
  return db().transaction('rw', caseworkersTable(), async () => {
    const conflict = conflictMessage(input, wellFormed(await caseworkersTable().toArray()))
    if (conflict) throw new DuplicateCaseworkerError(conflict)
    const now = nowIso()
    const cleaned = clean(input)
    const record: CaseworkerRecord = {
      ...cleaned,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      accessHistory: nextAccessHistory([], {}, cleaned, now)
    }
    await caseworkersTable().add(record)
    return record
  })
}

/** Replaces a person's details (end date included: setting it deactivates, clearing it reactivates). */
export async function updateCaseworker(id: string, input: CaseworkerInput): Promise<CaseworkerRecord> {
  return db().transaction('rw', caseworkersTable(), async () => {
    const existing = await caseworkersTable().get(id)
    if (!existing) throw new Error('Personen finns inte längre i registret.')
    const conflict = conflictMessage(input, wellFormed(await caseworkersTable().toArray()), id)
    if (conflict) throw new DuplicateCaseworkerError(conflict)
    const now = nowIso()
    const cleaned = clean(input)
    const record: CaseworkerRecord = { ...cleaned, id, createdAt: existing.createdAt, updatedAt: now }
    record.accessHistory = nextAccessHistory(existing.accessHistory, existing, cleaned, now, existing.updatedAt)
    if (existing.signatures) record.signatures = existing.signatures
    if (existing.signatureMethods) record.signatureMethods = existing.signatureMethods
    if (existing.ackCount) record.ackCount = existing.ackCount
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
    const existing = wellFormed(await caseworkersTable().toArray())
    const emails = new Map(existing.map((e) => [normaliseEmail(e.email), e.name]))
    const ids = new Map(existing.filter((e) => e.employeeId).map((e) => [e.employeeId!, e.name]))
    const now = nowIso()
    const records: CaseworkerRecord[] = rows.map((row) => {
      const input = clean(row)
      const email = normaliseEmail(input.email)
      if (emails.has(email))
        throw new DuplicateCaseworkerError(`E-postadressen ${input.email} finns redan (${emails.get(email)}). Inget importerades.`)
      emails.set(email, input.name)
      if (input.employeeId) {
        if (ids.has(input.employeeId))
          throw new DuplicateCaseworkerError(
            `Anställningsnumret ${input.employeeId} finns redan (${ids.get(input.employeeId)}). Inget importerades.`
          )
        ids.set(input.employeeId, input.name)
      }
      return { ...input, id: newId(), createdAt: now, updatedAt: now, accessHistory: nextAccessHistory([], {}, input, now) }
    })
    await caseworkersTable().bulkAdd(records)
    return { added: records.length }
  })
}

export type ErasureStats = { people: number; acknowledgements: number }
const ERASURE_KEY = 'undertaking.erasures'

export const getErasureStats = async (): Promise<ErasureStats> =>
  (await getSetting<ErasureStats>(ERASURE_KEY)) ?? { people: 0, acknowledgements: 0 }

/**
 * Erases people completely: their record, acknowledgements, signed PDFs and scans, and their place
 * in reminder records. Only anonymous counts are kept, for reports.
 */
export async function eraseCaseworkers(ids: readonly string[]): Promise<ErasureStats> {
  const d = db()
  const stats = await d.transaction(
    'rw',
    [caseworkersTable(), acknowledgementsTable(), remindersTable(), attachmentsTable(), d.settings],
    async () => {
      const idSet = new Set(ids)
      const present = (await caseworkersTable().bulkGet([...idSet])).filter(Boolean).length
      const acks = await acknowledgementsTable()
        .where('caseworkerId')
        .anyOf([...idSet])
        .primaryKeys()
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
    }
  )
  // Unsaved copies of an erased person's data must not outlive the erasure.
  for (const id of ids) discardAutosaveCopies(autosaveCopyKeys.caseworkerPrefix(id))
  return stats
}

const RETENTION_KEY = 'undertaking.retentionMonths'
export const getRetentionMonths = async (): Promise<number | null> => (await getSetting<number | null>(RETENTION_KEY)) ?? null
export const setRetentionMonths = (months: number | null): Promise<void> => putSetting(RETENTION_KEY, months)

/** Who the retention rule would delete today; nothing is changed. */
export async function previewRetention(months: number | null, today: string): Promise<CaseworkerRecord[]> {
  return dueForDeletion(await listCaseworkers(), months, today)
}

/** What the dashboard reads of an acknowledgement: who, which version, which day (the latest per version). */
export type SignatureSummary = { caseworkerId: string; versionId: string; signedOn: string; method?: string }

/** Adds one acknowledgement to a person's summary (inside the caller's transaction). */
export function addToSummary(person: CaseworkerRecord, ack: { versionId: string; signedOn: string; method?: string }): void {
  const signatures = { ...(person.signatures ?? {}) }
  const previous = signatures[ack.versionId]
  if (!previous || ack.signedOn >= previous) {
    signatures[ack.versionId] = ack.signedOn
    if (ack.method) person.signatureMethods = { ...(person.signatureMethods ?? {}), [ack.versionId]: ack.method }
  }
  person.signatures = signatures
  person.ackCount = (person.ackCount ?? 0) + 1
}

/**
 * Recomputes every person's signature summary from the acknowledgements table. Runs by itself when
 * the summaries and the table disagree (e.g. after acknowledgements were written by other code or
 * restored from a backup); call it after writing acknowledgements directly.
 */
export async function rebuildSignatureSummaries(): Promise<void> {
  await db().transaction('rw', caseworkersTable(), acknowledgementsTable(), async () => {
    const [people, acks] = await Promise.all([caseworkersTable().toArray(), acknowledgementsTable().toArray()])
    const byId = new Map(people.map((p) => [p.id, p]))
    for (const p of people) {
      p.signatures = {}
      p.signatureMethods = {}
      p.ackCount = 0
    }
    acks.sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.recordedAt.localeCompare(b.recordedAt))
    for (const a of acks) {
      const p = byId.get(a.caseworkerId)
      if (p) addToSummary(p, a)
    }
    await caseworkersTable().bulkPut(people)
  })
}

/**
 * Everything the dashboard needs: people (with their signature summaries), versions and
 * reminders, read in one transaction. Acknowledgements are represented by the summaries, one per
 * person and version, which is all the status rules read.
 */
export async function loadUndertakingData(): Promise<{
  caseworkers: CaseworkerRecord[]
  acknowledgements: SignatureSummary[]
  versions: UndertakingVersionRecord[]
  reminders: ReminderRecord[]
}> {
  const d = db()
  const versionsTable = d.table<UndertakingVersionRecord, string>('undertakingVersions')
  const read = () =>
    d.transaction('r', [caseworkersTable(), acknowledgementsTable(), versionsTable, remindersTable()], async () => {
      const [caseworkers, ackTotal, versions, reminders] = await Promise.all([
        caseworkersTable().toArray(),
        acknowledgementsTable().count(),
        versionsTable.toArray(),
        remindersTable().toArray()
      ])
      return { caseworkers, ackTotal, versions, reminders }
    })
  const data = await read()
  data.caseworkers = wellFormed(data.caseworkers)
  let summed = 0
  for (const c of data.caseworkers) summed += c.ackCount ?? 0
  const acknowledgements: SignatureSummary[] = []
  if (summed !== data.ackTotal) {
    // Out of step: answer from the table itself now, and store fresh summaries in the background
    // so that the next read is fast again.
    const people = new Set(data.caseworkers.map((c) => c.id))
    const latest = new Map<string, SignatureSummary>()
    for (const a of await acknowledgementsTable().toArray()) {
      if (!people.has(a.caseworkerId)) continue
      const key = `${a.caseworkerId}\u0001${a.versionId}`
      const seen = latest.get(key)
      if (!seen || a.signedOn >= seen.signedOn)
        latest.set(key, { caseworkerId: a.caseworkerId, versionId: a.versionId, signedOn: a.signedOn, method: a.method })
    }
    acknowledgements.push(...latest.values())
    void rebuildSignatureSummaries().catch(() => undefined)
  } else {
    for (const c of data.caseworkers)
      if (c.signatures)
        for (const versionId in c.signatures) {
          const summary: SignatureSummary = { caseworkerId: c.id, versionId, signedOn: c.signatures[versionId]! }
          const method = c.signatureMethods?.[versionId]
          if (method) summary.method = method
          acknowledgements.push(summary)
        }
  }
  return { caseworkers: data.caseworkers, acknowledgements, versions: data.versions, reminders: data.reminders }
}

/** Every acknowledgement in full (for the audit export). */
export const listAllAcknowledgements = (): Promise<AcknowledgementRecord[]> => acknowledgementsTable().toArray()
