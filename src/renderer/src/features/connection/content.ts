import checklistJson from '@resources/content/connection-checklist.json'
import usageRulesJson from '@resources/content/usage-rules.json'
import {
  ContentError,
  parseChecklistContent,
  parseUsageRules,
  type ChecklistContent,
  type UsageRulesContent
} from '@renderer/domain/connection/content'

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string }

function load<T>(parse: (json: unknown) => T, json: unknown): Loaded<T> {
  try {
    return { ok: true, value: parse(json) }
  } catch (error) {
    return {
      ok: false,
      message: error instanceof ContentError ? error.message : `Innehållet kunde inte läsas: ${(error as Error)?.message ?? ''}`
    }
  }
}

let checklist: Loaded<ChecklistContent> | null = null
let usageRules: Loaded<UsageRulesContent> | null = null

/** The shipped checklist, validated once per session. */
export const loadChecklist = (): Loaded<ChecklistContent> => (checklist ??= load(parseChecklistContent, checklistJson))

export const loadUsageRules = (): Loaded<UsageRulesContent> => (usageRules ??= load(parseUsageRules, usageRulesJson))
