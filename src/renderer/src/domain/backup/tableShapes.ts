import { z } from 'zod'
import { isBytes } from './codec'
import { MAX_BINARY_BYTES, MAX_STRING_LENGTH } from './jsonBounds'

/**
 * The shape of every table and every settings key a backup may carry, checked before anything is
 * written: types, enums, string lengths, array sizes and nesting depth. They follow the record
 * types in db/types.ts, db/*.ts and domain/*\/types.ts.
 *
 * Members a table does not list are allowed (other features add fields in later versions) but must
 * be bounded plain data: at most MAX_EXTRA_DEPTH levels, bounded strings and arrays.
 */
const MAX_EXTRA_DEPTH = 8
const MAX_ARRAY = 100_000

const id = z.string().min(1).max(200)
const name = z.string().max(500)
const text = z.string().max(MAX_STRING_LENGTH)
const longText = z.string().max(MAX_STRING_LENGTH)
const isoTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const sha256 = z.string().max(64)
const email = z.string().max(320)
const count = z.number().int().min(0).max(100_000_000)
const bytes = z.custom<Uint8Array>((v) => isBytes(v) && v.length <= MAX_BINARY_BYTES, 'bytes')

/** Plain data of bounded size and depth, checked without recursion. */
export function isBoundedValue(value: unknown, maxDepth = MAX_EXTRA_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  let visited = 0
  while (stack.length) {
    const [v, depth] = stack.pop()!
    if (++visited > 1_000_000) return false
    if (v === null || v === undefined || typeof v === 'boolean') continue
    if (typeof v === 'number') continue
    if (typeof v === 'string') {
      if (v.length > MAX_STRING_LENGTH) return false
      continue
    }
    if (typeof v !== 'object') return false
    if (isBytes(v)) {
      if (v.length > MAX_BINARY_BYTES) return false
      continue
    }
    if (v instanceof Date) continue
    if (depth >= maxDepth) return false
    const children = Array.isArray(v) ? v : Object.values(v)
    if (children.length > MAX_ARRAY) return false
    for (const c of children) stack.push([c, depth + 1])
  }
  return true
}
const bounded = z.unknown().refine((v) => isBoundedValue(v), 'bounded')
const record = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(bounded)

const address = record({ street: name, postalCode: z.string().max(20), city: name })
export const profileShape = record({
  code: z.string().regex(/^\d{4}$/),
  name,
  officialName: name,
  organisationsnummer: z.string().max(20).optional(),
  address: address.optional(),
  createdAt: isoTime,
  updatedAt: isoTime
})

const contact = record({ name, title: name.optional(), email, phone: z.string().max(50).optional() })
const signature = z.discriminatedUnion('kind', [
  record({ kind: z.enum(['drawn', 'image']), png: bytes }),
  record({ kind: z.literal('typed'), text: name }),
  record({ kind: z.literal('hand'), signedOn: isoDate, scanName: name, scanSha256: sha256 })
])
const signatory = record({ name, title: name, signature: signature.optional(), signedAt: isoTime.optional() })
/** A draft may be incomplete, so every part of the form is optional; what is there must have its type. */
const agreementInput = record({
  municipality: record({ name: name.optional(), organisationsnummer: z.string().max(20).optional() }).optional(),
  board: name.optional(),
  address: record({ street: name.optional(), postalCode: z.string().max(20).optional(), city: name.optional() }).optional(),
  adminContact: contact.partial().optional(),
  technicalContact: contact.partial().optional(),
  caseSystem: record({ product: name.optional(), vendor: name.optional() }).optional(),
  place: name.optional(),
  date: z.string().max(20).optional(),
  signatories: z.array(signatory).max(20).optional(),
  filledBy: name.optional(),
  events: z
    .array(record({ at: isoTime, text }))
    .max(1000)
    .optional(),
  signingRound: record({ startedAt: isoTime, contentSha256: sha256 }).optional()
})
const draftStatus = z.enum(['draft', 'signed', 'exported'])

const placedBox = record({
  page: z.number().int().min(0).max(10_000),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().min(0),
  height: z.number().finite().min(0),
  path: z.string().max(200),
  kind: z.enum(['text', 'signature']).optional(),
  fontSize: z.number().finite().min(0).max(200).optional()
})

const connection = record({
  decision: record({
    body: name.optional(),
    date: isoDate.optional(),
    paragraph: name.optional(),
    diarienummer: name.optional()
  }).optional(),
  agreement: record({
    termsReadDate: isoDate.optional(),
    sent: record({ date: isoDate, method: z.enum(['post', 'e-post']) }).optional(),
    fkReceivedDate: isoDate.optional(),
    qualityAssuredDate: isoDate.optional(),
    approvedDate: isoDate.optional(),
    registeredDate: isoDate.optional()
  }).optional(),
  // 'granted' and `date` are from files written before the application and grant dates were kept apart.
  consent: record({
    kind: z.enum(['unknown', 'have', 'not-yet', 'applied', 'granted']),
    date: isoDate.optional(),
    appliedDate: isoDate.optional(),
    grantedDate: isoDate.optional(),
    reference: name.optional()
  }).optional()
})

