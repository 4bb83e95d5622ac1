import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { normalizeConnectionState } from '@renderer/domain/connection/state'
import { emptyConnectionState } from '@renderer/domain/connection/types'

// The zod schemas normalizeConnectionState used before the schema library was taken out of the start
// path: kept here as the reference the plain checks must agree with.
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
function upgradeConsent(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw
  const r = raw as Record<string, unknown>
  if (!('date' in r)) return r.kind === 'granted' ? { ...r, kind: 'have' } : r
  const { date, ...rest } = r
  if (r.kind === 'have' || r.kind === 'granted') return { ...rest, kind: 'have', grantedDate: rest.grantedDate ?? date }
  if (r.kind === 'applied') return { ...rest, appliedDate: rest.appliedDate ?? date }
  return rest
}
function reference(raw: unknown) {
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

// Values close to valid ones, so every branch is met: good and bad dates, wrong types, extra keys.
const date = fc.oneof(fc.constantFrom('2026-02-28', '2026-02-30', '2026-13-01', '', '2026-1-1'), fc.integer(), fc.constant(null))
const value = fc.oneof(date, fc.string({ maxLength: 4 }), fc.constant(undefined), fc.boolean())
const sent = fc.oneof(
  fc.record({ date, method: fc.constantFrom('post', 'e-post', 'fax', 3) }, { requiredKeys: [] }),
  fc.record({ date, method: fc.constantFrom('post', 'e-post'), extra: value }),
  value
)
const decisionArb = fc.oneof(
  fc.record({ body: value, date, paragraph: value, diarienummer: value, extra: value }, { requiredKeys: [] }),
  value,
  fc.array(value)
)
const agreementArb = fc.oneof(
  fc.record(
    { termsReadDate: date, sent, fkReceivedDate: date, qualityAssuredDate: date, approvedDate: date, registeredDate: date, extra: value },
    { requiredKeys: [] }
  ),
  value
)
const consentArb = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('unknown', 'have', 'granted', 'not-yet', 'applied', 'other', 1),
      grantedDate: date,
      appliedDate: date,
      reference: value,
      date,
      extra: value
    },
    { requiredKeys: ['kind'] }
  ),
  value
)
const board = fc.oneof(fc.record({ decision: decisionArb, agreement: agreementArb, consent: consentArb }, { requiredKeys: [] }), value)

describe('normalizeConnectionState without a schema library', () => {
  it('reads any stored value exactly as the earlier zod schemas did', () => {
    fc.assert(
      fc.property(board, (raw) => {
        expect(normalizeConnectionState(raw)).toStrictEqual(reference(raw))
      }),
      { numRuns: 3000 }
    )
  })

  it('keeps valid parts, drops unknown keys and falls back per part', () => {
    const state = normalizeConnectionState({
      decision: { date: '2026-02-30' },
      agreement: { sent: { date: '2026-03-02', method: 'post', note: 'x' }, extra: 1 },
      consent: { kind: 'granted', date: '2026-01-15' }
    })
    expect(state).toStrictEqual({
      decision: {},
      agreement: { sent: { date: '2026-03-02', method: 'post' } },
      consent: { kind: 'have', grantedDate: '2026-01-15' }
    })
  })
})
