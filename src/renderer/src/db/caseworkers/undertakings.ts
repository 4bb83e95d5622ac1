import Dexie from 'dexie'
import {
  composeUndertakingText,
  isLegalReferenceConfirmed,
  sha256Hex,
  type UndertakingContent
} from '@renderer/domain/caseworkers/undertakingText'
import { DEFAULT_POLICY, type UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { localDateOf } from '@renderer/domain/caseworkers/dates'
import { db } from '../database'
import { getSetting, putSetting } from '../settings'
import { newId, nowIso } from '../ids'
import {
  UNDERTAKING_OWNER_TYPE,
  type AcknowledgementRecord,
  type AttachmentRecord,
  type ReminderRecord,
  type SigningMethod,
  type UndertakingVersionRecord
} from '../types'
import { addToSummary, type CaseworkerRecord } from './register'

export const UNCONFIRMED_LEGAL_MESSAGE =
  'Lagrummet är inte bekräftat av kommunen. Bekräfta lagrummet, eller ange ditt namn för att publicera med lagrummet markerat som obekräftat.'

const versionsTable = () => db().table<UndertakingVersionRecord, string>('undertakingVersions')
const acknowledgementsTable = () => db().table<AcknowledgementRecord, string>('acknowledgements')
const remindersTable = () => db().table<ReminderRecord, string>('reminders')
const attachmentsTable = () => db().table<AttachmentRecord, string>('attachments')
const caseworkersTable = () => db().table<CaseworkerRecord, string>('caseworkers')

export async function listUndertakingVersions(): Promise<UndertakingVersionRecord[]> {
  return (await versionsTable().toArray()).sort((a, b) => a.number - b.number)
}

export async function getCurrentUndertakingVersion(): Promise<UndertakingVersionRecord | null> {
  const all = await listUndertakingVersions()
  return all[all.length - 1] ?? null
}

/**
 * Publishes a new immutable version; from now on everyone must sign it. A version whose legal
 * reference the municipality has not confirmed is published only with the name of the person who
 * explicitly agreed to it (`unconfirmedLegalApprovedBy`), which is stored on the version.
 */
export async function publishUndertakingVersion(
  content: UndertakingContent,
  at = new Date(),
  options: { unconfirmedLegalApprovedBy?: string } = {}
): Promise<UndertakingVersionRecord> {
  const approvedBy = options.unconfirmedLegalApprovedBy?.trim()
  if (!isLegalReferenceConfirmed(content) && !approvedBy) throw new Error(UNCONFIRMED_LEGAL_MESSAGE)
  const text = composeUndertakingText(content)
  const sha256 = await sha256Hex(text)
  return db().transaction('rw', versionsTable(), async () => {
    const all = await versionsTable().toArray()
    const latest = all.reduce<UndertakingVersionRecord | null>((m, v) => (!m || v.number > m.number ? v : m), null)
    if (latest && latest.sha256 === sha256)
      throw new Error('Texten är oförändrad sedan den senaste versionen. Ändra texten innan du publicerar en ny version.')
    const publishedAt = at.toISOString()
    const record: UndertakingVersionRecord = {
      title: content.title.trim(),
      body: content.body,
      legalReference: content.legalReference.trim(),
      legalReview: isLegalReferenceConfirmed(content) ? { by: content.legalReview!.by.trim(), on: content.legalReview!.on } : null,
      ...(content.legalContext ? { legalContext: content.legalContext } : {}),
      ...(isLegalReferenceConfirmed(content) ? {} : { unconfirmedLegalApprovedBy: approvedBy }),
      id: newId(),
      number: (latest?.number ?? 0) + 1,
      text,
      sha256,
      publishedAt,
      publishedOn: localDateOf(publishedAt)
    }
    await versionsTable().add(record)
    return record
  })
}

export type AcknowledgementFile = { name: string; mimeType: string; bytes: Uint8Array }

/** Records that a person signed a version, with the signed PDF or scan if there is one. */
export async function recordAcknowledgement(input: {
  caseworkerId: string
  version: Pick<UndertakingVersionRecord, 'id' | 'number' | 'sha256'>
  method: SigningMethod
  signedOn: string
  signatureKind?: 'drawn' | 'typed'
  note?: string
  files?: AcknowledgementFile[]
}): Promise<AcknowledgementRecord> {
  const now = nowIso()
  const attachments: AttachmentRecord[] = []
  for (const f of input.files ?? [])
    attachments.push({
      id: newId(),
      ownerType: UNDERTAKING_OWNER_TYPE,
      ownerId: input.caseworkerId,
      name: f.name,
      mimeType: f.mimeType,
      size: f.bytes.byteLength,
      sha256: await sha256Hex(f.bytes),
      bytes: f.bytes,
      createdAt: now
    })
  const record: AcknowledgementRecord = {
    id: newId(),
    caseworkerId: input.caseworkerId,
    versionId: input.version.id,
    versionNumber: input.version.number,
    sha256: input.version.sha256,
    method: input.method,
    signedOn: input.signedOn,
    recordedAt: now,
    signedAt: now,
    attachmentIds: attachments.map((a) => a.id)
  }
  if (input.signatureKind) record.signatureKind = input.signatureKind
  if (input.note?.trim()) record.note = input.note.trim()
  const people = caseworkersTable()
  await db().transaction('rw', [acknowledgementsTable(), attachmentsTable(), people], async () => {
    const person = await people.get(input.caseworkerId)
    if (!person) throw new Error('Personen finns inte längre i registret.')
    if (attachments.length) await attachmentsTable().bulkAdd(attachments)
    await acknowledgementsTable().add(record)
    addToSummary(person, record)
    await people.put(person)
  })
  return record
}

/**
 * Stores many acknowledgements at once, keeping the people's summaries in step (for moving data
 * in, and for the benchmark's seeding). All or nothing.
 */
export async function importAcknowledgements(
  acks: readonly Omit<AcknowledgementRecord, 'id' | 'recordedAt' | 'signedAt' | 'attachmentIds'>[]
): Promise<number> {
  const people = caseworkersTable()
  const now = nowIso()
  return db().transaction('rw', [acknowledgementsTable(), people], async () => {
    const byId = new Map((await people.toArray()).map((p) => [p.id, p]))
    const records: AcknowledgementRecord[] = acks.map((a) => {
      const person = byId.get(a.caseworkerId)
      if (!person) throw new Error(`Personen ${a.caseworkerId} finns inte i registret. Inget sparades.`)
      const record: AcknowledgementRecord = { ...a, id: newId(), recordedAt: now, signedAt: now, attachmentIds: [] }
      addToSummary(person, record)
      return record
    })
    await acknowledgementsTable().bulkAdd(records)
    await people.bulkPut([...byId.values()])
    return records.length
  })
}

export async function listAcknowledgementsOf(caseworkerId: string): Promise<AcknowledgementRecord[]> {
  return (await acknowledgementsTable().where('caseworkerId').equals(caseworkerId).toArray()).sort((a, b) =>
    a.signedOn === b.signedOn ? a.recordedAt.localeCompare(b.recordedAt) : a.signedOn.localeCompare(b.signedOn)
  )
}

export const getUndertakingAttachment = (id: string): Promise<AttachmentRecord | undefined> => attachmentsTable().get(id)

/** Every stored undertaking file (signed PDFs and scans), for the audit export. */
export const listUndertakingAttachments = (): Promise<AttachmentRecord[]> =>
  attachmentsTable()
    .where('[ownerType+ownerId]')
    .between([UNDERTAKING_OWNER_TYPE, Dexie.minKey], [UNDERTAKING_OWNER_TYPE, Dexie.maxKey])
    .toArray()

export async function recordReminder(caseworkerIds: readonly string[], method: ReminderRecord['method']): Promise<ReminderRecord> {
  const record: ReminderRecord = { id: newId(), sentAt: nowIso(), method, caseworkerIds: [...caseworkerIds] }
  await remindersTable().add(record)
  return record
}

const POLICY_KEY = 'undertaking.policy'
export const getUndertakingPolicy = async (): Promise<UndertakingPolicy> => ({
  ...DEFAULT_POLICY,
  ...((await getSetting<UndertakingPolicy>(POLICY_KEY)) ?? {})
})
export const setUndertakingPolicy = (policy: UndertakingPolicy): Promise<void> => putSetting(POLICY_KEY, policy)
