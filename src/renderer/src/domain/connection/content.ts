import { z } from 'zod'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import { STEP_IDS } from './types'
import { STATEMENT_STATUSES } from '../content/statement'

/**
 * The checklist and the usage rules are content shipped as data (resources/content), because the
 * process and the legal references change. They are checked here when loaded: a malformed file
 * gives a clear Swedish message instead of a broken screen.
 */
const nonEmpty = z.string().trim().min(1)
const reviewDate = z.string().refine(isValidIsoDate, { message: 'ska vara ett datum ÅÅÅÅ-MM-DD' })

/** A statement presented as fact: its text, its status and the id of its source (sources.json). */
export const statementSchema = z.object({
  text: nonEmpty,
  status: z.enum(STATEMENT_STATUSES),
  source: nonEmpty,
  review: z.object({ by: nonEmpty, on: reviewDate }).optional()
})

const task = z.object({
  id: nonEmpty,
  title: nonEmpty,
  nextAction: nonEmpty,
  help: statementSchema,
  /** Further statements shown under the help, each with its own status. */
  more: z.array(statementSchema).optional(),
  legalReference: statementSchema.optional(),
  /** This task's completion is the decision record (step 2). */
  decision: z.boolean().optional(),
  /** Evidence (an attachment) is expected when the task is done. */
  evidence: z.boolean().optional()
})

const step = z.object({
  id: z.enum(STEP_IDS as [string, ...string[]]),
  number: z.number().int().min(1).max(5),
  title: nonEmpty,
  summary: statementSchema,
  agreementProcess: z.boolean().optional(),
  tasks: z.array(task)
})

const subStep = z.object({
  id: z.enum(['terms-read', 'sent', 'quality-assured', 'approved', 'registered']),
  title: nonEmpty,
  help: statementSchema,
  more: z.array(statementSchema).optional()
})

export const checklistSchema = z
  .object({
    version: nonEmpty,
    /** Where to read more about the process (FK points to SKR's site). */
    processSource: statementSchema,
    fkAddress: statementSchema,
    steps: z.array(step).length(5),
    agreementSubSteps: z.array(subStep).length(5),
    forecast: z.object({
      minWorkingDays: z.number().int().positive(),
      maxWorkingDays: z.number().int().positive(),
      note: statementSchema,
      /** How the estimate is counted after a komplettering (shown with the window counted from it). */
      completionRestart: statementSchema.optional()
    })
  })
  .superRefine((c, ctx) => {
    c.steps.forEach((s, i) => {
      if (s.id !== STEP_IDS[i] || s.number !== i + 1)
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `steg ${i + 1} ska vara ”${STEP_IDS[i]}”` })
    })
    const ids = c.steps.flatMap((s) => s.tasks.map((t) => t.id))
    const dup = ids.find((id, i) => ids.indexOf(id) !== i)
    if (dup) ctx.addIssue({ code: 'custom', path: ['steps'], message: `uppgiften ”${dup}” finns två gånger` })
    if (c.forecast.minWorkingDays > c.forecast.maxWorkingDays)
      ctx.addIssue({ code: 'custom', path: ['forecast'], message: 'minsta antal arbetsdagar är större än största' })
  })

export const legalReferenceSchema = statementSchema.extend({ id: nonEmpty })

export const usageRulesSchema = z.object({
  version: nonEmpty,
  title: nonEmpty,
  rules: z.array(statementSchema.extend({ id: nonEmpty })).min(1),
  legalReferences: z.array(legalReferenceSchema).min(1)
})

export type ChecklistContent = z.infer<typeof checklistSchema>
export type ChecklistStep = ChecklistContent['steps'][number]
export type ChecklistTask = ChecklistStep['tasks'][number]
export type AgreementSubStep = ChecklistContent['agreementSubSteps'][number]
export type UsageRulesContent = z.infer<typeof usageRulesSchema>
export type LegalReference = z.infer<typeof legalReferenceSchema>

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[]
  ) {
    super(`Innehållsfilen ${file} har fel och kan inte visas: ${problems.join('; ')}. Installera om appen eller rätta filen.`)
    this.name = 'ContentError'
  }
}

function describe(issues: z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'filen'
    if (issue.code === 'invalid_type') return `${where} saknas eller har fel typ`
    if (issue.code === 'too_small' || issue.code === 'too_big') return `${where} har fel antal eller är tomt`
    if (issue.code === 'invalid_value') return `${where} har ett okänt värde`
    return `${where}: ${issue.message}`
  })
}

function parseWith<T>(schema: z.ZodType<T>, file: string, json: unknown): T {
  let data = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch {
      throw new ContentError(file, ['filen är inte giltig JSON'])
    }
  }
  const result = schema.safeParse(data)
  if (!result.success) throw new ContentError(file, describe(result.error.issues))
  return result.data
}

/** Validates the checklist content (parsed JSON or JSON text). Throws ContentError with a Swedish message. */
export const parseChecklistContent = (json: unknown): ChecklistContent => parseWith(checklistSchema, 'connection-checklist.json', json)

/** Validates the usage rules content. Throws ContentError with a Swedish message. */
export const parseUsageRules = (json: unknown): UsageRulesContent => parseWith(usageRulesSchema, 'usage-rules.json', json)
