import {
  cullByRule,
  deleteRegisteredByMistake,
  getRetentionRule,
  listCullingLog,
  MistakeReasonError,
  previewRetentionRule,
  setRetentionRule,
  type RetentionPreview
} from '@renderer/db'
import type { CullingLogEntry } from '@renderer/domain/retention/cullingLog'
import {
  checkRetentionRule,
  type RetentionBasis,
  type RetentionRule,
  type RetentionUnit,
  type RuleProblem
} from '@renderer/domain/retention/rule'

export type RetentionState = { rule: RetentionRule | null; preview: RetentionPreview; log: CullingLogEntry[] }

/** The rule in force, what it would cull on `today`, and the culling log. */
export async function loadRetention(today: string): Promise<RetentionState> {
  const rule = await getRetentionRule()
  const [preview, log] = await Promise.all([previewRetentionRule(rule, today), listCullingLog()])
  return { rule, preview, log }
}

export type RuleForm = { amount: string; unit: RetentionUnit; basis: RetentionBasis; planReference: string }

/** Checks and stores the rule as typed; on success returns the fresh preview. Nothing is culled. */
export async function saveRetentionRule(
  form: RuleForm,
  today: string
): Promise<{ ok: true; state: RetentionState } | { ok: false; problems: RuleProblem[] }> {
  const { rule, problems } = checkRetentionRule(form)
  if (!rule) return { ok: false, problems }
  await setRetentionRule(rule)
  return { ok: true, state: await loadRetention(today) }
}

export async function turnOffRetention(today: string): Promise<RetentionState> {
  await setRetentionRule(null)
  return loadRetention(today)
}

/** Culls what the stored rule reaches today (read again here, so a stale screen cannot cull more). */
export async function cullNow(today: string): Promise<{ entry: CullingLogEntry | null; state: RetentionState }> {
  const rule = await getRetentionRule()
  const entry = rule ? await cullByRule(rule, today) : null
  return { entry, state: await loadRetention(today) }
}

/** Deletes a person registered by mistake; a reason is required and kept without personal data. */
export async function deleteByMistake(id: string, reason: string): Promise<{ ok: true } | { ok: false; code: MistakeReasonError['code'] }> {
  try {
    await deleteRegisteredByMistake(id, reason)
    return { ok: true }
  } catch (e) {
    if (e instanceof MistakeReasonError) return { ok: false, code: e.code }
    throw e
  }
}
