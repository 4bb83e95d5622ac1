import { isValidIsoDate } from '@renderer/base/calendarDate'
import { emptyConnectionState, type AgreementProcess, type Consent, type ConnectionState, type Decision } from './types'

// Read at start-up for every board on the first screen, so these checks are plain code rather than a
// schema library (the first screen loads nothing it does not need). tests/unit/connection/state.test.ts
// holds the earlier zod schemas as the reference and checks that both read any value alike.

type Raw = Record<string, unknown>
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const isDate = (v: unknown): v is string => typeof v === 'string' && isValidIsoDate(v)
const isText = (v: unknown): v is string => typeof v === 'string'

/**
 * Copies the named optional fields that pass `ok`; null when one is present (not undefined) but
 * fails, so the whole part falls back to empty. Unknown fields are left out.
 */
function pick<T>(raw: unknown, fields: Record<string, (v: unknown) => boolean>): T | null {
  if (!isRecord(raw)) return null
  const out: Raw = {}
  for (const [name, ok] of Object.entries(fields)) {
    const value = raw[name]
    if (value === undefined) {
      // A key present with no value stays present (as the earlier zod schemas kept it).
      if (name in raw) out[name] = undefined
      continue
    }
    if (!ok(value)) return null
    out[name] = value
  }
  return out as T
}

const readDecision = (raw: unknown) => pick<Decision>(raw, { body: isText, date: isDate, paragraph: isText, diarienummer: isText })

const readSent = (raw: unknown) => {
  const sent = pick<{ date?: string; method?: string }>(raw, { date: isDate, method: (v) => v === 'post' || v === 'e-post' })
  return sent && sent.date !== undefined && sent.method !== undefined ? sent : null
}

function readAgreement(raw: unknown): AgreementProcess | null {
  const agreement = pick<AgreementProcess>(raw, {
    termsReadDate: isDate,
    sent: (v) => readSent(v) !== null,
    fkReceivedDate: isDate,
    qualityAssuredDate: isDate,
    approvedDate: isDate,
    registeredDate: isDate
  })
  if (agreement?.sent !== undefined) agreement.sent = readSent(agreement.sent) as AgreementProcess['sent']
  return agreement
}

function readConsent(raw: unknown): Consent | null {
  if (!isRecord(raw)) return null
  switch (raw.kind) {
    case 'unknown':
    case 'not-yet':
      return { kind: raw.kind }
    case 'have': {
      const rest = pick<Omit<Extract<Consent, { kind: 'have' }>, 'kind'>>(raw, {
        grantedDate: isDate,
        reference: isText,
        appliedDate: isDate
      })
      return rest && { kind: 'have', ...rest }
    }
    case 'applied': {
      const rest = pick<{ appliedDate?: string }>(raw, { appliedDate: isDate })
      return rest && { kind: 'applied', ...rest }
    }
    default:
      return null
  }
}

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
  return {
    decision: readDecision(record.decision ?? {}) ?? empty.decision,
    agreement: readAgreement(record.agreement ?? {}) ?? empty.agreement,
    consent: readConsent(upgradeConsent(record.consent ?? { kind: 'unknown' })) ?? empty.consent
  }
}
