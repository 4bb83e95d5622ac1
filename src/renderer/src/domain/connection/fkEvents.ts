import { isValidIsoDate } from '@renderer/base/calendarDate'
import type { AgreementProcess } from './types'

/**
 * What happens at Försäkringskassan after the agreement is sent, recorded as dated events on the
 * board (`boards.fkEvents`): FK's case number, a request for completion (komplettering), the
 * completed underlag sent back, FK's confirmation and the registration as user. Several
 * kompletteringar are possible. The derived board state (boardState.ts) interprets them.
 */
export type FkEvent =
  | { id: string; kind: 'case-number'; date: string; caseNumber: string }
  | { id: string; kind: 'completion-requested'; date: string; what: string }
  | { id: string; kind: 'completion-sent'; date: string }
  | { id: string; kind: 'confirmation-received'; date: string; to: string }
  | { id: string; kind: 'registered'; date: string }

export type FkEventKind = FkEvent['kind']

export const FK_EVENT_KINDS: readonly FkEventKind[] = [
  'case-number',
  'completion-requested',
  'completion-sent',
  'confirmation-received',
  'registered'
]

/** An event as the user enters it (no id yet); text fields may be empty until validated. */
export type FkEventInput =
  | { kind: 'case-number'; date: string; caseNumber: string }
  | { kind: 'completion-requested'; date: string; what: string }
  | { kind: 'completion-sent'; date: string }
  | { kind: 'confirmation-received'; date: string; to: string }
  | { kind: 'registered'; date: string }

const MAX_TEXT = 2000

// Plain checks, not a schema library: the board list reads these at start-up, and the start-path build
// check refuses zod there (the first screen loads nothing it does not need). fkEventSchema.ts keeps the zod schema as the test oracle.
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && isValidIsoDate(v)
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 200
const lineOf = (v: unknown): string | null => {
  if (typeof v !== 'string') return null
  const t = v.trim()
  return t.length >= 1 && t.length <= MAX_TEXT ? t : null
}

/** One stored event with its shape checked (text trimmed, unknown keys dropped), or null. */
export function parseFkEvent(entry: unknown): FkEvent | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null
  const e = entry as Record<string, unknown>
  if (!isId(e.id) || !isIsoDate(e.date)) return null
  const { id, date } = e
  switch (e.kind) {
    case 'case-number': {
      const caseNumber = lineOf(e.caseNumber)
      return caseNumber === null ? null : { id, kind: 'case-number', date, caseNumber }
    }
    case 'completion-requested': {
      const what = lineOf(e.what)
      return what === null ? null : { id, kind: 'completion-requested', date, what }
    }
    case 'completion-sent':
      return { id, kind: 'completion-sent', date }
    case 'confirmation-received': {
      const to = lineOf(e.to)
      return to === null ? null : { id, kind: 'confirmation-received', date, to }
    }
    case 'registered':
      return { id, kind: 'registered', date }
    default:
      return null
  }
}

/**
 * Reads what a board record holds in `fkEvents`: the events that have their shape, and the raw
 * entries that do not (kept untouched so a later write or a backup does not lose them).
 */
export function readFkEvents(raw: unknown): { events: FkEvent[]; damaged: unknown[] } {
  if (raw === undefined || raw === null) return { events: [], damaged: [] }
  if (!Array.isArray(raw)) return { events: [], damaged: [raw] }
  const events: FkEvent[] = []
  const damaged: unknown[] = []
  for (const entry of raw) {
    const event = parseFkEvent(entry)
    if (event) events.push(event)
    else damaged.push(entry)
  }
  return { events, damaged }
}

/** Same-day order: FK gives a case number, asks, gets the completion, confirms, registers. */
const KIND_RANK: Record<FkEventKind, number> = {
  'case-number': 0,
  'completion-requested': 1,
  'completion-sent': 2,
  'confirmation-received': 3,
  registered: 4
}

