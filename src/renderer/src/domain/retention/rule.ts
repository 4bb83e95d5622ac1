import { addMonths } from '../caseworkers/dates'

/** What ended, for the period to start: the employment, the access to SSBTEK, or the later of the two. */
export type RetentionBasis = 'employment' | 'access' | 'both'
export type RetentionUnit = 'years' | 'months'

/**
 * The municipality's culling rule for signed undertakings, e.g. "gallras 2 år efter att
 * anställningen upphörde", with the place in its dokumenthanteringsplan it comes from.
 */
export type RetentionRule = {
  amount: number
  unit: RetentionUnit
  basis: RetentionBasis
  /** The plan's name and paragraph, as free text (e.g. "DHP Socialnämnden 2025, 4.3.2"). */
  planReference: string
}

export type RetentionPerson = { endDate?: string; accessFrom?: string; accessTo?: string }

export const RETENTION_LIMITS = { years: { min: 1, max: 50 }, months: { min: 1, max: 600 } } as const

export const ruleMonths = (rule: Pick<RetentionRule, 'amount' | 'unit'>): number => (rule.unit === 'years' ? rule.amount * 12 : rule.amount)

/** The rule the first app version stored as a bare number of months after the end date. */
export const ruleFromLegacyMonths = (months: number): RetentionRule => ({
  amount: months,
  unit: 'months',
  basis: 'employment',
  planReference: ''
})

/**
 * The day the rule's period starts for a person, or null when it has not started: the employment
 * has no end date, or (for access and both) the access has no end date. A person who never had
 * recorded access counts, for 'both', from the employment's end alone; for 'access', never.
 */
export function retentionStartOf(person: RetentionPerson, basis: RetentionBasis): string | null {
  const hadAccess = Boolean(person.accessFrom)
  const accessEnd = hadAccess ? (person.accessTo ?? null) : null
  const employmentEnd = person.endDate || null
  if (basis === 'employment') return employmentEnd
  if (basis === 'access') return accessEnd
  if (!employmentEnd) return null
  if (!hadAccess) return employmentEnd
  if (!accessEnd) return null
  return accessEnd > employmentEnd ? accessEnd : employmentEnd
}

/** The first day the person may be culled, or null when the rule does not reach them yet. */
export function cullableFrom(person: RetentionPerson, rule: RetentionRule): string | null {
  const start = retentionStartOf(person, rule.basis)
  return start ? addMonths(start, ruleMonths(rule)) : null
}

/**
 * Everyone the rule culls on `today`: the period has fully passed (culled the day after the last
 * day kept). Whoever still has access on `today`, or has access without an end, is never culled,
 * whatever the basis: their undertaking is still needed.
 */
export function dueUnderRule<P extends RetentionPerson>(people: readonly P[], rule: RetentionRule | null | undefined, today: string): P[] {
  if (!rule || !(rule.amount > 0)) return []
  return people.filter((p) => {
    if (p.accessFrom && (!p.accessTo || p.accessTo >= today)) return false
    const from = cullableFrom(p, rule)
    return from !== null && from < today
  })
}

export type RuleProblem = { field: 'amount' | 'planReference'; code: 'amount-invalid' | 'plan-missing' | 'plan-too-long' }

/** Checks a rule as typed: a whole number within limits, and the plan reference that justifies it. */
export function checkRetentionRule(values: { amount: string; unit: RetentionUnit; basis: RetentionBasis; planReference: string }): {
  rule: RetentionRule | null
  problems: RuleProblem[]
} {
  const problems: RuleProblem[] = []
  const raw = values.amount.trim()
  const limits = RETENTION_LIMITS[values.unit]
  const amount = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(amount >= limits.min && amount <= limits.max)) problems.push({ field: 'amount', code: 'amount-invalid' })
  const planReference = values.planReference.replace(/\s+/g, ' ').trim()
  if (!planReference) problems.push({ field: 'planReference', code: 'plan-missing' })
  else if (planReference.length > 300) problems.push({ field: 'planReference', code: 'plan-too-long' })
  if (problems.length) return { rule: null, problems }
  return { rule: { amount, unit: values.unit, basis: values.basis, planReference }, problems }
}
