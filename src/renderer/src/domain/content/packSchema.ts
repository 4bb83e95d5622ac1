import { z } from 'zod'
import { STATEMENT_STATUSES } from './statement'
import { STEP_IDS } from '../connection/types'
import { PACK_FORMAT, PACK_FORMAT_VERSION, type ContentPack } from './pack'

/** Validation of an imported content pack: only loaded when someone imports one. */
const text = z.string().trim().min(1)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const statement = z.object({ text, status: z.enum(STATEMENT_STATUSES), source: text, review: z.object({ by: text, on: date }).optional() })
const taskValue = z.object({
  stepId: z.enum(STEP_IDS as [string, ...string[]]),
  title: text,
  nextAction: text,
  help: statement,
  notApplicable: z.boolean().optional(),
  custom: z.boolean().optional()
})
const withId = statement.extend({ id: text })
const key = z.string().regex(/^(task|rule|legal):[A-Za-z0-9._-]+$/)
const item = z.discriminatedUnion('kind', [
  z.object({ key, kind: z.literal('task'), value: taskValue }),
  z.object({ key, kind: z.literal('rule'), value: withId }),
  z.object({ key, kind: z.literal('legal'), value: withId })
])
const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  exportedAt: z.string().min(1),
  exportedBy: z.string(),
  items: z.array(item).max(2000)
})

export type PackParse = { ok: true; pack: ContentPack } | { ok: false; message: string }

/** Reads a content pack file. Bad input gives a clear Swedish message; nothing is changed. */
export function parseContentPack(bytes: Uint8Array): PackParse {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, message: 'Filen är inte ett innehållspaket: den går inte att läsa som text i JSON-format. Inget har ändrats.' }
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== PACK_FORMAT)
    return { ok: false, message: 'Filen är inte ett innehållspaket från Anslutningsguiden. Inget har ändrats.' }
  if ((json as { formatVersion?: unknown }).formatVersion !== PACK_FORMAT_VERSION)
    return { ok: false, message: 'Innehållspaketet är från en version av appen som den här versionen inte kan läsa. Inget har ändrats.' }
  const result = packSchema.safeParse(json)
  if (!result.success) {
    const first = result.error.issues[0]!
    return { ok: false, message: `Innehållspaketet har fel (${first.path.join('.') || 'filen'}) och kan inte läsas in. Inget har ändrats.` }
  }
  const keys = result.data.items.map((i) => i.key)
  const dup = keys.find((k, i) => keys.indexOf(k) !== i)
  if (dup) return { ok: false, message: `Innehållspaketet innehåller ${dup} två gånger och kan inte läsas in. Inget har ändrats.` }
  const wrongId = result.data.items.find((i) => i.kind !== 'task' && i.key !== `${i.kind}:${(i.value as { id: string }).id}`)
  if (wrongId) return { ok: false, message: `Innehållspaketet har fel (${wrongId.key}) och kan inte läsas in. Inget har ändrats.` }
  return { ok: true, pack: result.data as ContentPack }
}
