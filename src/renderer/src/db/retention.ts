import { checkMistakeReason, type CulledCounts, type CullingLogEntry } from '@renderer/domain/retention/cullingLog'
import { dueUnderRule, ruleFromLegacyMonths, type RetentionRule } from '@renderer/domain/retention/rule'
import { db } from './database'
import { caseworkersTable, eraseCaseworkers, type CaseworkerRecord } from './caseworkers/register'
import { newId, nowIso } from './ids'
import { getSetting } from './settings'
import { UNDERTAKING_OWNER_TYPE, type AcknowledgementRecord } from './types'
import type { AttachmentRecord } from './types'

// Both live in the settings table, so every backup carries them without a new table.
const RULE_KEY = 'undertaking.retentionRule'
const LEGACY_MONTHS_KEY = 'undertaking.retentionMonths'
const LOG_KEY = 'undertaking.cullingLog'

export class MistakeReasonError extends Error {
  constructor(readonly code: 'reason-missing' | 'reason-only-personal-data') {
    super(code)
    this.name = 'MistakeReasonError'
  }
}

/** The culling rule in force; a months value saved by the first app version reads as an employment rule. */
export async function getRetentionRule(): Promise<RetentionRule | null> {
  const rule = await getSetting<RetentionRule | null>(RULE_KEY)
  if (rule !== undefined) return rule
  const months = await getSetting<number | null>(LEGACY_MONTHS_KEY)
  return months && months > 0 ? ruleFromLegacyMonths(months) : null
}

/** Stores the rule (null turns culling off); the old months setting is cleared so the two never disagree. */
export async function setRetentionRule(rule: RetentionRule | null): Promise<void> {
  const d = db()
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: RULE_KEY, value: rule })
    await d.settings.delete(LEGACY_MONTHS_KEY)
  })
}

export const listCullingLog = async (): Promise<CullingLogEntry[]> => (await getSetting<CullingLogEntry[]>(LOG_KEY)) ?? []

const acksTable = () => db().table<AcknowledgementRecord, string>('acknowledgements')
const filesTable = () => db().table<AttachmentRecord, string>('attachments')

async function countRecordsOf(ids: readonly string[]): Promise<CulledCounts> {
  let files = 0
  for (const id of ids) files += await filesTable().where('[ownerType+ownerId]').equals([UNDERTAKING_OWNER_TYPE, id]).count()
  const acknowledgements = ids.length
    ? await acksTable()
        .where('caseworkerId')
        .anyOf([...ids])
        .count()
    : 0
  return { people: ids.length, acknowledgements, files }
}

export type RetentionPreview = { people: CaseworkerRecord[]; counts: CulledCounts }

/** What the rule would cull on `today`, and how many records of each kind; nothing is changed. */
export async function previewRetentionRule(rule: RetentionRule | null, today: string): Promise<RetentionPreview> {
  const d = db()
  return d.transaction('r', [caseworkersTable(), acksTable(), filesTable()], async () => {
    const people = dueUnderRule(await caseworkersTable().toArray(), rule, today).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    return { people, counts: await countRecordsOf(people.map((p) => p.id)) }
  })
}

async function eraseAndLog(ids: readonly string[], entry: (counts: CulledCounts) => CullingLogEntry): Promise<CullingLogEntry> {
  const d = db()
  return d.transaction('rw', [caseworkersTable(), acksTable(), filesTable(), d.table('reminders'), d.settings], async () => {
    const present = (await caseworkersTable().bulkGet([...ids])).filter(Boolean).map((p) => p!.id)
    const counts = await countRecordsOf(present)
    await eraseCaseworkers(present)
    const logged = entry(counts)
    const log = ((await d.settings.get(LOG_KEY))?.value as CullingLogEntry[] | undefined) ?? []
    await d.settings.put({ key: LOG_KEY, value: [...log, logged] })
    return logged
  })
}

/**
 * Culls everyone the rule reaches on `today`, in one transaction with its log entry: the kinds
 * and numbers of records, the time and the rule as it stood — no names, no addresses.
 */
export async function cullByRule(rule: RetentionRule, today: string): Promise<CullingLogEntry> {
  const d = db()
  return d.transaction('rw', [caseworkersTable(), acksTable(), filesTable(), d.table('reminders'), d.settings], async () => {
    const due = dueUnderRule(await caseworkersTable().toArray(), rule, today)
    return eraseAndLog(
      due.map((p) => p.id),
      (counts) => ({ id: newId(), at: nowIso(), kind: 'rule', rule: { ...rule }, counts })
    )
  })
}

/**
 * Deletes a person registered by mistake, at once, with a reason. The reason is kept in the log
 * with the person's name, e-mail address, employee number and personnummer-like numbers removed;
 * a reason that says nothing else is refused (MistakeReasonError) and nothing is deleted.
 */
export async function deleteRegisteredByMistake(id: string, reason: string): Promise<CullingLogEntry> {
  const person = await caseworkersTable().get(id)
  if (!person) throw new Error('Personen finns inte längre i registret.')
  const checked = checkMistakeReason(reason, [person])
  if (!checked.reason) throw new MistakeReasonError(checked.code!)
  return eraseAndLog([id], (counts) => ({ id: newId(), at: nowIso(), kind: 'mistake', reason: checked.reason!, counts }))
}
