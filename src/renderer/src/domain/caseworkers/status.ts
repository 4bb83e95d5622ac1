import { addDays, addMonths, localToday, maxDate } from './dates'

export type UndertakingStatus = 'signed' | 'not-signed' | 'signed-older-version' | 'overdue' | 'renewal-due' | 'inactive'

export const UNDERTAKING_STATUSES: readonly UndertakingStatus[] = [
  'overdue',
  'not-signed',
  'signed-older-version',
  'renewal-due',
  'signed',
  'inactive'
]

/** How strictly undertakings are followed up; an administrator sets it. */
export type UndertakingPolicy = {
  /** Days after max(start date, the current version's publish date) within which the person must sign. */
  signWithinDays: number
  /** Re-sign the same version every N months (e.g. 12); null or absent turns renewal off. */
  renewEveryMonths?: number | null
}

export const DEFAULT_POLICY: UndertakingPolicy = { signWithinDays: 30, renewEveryMonths: null }

/** The person fields the rule reads. Dates are YYYY-MM-DD. */
export type StatusPerson = { id?: string; startDate?: string | null; endDate?: string | null; active?: boolean | number }
/**
 * An acknowledgement as the rule reads it: which version, and the calendar day it was signed
 * (`signedOn` YYYY-MM-DD; an ISO `signedAt` timestamp is accepted instead).
 */
export type StatusAcknowledgement = { caseworkerId?: string; versionId: string; signedOn?: string; signedAt?: string | Date }
/** The version in force: its id and the day it was published (`publishedOn` YYYY-MM-DD, or an ISO `publishedAt`). */
export type StatusVersion = { id: string; publishedOn?: string; publishedAt?: string | Date }

type DayLike = string | Date | null | undefined

/** Reduces a Date, a YYYY-MM-DD string or an ISO timestamp (its written date) to YYYY-MM-DD. */
function day(value: DayLike): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  // A Date is a moment: its calendar day is the one on this computer's clock.
  if (value instanceof Date) return localToday(value)
  return value.slice(0, 10)
}

export type UndertakingStatusDetail = {
  status: UndertakingStatus
  /** The day the current status began (YYYY-MM-DD), when it has a meaningful start. */
  since?: string
  /** The last day to sign the current version without being overdue. */
  dueOn?: string
  /** The latest acknowledgement of the current version, if any. */
  signedOn?: string
  /** The latest acknowledgement of any version, if any. */
  lastSigned?: { versionId: string; signedOn: string }
}

/**
 * The undertaking status of one person on a given day, with when it began.
 *
 * @param person          `{ id?, startDate?, endDate? }` — dates YYYY-MM-DD. Inactive once `endDate` is
 *                        before `today` (on the end date itself the person still works and is followed up).
 * @param acknowledgements `{ caseworkerId?, versionId, signedOn }[]` — this person's acknowledgements
 *                        (entries with another `caseworkerId` than `person.id` are ignored; signed on a
 *                        day after `today` do not count yet).
 * @param currentVersion  `{ id, publishedOn }` of the version in force, or null when none is published.
 * @param today           YYYY-MM-DD, the local calendar day.
 * @param policy          `{ signWithinDays, renewEveryMonths? }`.
 *
 * Rules: signed the current version → *signed*, or *renewal-due* once `renewEveryMonths` have passed
 * since that signature. Otherwise the deadline is max(startDate, publishedOn) + signWithinDays days:
 * after it → *overdue*; until then → *signed-older-version* if any older version was signed, else
 * *not-signed*. No published version → *not-signed* (nothing is overdue).
 */
export function undertakingStatusDetail(
  person: StatusPerson,
  acknowledgements: readonly StatusAcknowledgement[],
  currentVersionIn: StatusVersion | null | undefined,
  todayIn: string | Date,
  policy: UndertakingPolicy
): UndertakingStatusDetail {
  const today = day(todayIn)!
  const publishedOn = currentVersionIn ? day(currentVersionIn.publishedOn ?? currentVersionIn.publishedAt) : undefined
  const currentVersion = currentVersionIn && publishedOn ? { id: currentVersionIn.id, publishedOn } : null
  const startDate = day(person.startDate)
  const endDate = day(person.endDate)
  let latestCurrent: string | undefined
  let lastSigned: { versionId: string; signedOn: string } | undefined
  for (const ack of acknowledgements) {
    if (ack.caseworkerId !== undefined && person.id !== undefined && ack.caseworkerId !== person.id) continue
    const signedOn = day(ack.signedOn ?? ack.signedAt)
    if (!signedOn || signedOn > today) continue
    if (!lastSigned || signedOn > lastSigned.signedOn) lastSigned = { versionId: ack.versionId, signedOn }
    if (currentVersion && ack.versionId === currentVersion.id && (!latestCurrent || signedOn > latestCurrent)) latestCurrent = signedOn
  }
  if (endDate && endDate < today) return { status: 'inactive', since: addDays(endDate, 1), lastSigned }
  if (person.active === false || person.active === 0) return { status: 'inactive', since: endDate, lastSigned }
  if (!currentVersion) return { status: 'not-signed', since: startDate, lastSigned }
  if (latestCurrent) {
    const renew = policy.renewEveryMonths
    if (renew && renew > 0) {
      const renewOn = addMonths(latestCurrent, renew)
      if (renewOn <= today) return { status: 'renewal-due', since: renewOn, signedOn: latestCurrent, lastSigned }
    }
    return { status: 'signed', since: latestCurrent, signedOn: latestCurrent, lastSigned }
  }
  const from = startDate ? maxDate(startDate, currentVersion.publishedOn) : currentVersion.publishedOn
  const dueOn = addDays(from, Math.max(0, Math.floor(policy.signWithinDays)))
  if (today > dueOn) return { status: 'overdue', since: addDays(dueOn, 1), dueOn, lastSigned }
  if (lastSigned) return { status: 'signed-older-version', since: currentVersion.publishedOn, dueOn, lastSigned }
  return { status: 'not-signed', since: from, dueOn, lastSigned }
}

/** Public contract: the status only. See {@link undertakingStatusDetail} for the argument types and rules. */
export function undertakingStatus(
  person: StatusPerson,
  acknowledgements: readonly StatusAcknowledgement[],
  currentVersion: StatusVersion | null | undefined,
  today: string | Date,
  policy: UndertakingPolicy
): UndertakingStatus {
  return undertakingStatusDetail(person, acknowledgements, currentVersion, today, policy).status
}
