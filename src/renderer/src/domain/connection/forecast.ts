import { addWorkingDays } from '../workingDays'
import { parseIsoDate } from '@renderer/base/calendarDate'
import { consentHeld, type AgreementProcess, type Consent } from './types'

export type Forecast =
  /** The agreement has not reached FK (or its receipt date is not known yet). */
  | { kind: 'not-received' }
  /** FK has approved the party: no forecast needed. */
  | { kind: 'decided'; approvedDate: string }
  /** Waiting on Transportstyrelsen's consent: no end date can be promised. */
  | { kind: 'open-ended'; receivedDate: string; consent: Consent['kind'] }
  | { kind: 'window'; from: string; earliest: string; latest: string; overdue: boolean; countedFrom: 'received' | 'consent-granted' }

/**
 * FK's decision is expected 10–15 arbetsdagar after it received the agreement, if the consent to
 * Vägtrafikregistret is held. When the consent was granted after the receipt, FK could not finish
 * before it, so the window counts from the grant instead. `today` is injected so tests control it.
 */
export function forecastDecision(agreement: AgreementProcess, consent: Consent, today: string, window = { min: 10, max: 15 }): Forecast {
  if (agreement.approvedDate) return { kind: 'decided', approvedDate: agreement.approvedDate }
  const received = agreement.fkReceivedDate
  if (!received) return { kind: 'not-received' }
  if (!consentHeld(consent)) return { kind: 'open-ended', receivedDate: received, consent: consent.kind }
  const grantedLater = consent.kind === 'granted' && consent.date !== undefined && consent.date > received
  const from = grantedLater ? consent.date! : received
  const earliest = addWorkingDays(from, window.min)
  const latest = addWorkingDays(from, window.max)
  return { kind: 'window', from, earliest, latest, overdue: parseIsoDate(today) > parseIsoDate(latest), countedFrom: grantedLater ? 'consent-granted' : 'received' }
}
