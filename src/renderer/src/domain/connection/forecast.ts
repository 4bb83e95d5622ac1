import { addWorkingDays } from '../workingDays'
import { parseIsoDate } from '@renderer/base/calendarDate'
import { consentHeld, type AgreementProcess, type Consent } from './types'

/**
 * An estimate, never a deadline: FK's page says the agreement is "normally" handled within 10–15
 * arbetsdagar from its receipt, if the underlag is complete and the consent exists.
 */
export type Forecast =
  /** The agreement has not reached FK (or its receipt date is not known yet). */
  | { kind: 'not-received' }
  /** FK has approved the party: no estimate needed. */
  | { kind: 'decided'; approvedDate: string }
  /** Waiting on Transportstyrelsen's consent (or it is not known): no end date can be estimated. */
  | { kind: 'open-ended'; receivedDate: string; consent: Consent['kind'] }
  | {
      kind: 'window'
      /** The date the estimate counts from. */
      from: string
      receivedDate: string
      earliest: string
      latest: string
      /** Today is past `latest`: it takes longer than normal (not "late": FK promises no date). */
      longerThanNormal: boolean
      /**
       * 'received': FK's receipt, as FK's page says. 'consent-granted': the consent came after the
       * receipt, and we assume the count restarts from it. FK's page does not say so: an assumption.
       */
      countedFrom: 'received' | 'consent-granted'
    }

/** `today` is injected so tests control it. */
export function forecastDecision(agreement: AgreementProcess, consent: Consent, today: string, window = { min: 10, max: 15 }): Forecast {
  if (agreement.approvedDate) return { kind: 'decided', approvedDate: agreement.approvedDate }
  const received = agreement.fkReceivedDate
  if (!received) return { kind: 'not-received' }
  if (!consentHeld(consent) || consent.kind !== 'have') return { kind: 'open-ended', receivedDate: received, consent: consent.kind }
  const granted = consent.grantedDate
  const grantedLater = granted !== undefined && granted > received
  const from = grantedLater ? granted : received
  const earliest = addWorkingDays(from, window.min)
  const latest = addWorkingDays(from, window.max)
  return {
    kind: 'window',
    from,
    receivedDate: received,
    earliest,
    latest,
    longerThanNormal: parseIsoDate(today) > parseIsoDate(latest),
    countedFrom: grantedLater ? 'consent-granted' : 'received'
  }
}
