import { isValidIsoDate } from '@renderer/base/calendarDate'
import { byRecording, terminationOf } from './termination'
import type { Contact } from '../agreement/types'
import { validateEmail, validatePhone } from '../agreement/contactRules'
import type {
  ContactEntry,
  ContactRole,
  GoLiveEvent,
  ReorganisationEvent,
  TermsReadEvent,
  TermsVersionEvent,
  TerminationEvent
} from './types'

/**
 * The rules of life after go-live. Pure: every function takes the board's recorded events (in any
 * order) and returns data or problem codes; the screens word them through i18n/goLive.ts.
 */

export const MAX_NAME_LENGTH = 200
export const MAX_REASON_LENGTH = 2000

export type ProblemCode =
  | 'missing'
  | 'format'
  | 'too-long'
  | 'unchanged'
  | 'same-name'
  | 'before-agreement'
  | 'before-previous'
  | 'before-version'
  | 'duplicate'
  | 'terminated'
export type Problem<F extends string> = { field: F; code: ProblemCode }
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: Problem<F>[] }

const checked = <T, F extends string>(problems: Problem<F>[], value: () => T): Checked<T, F> =>
  problems.length ? { ok: false, problems } : { ok: true, value: value() }

const effectiveDate = (e: GoLiveEvent): string => (e.kind === 'contact' ? e.from : e.date)

/** Oldest first by the day each event took effect, then by when it was recorded. */
export function goLiveTimeline(events: readonly GoLiveEvent[]): GoLiveEvent[] {
  return [...events].sort((a, b) => effectiveDate(a).localeCompare(effectiveDate(b)) || byRecording(a, b))
}

function requiredDate<F extends string>(field: F, value: string, problems: Problem<F>[]): string {
  const v = value.trim()
  if (!v) problems.push({ field, code: 'missing' })
  else if (!isValidIsoDate(v)) problems.push({ field, code: 'format' })
  return v
}

function requiredText<F extends string>(field: F, value: string, max: number, problems: Problem<F>[]): string {
  const v = value.trim()
  if (!v) problems.push({ field, code: 'missing' })
  else if (v.length > max) problems.push({ field, code: 'too-long' })
  return v
}

function optionalText<F extends string>(field: F, value: string, max: number, problems: Problem<F>[]): string | undefined {
  const v = value.trim()
  if (v.length > max) problems.push({ field, code: 'too-long' })
  return v || undefined
}

/* ---- termination ---- */

export { terminationOf }

export type TerminationInput = { date: string; reason: string; by: string }
export type TerminationField = keyof TerminationInput

export function checkTermination(
  input: TerminationInput,
  events: readonly GoLiveEvent[]
): Checked<Omit<TerminationEvent, 'id' | 'boardId' | 'recordedAt' | 'kind'>, TerminationField> {
  const problems: Problem<TerminationField>[] = []
  if (terminationOf(events)) problems.push({ field: 'date', code: 'terminated' })
  const date = requiredDate('date', input.date, problems)
  const reason = requiredText('reason', input.reason, MAX_REASON_LENGTH, problems)
  const by = requiredText('by', input.by, MAX_NAME_LENGTH, problems)
  return checked(problems, () => ({ date, reason, by }))
}

/* ---- contacts ---- */

const contactsOf = (events: readonly GoLiveEvent[], role: ContactRole): ContactEntry[] =>
  events.filter((e): e is ContactEntry => e.kind === 'contact' && e.role === role)

const entryOrder = (a: ContactEntry, b: ContactEntry): number => a.from.localeCompare(b.from) || byRecording(a, b)

/**
 * The contact for `role` in force on `date`: the entry with the latest `from` on or before the
 * day; of two entries from the same day the one recorded later (a correction) counts.
 */
export function contactAt(events: readonly GoLiveEvent[], role: ContactRole, date: string): ContactEntry | undefined {
  let best: ContactEntry | undefined
  for (const e of contactsOf(events, role)) if (e.from <= date && (!best || entryOrder(best, e) < 0)) best = e
  return best
}

/** The next change of contact after `date`, if one is recorded ahead of time. */
export function upcomingContact(events: readonly GoLiveEvent[], role: ContactRole, date: string): ContactEntry | undefined {
  return contactsOf(events, role)
    .filter((e) => e.from > date)
    .sort(entryOrder)[0]
}

export type ContactPeriod = { entry: ContactEntry; until?: string; replaced: boolean }

/**
 * Every entry for `role`, oldest first, with the day the next person took over. An entry that a
 * later-recorded entry for the same day corrected is marked `replaced`.
 */
export function contactHistory(events: readonly GoLiveEvent[], role: ContactRole): ContactPeriod[] {
  const entries = contactsOf(events, role).sort(entryOrder)
  return entries.map((entry, i) => {
    const next = entries.slice(i + 1).find((e) => e.from > entry.from)
    const replaced = entries.slice(i + 1).some((e) => e.from === entry.from)
    return { entry, until: next?.from, replaced }
  })
}