// FK's handling of the agreement (domain/connection/fkEvents.ts), one shape per kind.
const fkEvent = z.discriminatedUnion('kind', [
  record({ id, kind: z.literal('case-number'), date: isoDate, caseNumber: text }),
  record({ id, kind: z.literal('completion-requested'), date: isoDate, what: text }),
  record({ id, kind: z.literal('completion-sent'), date: isoDate }),
  record({ id, kind: z.literal('confirmation-received'), date: isoDate, to: text }),
  record({ id, kind: z.literal('registered'), date: isoDate })
])
/** Every after-go-live event (domain/goLive/types.ts) carries these. */
const goLiveBase = { id, boardId: id, recordedAt: isoTime }

const signingMethod = z.enum(['on-screen', 'paper', 'elsewhere', 'pdf-form'])

const retentionRule = record({
  amount: z.number().int().min(1).max(600),
  unit: z.enum(['years', 'months']),
  basis: z.enum(['employment', 'access', 'both']),
  planReference: name
})
const culledCounts = record({ people: count, acknowledgements: count, files: count })

const undertakingContent = {
  title: name,
  body: longText,
  legalReference: name,
  // Versions published before the municipality's review was kept apart carry `legalReviewedOn`.
  legalReviewedOn: z.string().max(20).optional(),
  legalReview: record({ by: name, on: isoDate }).nullable().optional(),
  legalContext: longText.optional(),
  unconfirmedLegalApprovedBy: name.optional()
}

/** Settings by key. Keys not listed (added by later features) must still be bounded data. */
export const settingShapes: Record<string, z.ZodType> = {
  profile: profileShape,
  'backup.lastBackupAt': isoTime,
  'backup.reminderDays': z.number().int().min(0).max(365),
  fkAddress: record({ lines: z.array(name).max(20), confirmed: z.boolean(), note: text, lastReviewed: isoDate.nullable() }),
  'undertaking.policy': record({
    signWithinDays: z.number().int().min(0).max(3650),
    renewEveryMonths: z.number().int().min(0).max(1200).nullable().optional()
  }),
  'undertaking.erasures': record({ people: count, acknowledgements: count }),
  'undertaking.retentionMonths': z.number().int().min(0).max(1200).nullable(),
  'undertaking.retentionRule': retentionRule.nullable(),
  'undertaking.cullingLog': z
    .array(
      z.union([
        record({ id, at: isoTime, kind: z.literal('rule'), rule: retentionRule, counts: culledCounts }),
        record({ id, at: isoTime, kind: z.literal('mistake'), reason: text, counts: culledCounts })
      ])
    )
    .max(MAX_ARRAY),
  'undertaking.draft': record(undertakingContent).partial(),
  'undertaking.draft.v2': record(undertakingContent).partial()
}

const setting = z
  .object({ key: z.string().min(1).max(200), value: bounded })
  .strict()
  .superRefine((r, ctx) => {
    const shape = settingShapes[r.key]
    if (!shape) return
    const result = shape.safeParse(r.value)
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] })
  })

