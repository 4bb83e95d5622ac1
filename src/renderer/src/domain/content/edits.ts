import type { ChecklistContent, ChecklistTask, UsageRulesContent } from '../connection/content'
import type { StepId } from '../connection/types'
import type { Statement } from './statement'

/**
 * The municipality's own content: every change to a checklist task, a usage rule or a legal
 * reference is a new edit (who, when, the item's whole new value). The current content is the
 * shipped content with each item's latest edit applied; an edit with value null means "back to
 * standard". Nothing is ever overwritten, so the history of every item stays readable.
 */
export type TaskValue = {
  stepId: StepId
  title: string
  nextAction: string
  help: Statement
  /** The municipality has decided the task does not apply to it: left out of the checklist. */
  notApplicable?: boolean
  /** Added by the municipality (no shipped standard). */
  custom?: boolean
}
export type RuleValue = Statement & { id: string }
export type LegalValue = Statement & { id: string }
export type ContentKind = 'task' | 'rule' | 'legal'
export type ItemValue = TaskValue | RuleValue | LegalValue

export type ContentItem =
  | { kind: 'task'; key: string; value: TaskValue }
  | { kind: 'rule'; key: string; value: RuleValue }
  | { kind: 'legal'; key: string; value: LegalValue }

export type EditOrigin = 'local' | 'pack' | 'reset'

export type ContentEdit = {
  /** Assigned by the database: the order of edits. */
  seq?: number
  itemKey: string
  kind: ContentKind
  value: ItemValue | null
  by: string
  /** ISO timestamp of the change. */
  at: string
  origin: EditOrigin
  /** The content pack's file name, for edits taken from a pack. */
  packName?: string
}

export const taskKey = (id: string): string => `task:${id}`
export const ruleKey = (id: string): string => `rule:${id}`
export const legalKey = (id: string): string => `legal:${id}`
export const idOfKey = (key: string): string => key.slice(key.indexOf(':') + 1)

const taskValueOf = (stepId: StepId, t: ChecklistTask): TaskValue => ({ stepId, title: t.title, nextAction: t.nextAction, help: t.help })

/** The shipped content as editable items, in display order. */
export function standardItems(checklist: ChecklistContent, rules: UsageRulesContent): ContentItem[] {
  return [
    ...checklist.steps.flatMap((s) =>
      s.tasks.map((t): ContentItem => ({ kind: 'task', key: taskKey(t.id), value: taskValueOf(s.id as StepId, t) }))
    ),
    ...rules.rules.map((r): ContentItem => ({ kind: 'rule', key: ruleKey(r.id), value: r })),
    ...rules.legalReferences.map((r): ContentItem => ({ kind: 'legal', key: legalKey(r.id), value: r }))
  ]
}

const order = (a: ContentEdit, b: ContentEdit) => (a.seq ?? 0) - (b.seq ?? 0) || a.at.localeCompare(b.at)

/** Each item's latest edit. */
export function latestEdits(edits: readonly ContentEdit[]): Map<string, ContentEdit> {
  const latest = new Map<string, ContentEdit>()
  for (const e of [...edits].sort(order)) latest.set(e.itemKey, e)
  return latest
}

/** An item's history, newest first. */
export const historyOf = (edits: readonly ContentEdit[], key: string): ContentEdit[] =>
  edits
    .filter((e) => e.itemKey === key)
    .sort(order)
    .reverse()

export type EffectiveItem = ContentItem & {
  /** The shipped value, or null for the municipality's own items. */
  standard: ItemValue | null
  /** The latest edit that is in force (absent: the standard applies). */
  edit?: ContentEdit
}

/** The current content: standard items with their latest edits, then the municipality's own items. */
export function effectiveItems(standard: readonly ContentItem[], edits: readonly ContentEdit[]): EffectiveItem[] {
  const latest = latestEdits(edits)
  const known = new Set(standard.map((i) => i.key))
  const result: EffectiveItem[] = standard.map((item) => {
    const edit = latest.get(item.key)
    if (!edit || edit.value === null) return { ...item, standard: item.value }
    return { ...item, value: edit.value, standard: item.value, edit } as EffectiveItem
  })
  for (const [key, edit] of latest) {
    if (known.has(key) || edit.value === null) continue
    result.push({ kind: edit.kind, key, value: edit.value, standard: null, edit } as EffectiveItem)
  }
  return result
}

/** The checklist as the municipality has made it: edits applied, own tasks added, not-applicable tasks left out. */
export function applyToChecklist(checklist: ChecklistContent, edits: readonly ContentEdit[]): ChecklistContent {
  if (edits.length === 0) return checklist
  const items = effectiveItems(standardItems(checklist, { version: '', title: '', rules: [], legalReferences: [] }), edits).filter(
    (i): i is EffectiveItem & { kind: 'task'; value: TaskValue } => i.kind === 'task'
  )
  const shipped = new Map(checklist.steps.flatMap((s) => s.tasks.map((t) => [t.id, t] as const)))
  return {
    ...checklist,
    steps: checklist.steps.map((step) => ({
      ...step,
      tasks: items
        .filter((i) => i.value.stepId === step.id && !i.value.notApplicable)
        .map((i): ChecklistTask => {
          const id = idOfKey(i.key)
          const base = shipped.get(id)
          return { ...(base ?? {}), id, title: i.value.title, nextAction: i.value.nextAction, help: i.value.help }
        })
    }))
  }
}

/** The usage rules and legal references as the municipality has made them. */
export function applyToUsageRules(rules: UsageRulesContent, edits: readonly ContentEdit[]): UsageRulesContent {
  if (edits.length === 0) return rules
  const items = effectiveItems(standardItems({ steps: [] } as unknown as ChecklistContent, rules), edits)
  return {
    ...rules,
    rules: items.filter((i) => i.kind === 'rule').map((i) => i.value),
    legalReferences: items.filter((i) => i.kind === 'legal').map((i) => i.value)
  }
}

/** JSON with sorted keys: two values are equal when their canonical forms are. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b)

/** The text that identifies an item in lists and diffs. */
export const itemLabel = (item: Pick<ContentItem, 'kind' | 'value'>): string => ('title' in item.value ? item.value.title : item.value.text)
