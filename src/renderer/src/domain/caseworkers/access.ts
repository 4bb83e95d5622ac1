import { undertakingStatus, type StatusAcknowledgement, type StatusVersion, type UndertakingPolicy, type UndertakingStatus } from './status'

/** A person's recorded access to SSBTEK: from (YYYY-MM-DD) and, when it ends, to (inclusive). */
export type AccessPeriod = { from: string; to?: string }

/**
 * One recorded change of a person's access. `from` absent means the access was removed. Changes
 * are appended, never rewritten, so the register can show who had access when.
 */
export type AccessChange = { recordedAt: string; from?: string; to?: string }

/** The person fields access is read from (a caseworker record or input fits). */
export type AccessFields = { accessFrom?: string; accessTo?: string }

export const accessOf = (p: AccessFields): AccessPeriod | null =>
  p.accessFrom ? (p.accessTo ? { from: p.accessFrom, to: p.accessTo } : { from: p.accessFrom }) : null

/** True when the person has access on `day`: from ≤ day ≤ to (an open end lasts until changed). */
export function hasAccessOn(p: AccessFields, day: string): boolean {
  if (!p.accessFrom || p.accessFrom > day) return false
  return !p.accessTo || day <= p.accessTo
}

export const sameAccess = (a: AccessFields, b: AccessFields): boolean =>
  (a.accessFrom ?? '') === (b.accessFrom ?? '') && (a.accessTo ?? '') === (b.accessTo ?? '')

/**
 * The history after a change: unchanged access leaves it as it was; a change is appended. A
 * person stored before history was kept, who already had access, gets that access as the first
 * entry (recorded at `knownSince`) so the old value is not lost.
 */
export function nextAccessHistory(
  history: readonly AccessChange[] | undefined,
  before: AccessFields,
  after: AccessFields,
  recordedAt: string,
  knownSince: string = recordedAt
): AccessChange[] {
  const out = [...(history ?? [])]
  if (sameAccess(before, after)) return out
  if (out.length === 0 && before.accessFrom) out.push(change(before, knownSince))
  out.push(change(after, recordedAt))
  return out
}

function change(p: AccessFields, recordedAt: string): AccessChange {
  const c: AccessChange = { recordedAt }
  if (p.accessFrom) c.from = p.accessFrom
  if (p.accessFrom && p.accessTo) c.to = p.accessTo
  return c
}

/** Only a signature of the version in force, not yet due for renewal, is a valid undertaking. */
export const isValidUndertaking = (status: UndertakingStatus): boolean => status === 'signed'

/** Why a person with access lacks a valid undertaking (a status code; the UI words it). */
export type AccessRiskReason = Exclude<UndertakingStatus, 'signed'>

export type AccessRisk<P> = { person: P; status: AccessRiskReason }

/**
 * "Behörighet utan giltig försäkran": everyone who has access on `today` and whose undertaking
 * status (by the same rule as the rest of the register) is anything but signed — missing,
 * overdue, signed an older version, due for renewal, or no longer employed.
 */
export function accessWithoutValidUndertaking<P extends AccessFields & { id: string; startDate?: string; endDate?: string }>(
  people: readonly P[],
  acknowledgements: readonly (StatusAcknowledgement & { caseworkerId: string })[],
  currentVersion: StatusVersion | null | undefined,
  today: string,
  policy: UndertakingPolicy
): AccessRisk<P>[] {
  const byPerson = new Map<string, StatusAcknowledgement[]>()
  for (const a of acknowledgements) {
    const list = byPerson.get(a.caseworkerId)
    if (list) list.push(a)
    else byPerson.set(a.caseworkerId, [a])
  }
  const out: AccessRisk<P>[] = []
  for (const person of people) {
    if (!hasAccessOn(person, today)) continue
    const status = undertakingStatus(
      { id: person.id, startDate: person.startDate, endDate: person.endDate },
      byPerson.get(person.id) ?? [],
      currentVersion,
      today,
      policy
    )
    if (!isValidUndertaking(status)) out.push({ person, status: status as AccessRiskReason })
  }
  return out
}