export const tableShapes: Record<string, z.ZodType> = {
  settings: setting,
  boards: record({
    id,
    name,
    archived: z.boolean(),
    createdAt: isoTime,
    updatedAt: isoTime,
    connection,
    fkEvents: z.array(fkEvent).max(10_000).optional()
  }),
  attachments: record({
    id,
    boardId: id.optional(),
    ownerType: z.string().min(1).max(100),
    ownerId: id,
    name,
    mimeType: z.string().max(200),
    size: count,
    sha256,
    bytes,
    createdAt: isoTime
  }),
  agreementDrafts: record({
    id,
    boardId: id,
    name,
    data: agreementInput,
    status: draftStatus,
    templateFingerprint: id.optional(),
    exportedSha256: sha256.optional(),
    createdAt: isoTime,
    updatedAt: isoTime
  }),
  agreementVersions: record({
    id,
    draftId: id,
    createdAt: isoTime,
    reason: z.enum(['edit', 'signed', 'exported', 'restored']),
    summary: text,
    data: agreementInput,
    status: draftStatus
  }),
  pdfTemplates: record({
    fingerprint: id,
    name,
    kind: z.enum(['acroform', 'flat']),
    bytes,
    mapping: record({
      fields: z.record(z.string().max(500), z.string().max(200)).refine((f) => Object.keys(f).length <= 5000, 'too-many'),
      boxes: z.array(placedBox).max(5000).optional()
    }),
    createdAt: isoTime,
    updatedAt: isoTime
  }),
  caseworkers: record({
    id,
    name,
    email,
    unit: name,
    role: name.optional(),
    employeeId: z.string().max(100).optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
    signatures: z
      .record(id, isoDate)
      .refine((s) => Object.keys(s).length <= 10_000, 'too-many')
      .optional(),
    signatureMethods: z
      .record(id, signingMethod)
      .refine((s) => Object.keys(s).length <= 10_000, 'too-many')
      .optional(),
    ackCount: count.optional(),
    accessFrom: isoDate.optional(),
    accessTo: isoDate.optional(),
    accessHistory: z
      .array(record({ recordedAt: isoTime, from: isoDate.optional(), to: isoDate.optional() }))
      .max(1000)
      .optional()
  }),
  undertakingVersions: record({
    id,
    number: z.number().int().min(1).max(1_000_000),
    ...undertakingContent,
    text: longText,
    sha256,
    publishedAt: isoTime,
    publishedOn: isoDate
  }),
  acknowledgements: record({
    id,
    caseworkerId: id,
    versionId: id,
    versionNumber: z.number().int().min(1).max(1_000_000),
    sha256,
    method: signingMethod,
    signatureKind: z.enum(['drawn', 'typed']).optional(),
    signedOn: isoDate,
    recordedAt: isoTime,
    signedAt: isoTime,
    note: text.optional(),
    attachmentIds: z.array(id).max(100)
  }),
  reminders: record({ id, sentAt: isoTime, method: z.enum(['email', 'print']), caseworkerIds: z.array(id).max(MAX_ARRAY) }),
  taskStates: record({
    boardId: id,
    taskId: id,
    status: z.enum(['not-started', 'in-progress', 'done', 'not-applicable']),
    reason: text.optional(),
    owner: name.optional(),
    dueDate: isoDate.optional(),
    note: text.optional(),
    updatedAt: isoTime
  }),
  contentEdits: record({
    seq: z.number().int().min(1).optional(),
    itemKey: z.string().min(1).max(300),
    kind: z.enum(['task', 'rule', 'legal']),
    value: bounded.nullable(),
    by: name,
    at: isoTime,
    origin: z.enum(['local', 'pack', 'reset']),
    packName: name.optional()
  }),
  goLiveEvents: z.discriminatedUnion('kind', [
    record({
      ...goLiveBase,
      kind: z.literal('contact'),
      role: z.enum(['admin', 'technical']),
      contact,
      from: isoDate,
      reason: text,
      source: z.literal('agreement').optional()
    }),
    record({
      ...goLiveBase,
      kind: z.literal('reorganisation'),
      fromName: name,
      toName: name,
      unit: name.optional(),
      date: isoDate,
      decisionReference: name.optional()
    }),
    record({ ...goLiveBase, kind: z.literal('terms-version'), version: name, date: isoDate }),
    record({ ...goLiveBase, kind: z.literal('terms-read'), termsVersionId: id, by: name, date: isoDate }),
    record({ ...goLiveBase, kind: z.literal('termination'), date: isoDate, reason: text, by: name })
  ]),
  auditLog: record({ seq: z.number().int().min(1).optional(), at: z.union([isoTime, z.date()]).optional(), area: name.optional() })
}

/** Tables a later feature adds and this file does not list: bounded data with a key. */
export const genericShape = z.record(z.string().max(200), bounded)

export type ShapeProblem = { field: string; detail: 'type' | 'too-long' | 'too-many' | 'value' | 'format' | 'missing' | 'too-deep' }

/** The first problem of a record, in words the UI can translate, or null when it fits. */
export function checkRecordShape(table: string, value: unknown): ShapeProblem | null {
  const shape = tableShapes[table] ?? genericShape
  const result = shape.safeParse(value)
  if (result.success) return null
  const issue = result.error.issues[0]!
  const field = issue.path.map(String).join('.')
  let detail: ShapeProblem['detail'] = 'value'
  if (issue.code === 'invalid_type') detail = /received undefined/.test(issue.message) ? 'missing' : 'type'
  else if (issue.code === 'too_big') detail = (issue as { origin?: string }).origin === 'array' ? 'too-many' : 'too-long'
  else if (issue.code === 'invalid_format') detail = 'format'
  else if (issue.code === 'custom' && issue.message === 'bounded') detail = 'too-deep'
  else if (issue.code === 'custom' && issue.message === 'too-many') detail = 'too-many'
  else if (issue.code === 'custom' && issue.message === 'bytes') detail = 'type'
  return { field, detail }
}

/** A valid IndexedDB key: what Dexie can store a record under. */
export function isValidKey(key: unknown): boolean {
  if (typeof key === 'string') return key.length <= 1000
  if (typeof key === 'number') return !Number.isNaN(key)
  if (key instanceof Date) return !Number.isNaN(key.getTime())
  if (Array.isArray(key)) return key.length <= 10 && key.every(isValidKey)
  return isBytes(key)
}
