import { getUndertakingPolicy, setUndertakingPolicy } from '@renderer/db'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'
import { parsePolicyForm, policyFormOf, type PolicyForm } from '@renderer/domain/caseworkers/policy'
import type { UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { cw } from '@renderer/i18n/caseworkers/register'

export const policyCopyKey = autosaveCopyKeys.undertakingPolicy()

/** A policy's revision as it reads back once stored (null and absent renewal are the same). */
export const policyRevision = (policy: UndertakingPolicy): string => contentRevision(policyFormOf(policy))

export const loadPolicy = (): Promise<UndertakingPolicy> => getUndertakingPolicy()

/** Stores a policy the form has checked (the rules page autosaves). */
export const savePolicy = (policy: UndertakingPolicy): Promise<void> =>
  setUndertakingPolicy({ signWithinDays: policy.signWithinDays, renewEveryMonths: policy.renewEveryMonths ?? null })

/** The rules form checked as typed: the policy to save, or Swedish errors per field and nothing to save. */
export function checkPolicyForm(form: PolicyForm): { policy: UndertakingPolicy | null; errors: { days?: string; renew?: string } } {
  const { policy, problems } = parsePolicyForm(form)
  const errors: { days?: string; renew?: string } = {}
  if (problems.days) errors.days = cw.settings.invalidDays
  if (problems.renew) errors.renew = cw.settings.invalidMonths
  return { policy, errors }
}