export type ContactChangeInput = {
  role: ContactRole
  name: string
  title: string
  email: string
  phone: string
  from: string
  reason: string
}
export type ContactField = 'name' | 'title' | 'email' | 'phone' | 'from' | 'reason'
export type ContactChange = { role: ContactRole; contact: Contact; from: string; reason: string }

const sameContact = (a: Contact, b: Contact): boolean =>
  a.name === b.name &&
  a.email.toLowerCase() === b.email.toLowerCase() &&
  (a.title ?? '') === (b.title ?? '') &&
  (a.phone ?? '') === (b.phone ?? '')

/** A contact filled in well enough to stand in the history: a name and a valid e-mail address. */
export function usableContact(c: Partial<Contact> | undefined): Contact | undefined {
  const name = c?.name?.trim()
  const email = c?.email?.trim()
  if (!name || !email || validateEmail(email)) return undefined
  const title = c?.title?.trim()
  const phone = c?.phone?.trim()
  return { name, email, ...(title ? { title } : {}), ...(phone ? { phone } : {}) }
}

/**
 * A change of contact person: name and a valid e-mail are required, a phone number is checked
 * when given, the date and the reason are required. A change to the person already in force on
 * that day, a change dated before the agreement was sent and any change after termination are refused.
 */
export function checkContactChange(
  input: ContactChangeInput,
  events: readonly GoLiveEvent[],
  agreementSentDate?: string
): Checked<ContactChange, ContactField> {
  const problems: Problem<ContactField>[] = []
  if (terminationOf(events)) problems.push({ field: 'from', code: 'terminated' })
  const name = requiredText('name', input.name, MAX_NAME_LENGTH, problems)
  const title = optionalText('title', input.title, MAX_NAME_LENGTH, problems)
  const email = requiredText('email', input.email, 320, problems)
  if (email && validateEmail(email)) problems.push({ field: 'email', code: 'format' })
  const phone = optionalText('phone', input.phone, 50, problems)
  if (phone && validatePhone(phone)) problems.push({ field: 'phone', code: 'format' })
  const from = requiredDate('from', input.from, problems)
  if (isValidIsoDate(from) && agreementSentDate && from < agreementSentDate) problems.push({ field: 'from', code: 'before-agreement' })
  const reason = requiredText('reason', input.reason, MAX_REASON_LENGTH, problems)
  const contact: Contact = { name, email, ...(title ? { title } : {}), ...(phone ? { phone } : {}) }
  if (!problems.length) {
    const current = contactAt(events, input.role, from)
    if (current && sameContact(current.contact, contact)) problems.push({ field: 'name', code: 'unchanged' })
  }
  return checked(problems, () => ({ role: input.role, contact, from, reason }))
}

/**
 * The first entries of a history, taken from the agreement rather than asked for again: for each
 * role with no entry yet whose agreement contact is usable, that contact from the day the agreement was sent.
 */
export function entriesFromAgreement(
  events: readonly GoLiveEvent[],
  agreement: { adminContact?: Partial<Contact>; technicalContact?: Partial<Contact> } | undefined,
  sentDate: string
): { role: ContactRole; contact: Contact; from: string }[] {
  const out: { role: ContactRole; contact: Contact; from: string }[] = []
  const pairs: [ContactRole, Partial<Contact> | undefined][] = [
    ['admin', agreement?.adminContact],
    ['technical', agreement?.technicalContact]
  ]
  for (const [role, c] of pairs) {
    const contact = usableContact(c)
    if (contact && contactsOf(events, role).length === 0) out.push({ role, contact, from: sentDate })
  }
  return out
}

/* ---- reorganisation ---- */

const reorganisationsOf = (events: readonly GoLiveEvent[]): ReorganisationEvent[] =>
  events
    .filter((e): e is ReorganisationEvent => e.kind === 'reorganisation')
    .sort((a, b) => a.date.localeCompare(b.date) || byRecording(a, b))

export type NamePeriod = { name: string; from?: string; until?: string; unit?: string; decisionReference?: string }

/** The board's names over time, oldest first; the last is the current name. */
export function nameHistory(currentName: string, events: readonly GoLiveEvent[]): NamePeriod[] {
  const moves = reorganisationsOf(events)
  if (!moves.length) return [{ name: currentName }]
  const periods: NamePeriod[] = [{ name: moves[0]!.fromName, until: moves[0]!.date }]
  moves.forEach((m, i) =>
    periods.push({ name: m.toName, from: m.date, until: moves[i + 1]?.date, unit: m.unit, decisionReference: m.decisionReference })
  )
  return periods
}

