import type { UndertakingPolicy } from './status'

/** The rules form as typed: days to sign, and months between renewals (empty: never). */
export type PolicyForm = { days: string; renew: string }
export type PolicyProblem = 'invalid-days' | 'invalid-months'

export const POLICY_LIMITS = { days: { min: 0, max: 365 }, months: { min: 1, max: 120 } } as const

const intIn = (raw: string, min: number, max: number): number | null => {
  if (!/^\d{1,4}$/.test(raw.trim())) return null
  const n = Number(raw.trim())
  return n >= min && n <= max ? n : null
}

/** The form's values for a stored policy. */
export const policyFormOf = (policy: UndertakingPolicy): PolicyForm => ({
  days: String(policy.signWithinDays),
  renew: policy.renewEveryMonths ? String(policy.renewEveryMonths) : ''
})

/**
 * Reads the rules form: whole days 0–365 and, when given, whole months 1–120. Returns the policy
 * to store, or null with a problem code per field (nothing may be stored then).
 */
export function parsePolicyForm(form: PolicyForm): {
  policy: UndertakingPolicy | null
  problems: { days?: PolicyProblem; renew?: PolicyProblem }
} {
  const days = intIn(form.days, POLICY_LIMITS.days.min, POLICY_LIMITS.days.max)
  const renewText = form.renew.trim()
  const renew = renewText ? intIn(renewText, POLICY_LIMITS.months.min, POLICY_LIMITS.months.max) : null
  const problems: { days?: PolicyProblem; renew?: PolicyProblem } = {}
  if (days === null) problems.days = 'invalid-days'
  if (renewText && renew === null) problems.renew = 'invalid-months'
  if (days === null || problems.renew) return { policy: null, problems }
  return { policy: { signWithinDays: days, renewEveryMonths: renew }, problems }
}
