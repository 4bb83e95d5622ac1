import {
  getCaseworker,
  getUndertakingAttachment,
  getUndertakingPolicy,
  listAcknowledgementsOf,
  listCaseworkers,
  listUndertakingVersions,
  recordAcknowledgement,
  updateCaseworker,
  type AcknowledgementRecord,
  type CaseworkerRecord,
  type UndertakingVersionRecord
} from '@renderer/db'
import { sniffScanType } from '@renderer/base/fileType'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'
import { isIsoDate, localToday } from '@renderer/domain/caseworkers/dates'
import type { CaseworkerField, CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { emailWarning, findCaseworkerConflict, validateCaseworker, type FieldProblem } from '@renderer/domain/caseworkers/validate'
import type { UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { autosaveCopyKeys, discardAutosaveCopy } from '@renderer/platform/autosaveCopies'
import { saveFile, saveStoredFile } from '@renderer/platform/bridge'
import { cw } from '@renderer/i18n/caseworkers/register'
import { fileSafe } from '../fileNames'

export type PersonPage = {
  person: CaseworkerRecord
  acks: AcknowledgementRecord[]
  versions: UndertakingVersionRecord[]
  policy: UndertakingPolicy
  units: string[]
  /** Everyone else's unique values, to check the details form against while typing. */
  others: { id: string; name: string; email: string; employeeId?: string }[]
}

/** Everything a person's page shows, or null when the person is not in the register. */
export async function loadPersonPage(id: string): Promise<PersonPage | null> {
  const person = await getCaseworker(id)
  if (!person) return null
  const [acks, versions, policy, all] = await Promise.all([
    listAcknowledgementsOf(id),
    listUndertakingVersions(),
    getUndertakingPolicy(),
    listCaseworkers()
  ])
  return {
    person,
    acks,
    versions: [...versions].sort((a, b) => a.number - b.number),
    policy,
    units: [...new Set(all.map((c) => c.unit))].sort((a, b) => a.localeCompare(b, 'sv')),
    others: all.filter((c) => c.id !== id).map(({ id, name, email, employeeId }) => ({ id, name, email, employeeId }))
  }
}

/** The fields of the details form (access has its own section and is never touched by this form). */
export const DETAIL_FIELDS = ['name', 'email', 'unit', 'role', 'employeeId', 'startDate', 'endDate'] as const
export type DetailField = (typeof DETAIL_FIELDS)[number]
export type DetailValues = Record<DetailField, string>

export const detailValuesOf = (p: Partial<Record<CaseworkerField, string | undefined>>): DetailValues => ({
  name: p.name ?? '',
  email: p.email ?? '',
  unit: p.unit ?? '',
  role: p.role ?? '',
  employeeId: p.employeeId ?? '',
  startDate: p.startDate ?? '',
  endDate: p.endDate ?? ''
})

export type DetailsCheck = {
  /** What saving stores, or null when something must be corrected first (then nothing is saved). */
  input: CaseworkerInput | null
  problems: FieldProblem[]
  /** Accepted, but the user should know (Swedish, for the e-mail field). */
  emailWarning: string | null
}

/**
 * Checks the details form as typed: the register's rules (validateCaseworker) and that the
 * e-mail address and employee id are not someone else's.
 */
export function checkPersonDetails(values: DetailValues, others: PersonPage['others'], selfId: string): DetailsCheck {
  const { input, problems } = validateCaseworker(values)
  const warning = input ? emailWarning(input.email) : null
  const out: DetailsCheck = { input, problems, emailWarning: warning ? cw.emailWarnings[warning] : null }
  if (!input) return out
  const conflict = findCaseworkerConflict(input, others, selfId)
  if (!conflict) return out
  return {
    input: null,
    problems: [{ field: conflict.field, message: cw.duplicate[conflict.field](conflict.value, conflict.name) }],
    emailWarning: out.emailWarning
  }
}

/**
 * The revision of what saving `values` stores (for the form's write-ahead copy): the values as
 * they read back from the stored record.
 */
export function detailsRevision(values: DetailValues): string {
  const { input } = validateCaseworker(values)
  return contentRevision(input ? detailValuesOf(input) : values)
}

export const detailsCopyKey = (id: string) => autosaveCopyKeys.caseworkerDetails(id)

/**
 * Autosave of the details form. Reads the stored person first so that access (saved by its own
 * section, perhaps a moment ago) is kept as stored. A person erased meanwhile has nothing left to
 * save: returns null and drops the form's copy. Throws when the values are not valid (the form
 * hands over only valid values) or another person has taken the e-mail address meanwhile.
 */
export async function savePersonDetails(id: string, values: DetailValues): Promise<CaseworkerRecord | null> {
  const stored = await getCaseworker(id)
  if (!stored) {
    discardAutosaveCopy(detailsCopyKey(id))
    return null
  }
  const { input, problems } = validateCaseworker(values)
  if (!input) throw new Error(problems[0]?.message ?? cw.person.saveBlocked)
  const next: CaseworkerInput = { ...input }
  if (stored.accessFrom) next.accessFrom = stored.accessFrom
  if (stored.accessFrom && stored.accessTo) next.accessTo = stored.accessTo
  return updateCaseworker(id, next)
}

export type RegisterSignatureInput = {
  method: 'paper' | 'elsewhere'
  signedOn: string
  note: string
  scan: { name: string; bytes: Uint8Array } | null
}
export type RegisterResult = { ok: true; ack: AcknowledgementRecord } | { ok: false; field: 'signedOn' | 'scan'; message: string }

/**
 * Registers a signature given on paper or elsewhere, with the scan if one is attached. The scan's
 * type is read from its bytes (a PDF or an image), never guessed from its name.
 */
export async function registerSignature(
  person: Pick<CaseworkerRecord, 'id'>,
  version: Pick<UndertakingVersionRecord, 'id' | 'number' | 'sha256'>,
  input: RegisterSignatureInput,
  today = localToday()
): Promise<RegisterResult> {
  const signedOn = input.signedOn.trim()
  if (!isIsoDate(signedOn)) return { ok: false, field: 'signedOn', message: cw.person.dateInvalid }
  if (signedOn > today) return { ok: false, field: 'signedOn', message: cw.person.dateFuture }
  const files: { name: string; mimeType: string; bytes: Uint8Array }[] = []
  if (input.scan) {
    const mimeType = sniffScanType(input.scan.bytes)
    if (!mimeType) return { ok: false, field: 'scan', message: cw.person.scanNotSupported }
    files.push({ name: input.scan.name, mimeType, bytes: input.scan.bytes })
  }
  const note = input.note.trim()
  const ack = await recordAcknowledgement({
    caseworkerId: person.id,
    version,
    method: input.method,
    signedOn,
    ...(note ? { note } : {}),
    files
  })
  return { ok: true, ack }
}

/** The prefilled undertaking for a wet signature, saved where the user chooses. */
export async function printForSignature(
  input: { municipality: string; version: UndertakingVersionRecord; person: CaseworkerRecord },
  save: typeof saveFile = saveFile
): Promise<{ saved: boolean; fileName: string }> {
  const { buildUndertakingPdf } = await import('@renderer/pdf/undertakingPdf')
  const bytes = await buildUndertakingPdf({ municipality: input.municipality, version: input.version, caseworker: input.person })
  const fileName = `Försäkran SSBTEK ${fileSafe(input.person.name)} v${input.version.number}.pdf`
  const result = await save(fileName, bytes, [{ name: 'PDF', extensions: ['pdf'] }])
  return { saved: result.saved, fileName }
}

/** Saves the files of one acknowledgement (the signed PDF or the scan) where the user chooses. */
export async function downloadAcknowledgementFiles(
  ack: Pick<AcknowledgementRecord, 'attachmentIds'>,
  save: typeof saveStoredFile = saveStoredFile
): Promise<number> {
  let saved = 0
  for (const attachmentId of ack.attachmentIds) {
    const file = await getUndertakingAttachment(attachmentId)
    if (file && (await save(file.name, file.bytes)).saved) saved++
  }
  return saved
}
