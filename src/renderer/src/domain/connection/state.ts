import { z } from 'zod'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { emptyConnectionState, type ConnectionState } from './types'

const isoDate = z.string().refine((v) => isValidIsoDate(v))
const text = z.string()

const decision = z.object({ body: text.optional(), date: isoDate.optional(), paragraph: text.optional(), diarienummer: text.optional() })
const agreement = z.object({
  termsReadDate: isoDate.optional(),
  sent: z.object({ date: isoDate, method: z.enum(['post', 'e-post']) }).optional(),
  fkReceivedDate: isoDate.optional(),
  qualityAssuredDate: isoDate.optional(),
  approvedDate: isoDate.optional(),
  registeredDate: isoDate.optional()
})
const consent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown') }),
  z.object({ kind: z.literal('have'), grantedDate: isoDate.optional(), reference: text.optional(), appliedDate: isoDate.optional() }),
  z.object({ kind: z.literal('not-yet') }),
  z.object({ kind: z.literal('applied'), appliedDate: isoDate.optional() })
])

/**
 * Records written before the consent had separate dates: 'have' and 'granted' kept one `date`
 * (the grant), 'applied' kept the application date in `date`. 'granted' was the same state as
 * 'have' under another label, so it reads as 'have'.
 */
function upgradeConsent(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw
  const r = raw as Record<string, unknown>
  if (!('date' in r)) return r.kind === 'granted' ? { ...r, kind: 'have' } : r
  const { date, ...rest } = r
  if (r.kind === 'have' || r.kind === 'granted') return { ...rest, kind: 'have', grantedDate: rest.grantedDate ?? date }
  if (r.kind === 'applied') return { ...rest, appliedDate: rest.appliedDate ?? date }
  return rest
}

/**
 * Reads whatever a board record holds (older versions, a restored backup) into a complete state:
 * a part that does not validate falls back to empty rather than crashing a screen.
 */
export function normalizeConnectionState(raw: unknown): ConnectionState {
  const empty = emptyConnectionState()
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const d = decision.safeParse(record.decision ?? {})
  const a = agreement.safeParse(record.agreement ?? {})
  const c = consent.safeParse(upgradeConsent(record.consent ?? { kind: 'unknown' }))
  return {
    decision: d.success ? d.data : empty.decision,
    agreement: a.success ? a.data : empty.agreement,
    consent: c.success ? c.data : empty.consent
  }
}