/** Events in the order they happened: by date, then by their natural order on one day, then by id. */
export function sortFkEvents(events: readonly FkEvent[]): FkEvent[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

export type CompletionRequest = {
  id: string
  date: string
  what: string
  /** The completed underlag that answered it. */ completedDate?: string
}

/** FK's handling as the events say it, independent of the order they were recorded in. */
export type FkHandling = {
  caseNumber?: string
  /** Every komplettering FK asked for, oldest first, each with the date it was answered. */
  requests: CompletionRequest[]
  /** The kompletteringar not answered yet, oldest first. */
  open: CompletionRequest[]
  /** The latest date a completed underlag was sent: the forecast counts from it. */
  lastCompletionSent?: string
  confirmation?: { date: string; to: string }
  /** The registration as user: the event, or the date recorded before events existed. */
  registeredDate?: string
}

/**
 * Interprets the events. A completed underlag answers every komplettering asked for on or before
 * its date (one sending can answer several requests).
 */
export function interpretFkEvents(events: readonly FkEvent[], agreement: AgreementProcess = {}): FkHandling {
  const sorted = sortFkEvents(events)
  const sentDates = sorted.filter((e) => e.kind === 'completion-sent').map((e) => e.date)
  const requests: CompletionRequest[] = sorted.flatMap((e) => {
    if (e.kind !== 'completion-requested') return []
    const completedDate = sentDates.find((d) => d >= e.date)
    return [{ id: e.id, date: e.date, what: e.what, ...(completedDate ? { completedDate } : {}) }]
  })
  let caseNumber: string | undefined
  let confirmation: FkHandling['confirmation']
  let registered: string | undefined
  for (const e of sorted) {
    if (e.kind === 'case-number') caseNumber = e.caseNumber
    if (e.kind === 'confirmation-received') confirmation = { date: e.date, to: e.to }
    if (e.kind === 'registered' && registered === undefined) registered = e.date
  }
  const legacy = agreement.registeredDate
  const registeredDate = registered && legacy ? (registered < legacy ? registered : legacy) : (registered ?? legacy)
  const handling: FkHandling = { requests, open: requests.filter((r) => !r.completedDate) }
  if (caseNumber !== undefined) handling.caseNumber = caseNumber
  if (sentDates.length) handling.lastCompletionSent = sentDates[sentDates.length - 1]
  if (confirmation) handling.confirmation = confirmation
  if (registeredDate) handling.registeredDate = registeredDate
  return handling
}

/* ---- validation: codes, worded in i18n/connectionState.ts ---- */

export type FkEventProblem =
  | 'date-invalid'
  | 'date-in-future'
  | 'not-sent'
  | 'before-sent'
  | 'before-receipt'
  | 'case-number-missing'
  | 'case-number-exists'
  | 'what-missing'
  | 'no-open-request'
  | 'recipient-missing'
  | 'already-registered'
  | 'after-registered'
  | 'text-too-long'
  | 'request-answered'
  | 'request-after-completion'

export type FkEventField = 'date' | 'caseNumber' | 'what' | 'to'

export type FkEventError = { field: FkEventField; code: FkEventProblem }

const textOf = (input: FkEventInput): { field: FkEventField; value: string } | null => {
  switch (input.kind) {
    case 'case-number':
      return { field: 'caseNumber', value: input.caseNumber }
    case 'completion-requested':
      return { field: 'what', value: input.what }
    case 'confirmation-received':
      return { field: 'to', value: input.to }
    default:
      return null
  }
}

const MISSING: Partial<Record<FkEventKind, FkEventProblem>> = {
  'case-number': 'case-number-missing',
  'completion-requested': 'what-missing',
  'confirmation-received': 'recipient-missing'
}

/**
 * Checks one event against the others and the agreement's dates. `replacing` is the id of the
 * event being corrected (it is left out of the comparison). Returns no errors when it may be saved.
 */
export function validateFkEvent(
  input: FkEventInput,
  context: { events: readonly FkEvent[]; agreement: AgreementProcess; today: string; replacing?: string }
): FkEventError[] {
  const errors: FkEventError[] = []
  const others = context.events.filter((e) => e.id !== context.replacing)
  const date = input.date.trim()
  const text = textOf(input)
  if (text) {
    if (!text.value.trim()) errors.push({ field: text.field, code: MISSING[input.kind]! })
    else if (text.value.trim().length > MAX_TEXT) errors.push({ field: text.field, code: 'text-too-long' })
  }
  if (input.kind === 'case-number' && others.some((e) => e.kind === 'case-number'))
    errors.push({ field: 'caseNumber', code: 'case-number-exists' })
  if (input.kind === 'registered' && others.some((e) => e.kind === 'registered')) errors.push({ field: 'date', code: 'already-registered' })

  const sent = context.agreement.sent?.date
  const received = context.agreement.fkReceivedDate
  const dateError = (): FkEventProblem | null => {
    if (!isValidIsoDate(date)) return 'date-invalid'
    if (date > context.today) return 'date-in-future'
    if (!sent && !received) return 'not-sent'
    if (sent && date < sent) return 'before-sent'
    // FK can only ask about, confirm or register an agreement it has received.
    if (received && date < received && input.kind !== 'completion-sent') return 'before-receipt'
    if (input.kind === 'completion-sent') {
      const hasRequest = others.some((e) => e.kind === 'completion-requested' && e.date <= date)
      if (!hasRequest) return 'no-open-request'
    }
    const registered = interpretFkEvents(others, context.agreement).registeredDate
    if (registered && (input.kind === 'completion-requested' || input.kind === 'completion-sent') && date > registered)
      return 'after-registered'
    return null
  }
  const problem = dateError()
  if (problem) errors.push({ field: 'date', code: problem })
  // Moving a komplettering later must not leave a completion sent before it answering nothing.
  if (!problem && context.replacing && input.kind === 'completion-requested') {
    const after = [...others, { id: context.replacing, kind: input.kind, date, what: input.what }]
    if (hasCompletionWithoutRequest(after) && !hasCompletionWithoutRequest(context.events))
      errors.push({ field: 'date', code: 'request-after-completion' })
  }
  return errors
}

/** True when a completed underlag was sent with no komplettering asked for on or before its date. */
export function hasCompletionWithoutRequest(events: readonly FkEvent[]): boolean {
  return events.some((e) => e.kind === 'completion-sent' && !events.some((r) => r.kind === 'completion-requested' && r.date <= e.date))
}

/** Removing an event must not leave a completed underlag that answers no komplettering. */
export function validateFkEventRemoval(events: readonly FkEvent[], removeId: string): FkEventProblem[] {
  const rest = events.filter((e) => e.id !== removeId)
  return hasCompletionWithoutRequest(rest) && !hasCompletionWithoutRequest(events) ? ['request-answered'] : []
}

/** Trims the text of a validated input and gives it its id. */
export function toFkEvent(input: FkEventInput, id: string): FkEvent {
  const date = input.date.trim()
  switch (input.kind) {
    case 'case-number':
      return { id, kind: input.kind, date, caseNumber: input.caseNumber.trim() }
    case 'completion-requested':
      return { id, kind: input.kind, date, what: input.what.trim() }
    case 'completion-sent':
      return { id, kind: input.kind, date }
    case 'confirmation-received':
      return { id, kind: input.kind, date, to: input.to.trim() }
    case 'registered':
      return { id, kind: input.kind, date }
  }
}