/** Names the board had before, oldest first, without the current one and without repeats. */
export function earlierNames(currentName: string, events: readonly GoLiveEvent[]): string[] {
  const names = nameHistory(currentName, events)
    .slice(0, -1)
    .map((p) => p.name)
  return [...new Set(names)].filter((n) => n !== currentName)
}

export type ReorganisationInput = { toName: string; unit: string; date: string; decisionReference: string }
export type ReorganisationField = keyof ReorganisationInput

export function checkReorganisation(
  input: ReorganisationInput,
  currentName: string,
  events: readonly GoLiveEvent[]
): Checked<Omit<ReorganisationEvent, 'id' | 'boardId' | 'recordedAt' | 'kind'>, ReorganisationField> {
  const problems: Problem<ReorganisationField>[] = []
  if (terminationOf(events)) problems.push({ field: 'date', code: 'terminated' })
  const toName = requiredText('toName', input.toName, 120, problems)
  if (toName && toName.toLocaleLowerCase('sv') === currentName.trim().toLocaleLowerCase('sv'))
    problems.push({ field: 'toName', code: 'same-name' })
  const unit = optionalText('unit', input.unit, MAX_NAME_LENGTH, problems)
  const date = requiredDate('date', input.date, problems)
  const last = reorganisationsOf(events).at(-1)
  if (isValidIsoDate(date) && last && date < last.date) problems.push({ field: 'date', code: 'before-previous' })
  const decisionReference = optionalText('decisionReference', input.decisionReference, MAX_NAME_LENGTH, problems)
  return checked(problems, () => ({
    fromName: currentName,
    toName,
    date,
    ...(unit ? { unit } : {}),
    ...(decisionReference ? { decisionReference } : {})
  }))
}

/* ---- Allmänna villkor ---- */

export type TermsTask = { version: TermsVersionEvent; read?: TermsReadEvent }

/** One re-read task per recorded version, oldest version first; open while nobody has recorded reading it. */
export function termsTasks(events: readonly GoLiveEvent[]): TermsTask[] {
  const reads = events.filter((e): e is TermsReadEvent => e.kind === 'terms-read').sort(byRecording)
  return events
    .filter((e): e is TermsVersionEvent => e.kind === 'terms-version')
    .sort((a, b) => a.date.localeCompare(b.date) || byRecording(a, b))
    .map((version) => ({ version, read: reads.find((r) => r.termsVersionId === version.id) }))
}

export const openTermsTasks = (events: readonly GoLiveEvent[]): TermsTask[] => termsTasks(events).filter((t) => !t.read)

export type TermsVersionInput = { version: string; date: string }
export type TermsVersionField = keyof TermsVersionInput

export function checkTermsVersion(
  input: TermsVersionInput,
  events: readonly GoLiveEvent[]
): Checked<Omit<TermsVersionEvent, 'id' | 'boardId' | 'recordedAt' | 'kind'>, TermsVersionField> {
  const problems: Problem<TermsVersionField>[] = []
  if (terminationOf(events)) problems.push({ field: 'version', code: 'terminated' })
  const version = requiredText('version', input.version, 100, problems)
  const key = version.toLocaleLowerCase('sv')
  if (version && termsTasks(events).some((t) => t.version.version.toLocaleLowerCase('sv') === key))
    problems.push({ field: 'version', code: 'duplicate' })
  const date = requiredDate('date', input.date, problems)
  return checked(problems, () => ({ version, date }))
}

export type TermsReadInput = { termsVersionId: string; by: string; date: string }
export type TermsReadField = 'by' | 'date'

/** Reading is recorded once per version, by a named person, not before the version's date. */
export function checkTermsRead(
  input: TermsReadInput,
  events: readonly GoLiveEvent[]
): Checked<Omit<TermsReadEvent, 'id' | 'boardId' | 'recordedAt' | 'kind'>, TermsReadField> {
  const problems: Problem<TermsReadField>[] = []
  const task = termsTasks(events).find((t) => t.version.id === input.termsVersionId)
  if (!task) problems.push({ field: 'by', code: 'missing' })
  else if (task.read) problems.push({ field: 'by', code: 'duplicate' })
  const by = requiredText('by', input.by, MAX_NAME_LENGTH, problems)
  const date = requiredDate('date', input.date, problems)
  if (task && isValidIsoDate(date) && date < task.version.date) problems.push({ field: 'date', code: 'before-version' })
  return checked(problems, () => ({ termsVersionId: input.termsVersionId, by, date }))
}

/** The contact `entry` replaced: the latest entry for its role recorded in force before it took over. */
export function previousContact(events: readonly GoLiveEvent[], entry: ContactEntry): ContactEntry | undefined {
  let best: ContactEntry | undefined
  for (const e of contactsOf(events, entry.role))
    if (e.id !== entry.id && entryOrder(e, entry) < 0 && (!best || entryOrder(best, e) < 0)) best = e
  return best
}
