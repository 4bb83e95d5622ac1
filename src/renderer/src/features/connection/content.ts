import checklistJson from '@resources/content/connection-checklist.json'
import usageRulesJson from '@resources/content/usage-rules.json'
import type { ChecklistContent, UsageRulesContent } from '@renderer/domain/connection/content'

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string }

// The shipped content files are checked against their schemas when the app is tested and built
// (tests/unit/content/shippedContent.test.ts, run by `npm test`; a file that fails stops the
// release), so the app loads them as typed data: no schema library in the start path, so the first screen does not wait for one.
const checklist: Loaded<ChecklistContent> = { ok: true, value: checklistJson as ChecklistContent }
const usageRules: Loaded<UsageRulesContent> = { ok: true, value: usageRulesJson as UsageRulesContent }

/** The shipped checklist (validated at build time). */
export const loadChecklist = (): Loaded<ChecklistContent> => checklist

export const loadUsageRules = (): Loaded<UsageRulesContent> => usageRules
