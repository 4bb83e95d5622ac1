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
  /** FK has approved (or registered) the party: no estimate needed. */
  | { kind: 'decided'; approvedDate?: string; registeredDate?: string }
  /**
   * FK asked for a komplettering that is not sent yet: the normal time assumes a complete underlag,
   * so no window is estimated until the completed underlag is sent.
   */
  | { kind: 'awaiting-completion'; receivedDate: string; requestedDate: string }
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
       * 'completion-sent': the latest completed underlag was sent after both; FK's page makes a
       * complete underlag a condition of the normal time, so the count restarts from it (an
       * interpretation, shown as such).
       */
      countedFrom: 'received' | 'consent-granted' | 'completion-sent'
    }

/** What FK's handling events add to the forecast (see fkEvents.ts). */
export type ForecastHandling = {
  /** The oldest komplettering not answered yet. */
  openRequestDate?: string
  /** The latest date a completed underlag was sent. */
  lastCompletionSent?: string
  registeredDate?: string
}

/** `today` is injected so tests control it. */
export function forecastDecision(
  agreement: AgreementProcess,
  consent: Consent,
  today: string,
  window = { min: 10, max: 15 },
  handling: ForecastHandling = {}
): Forecast {
  if (agreement.approvedDate) return { kind: 'decided', approvedDate: agreement.approvedDate }
  // Registered as user implies approved, even when the approval date was never written down.
  if (handling.registeredDate) return { kind: 'decided', registeredDate: handling.registeredDate }
  const received = agreement.fkReceivedDate
  if (!received) return { kind: 'not-received' }
  if (handling.openRequestDate) return { kind: 'awaiting-completion', receivedDate: received, requestedDate: handling.openRequestDate }
  if (!consentHeld(consent) || consent.kind !== 'have') return { kind: 'open-ended', receivedDate: received, consent: consent.kind }
  const granted = consent.grantedDate
  const grantedLater = granted !== undefined && granted > received
  const consentFrom = grantedLater ? granted : received
  const completion = handling.lastCompletionSent
  const completionLater = completion !== undefined && completion > consentFrom
  const from = completionLater ? completion : consentFrom
  const earliest = addWorkingDays(from, window.min)
  const latest = addWorkingDays(from, window.max)
  return {
    kind: 'window',
    from,
    receivedDate: received,
    earliest,
    latest,
    longerThanNormal: parseIsoDate(today) > parseIsoDate(latest),
    countedFrom: completionLater ? 'completion-sent' : grantedLater ? 'consent-granted' : 'received'
  }
}
