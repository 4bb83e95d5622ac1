import type { RetentionRule } from './rule'

/** The kinds of record a culling removes; the log counts them, never who they were. */
export type CulledCounts = { people: number; acknowledgements: number; files: number }

/**
 * One culling: what kind of record went, how many, when, and why — by a rule (kept as it was that
 * day) or because the person was registered by mistake (with the reason, stripped of personal data).
 */
export type CullingLogEntry =
  | { id: string; at: string; kind: 'rule'; rule: RetentionRule; counts: CulledCounts }
  | { id: string; at: string; kind: 'mistake'; reason: string; counts: CulledCounts }

export type IdentifyingFields = { name?: string; email?: string; employeeId?: string }

const EMAIL = /[^\s@<>(),;:"]+@[^\s@<>(),;:"]+/g
// Personnummer/samordningsnummer (10 or 12 digits, with or without a dash or plus) and phone numbers.
const NUMBER_ID = /(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)|(?<!\d)\+?\d[\d -]{7,}\d(?!\d)/g
export const REDACTED = '[borttaget]'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A mistake-deletion reason as it may be kept in the log: e-mail addresses, personnummer-like and
 * phone numbers, and the deleted people's names (whole and each part of two letters or more),
 * e-mail addresses and employee numbers are replaced. Matching ignores case.
 */
export function redactReason(reason: string, people: readonly IdentifyingFields[]): string {
  let text = reason.replace(/\s+/g, ' ').trim()
  const words = new Set<string>()
  for (const p of people) {
    for (const value of [p.email, p.employeeId, p.name]) if (value?.trim()) words.add(value.trim())
    for (const part of (p.name ?? '').split(/[\s,.\-–]+/)) if (part.length >= 2) words.add(part)
    const local = p.email?.split('@')[0]
    if (local && local.length >= 2) words.add(local)
  }
  text = text.replace(EMAIL, REDACTED)
  // Longest first, so a full name goes as one piece before its parts.
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'giu'), REDACTED)
  }
  return text.replace(NUMBER_ID, REDACTED)
}

/** A reason must say something once personal data is gone. */
export const MIN_REASON_LENGTH = 5

export function checkMistakeReason(
  reason: string,
  people: readonly IdentifyingFields[]
): { reason: string | null; code?: 'reason-missing' | 'reason-only-personal-data' } {
  const trimmed = reason.replace(/\s+/g, ' ').trim()
  if (trimmed.length < MIN_REASON_LENGTH) return { reason: null, code: 'reason-missing' }
  const redacted = redactReason(trimmed, people)
  if (
    redacted
      .split(REDACTED)
      .join('')
      .replace(/[\s\p{P}]/gu, '').length < MIN_REASON_LENGTH
  )
    return { reason: null, code: 'reason-only-personal-data' }
  return { reason: redacted }
}
