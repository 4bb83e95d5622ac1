import { parseFlexibleDate } from './dates'
import type { CaseworkerField, CaseworkerInput } from './types'

export type FieldProblem = { field: CaseworkerField; message: string }

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

export const isValidEmail = (email: string): boolean => EMAIL.test(email.trim())

/** Something about an accepted e-mail address the user should know; text in i18n/caseworkers/register.ts. */
export type EmailWarning = 'non-ascii-local-part'

/**
 * How Outlook would send to `email`. A domain with å, ä or ö is fine (Outlook converts it to its
 * ASCII form), but a part before @ with characters outside ASCII needs SMTPUTF8 on every server on
 * the way, which many mail systems lack: such an address is accepted with a warning, not refused.
 * Null for a plain address and for anything that is not an address (that is an error elsewhere).
 */
export function emailWarning(email: string): EmailWarning | null {
  const text = email.trim()
  const at = text.lastIndexOf('@')
  if (at <= 0 || !isValidEmail(text)) return null
  return /[^\x00-\x7f]/.test(text.slice(0, at)) ? 'non-ascii-local-part' : null
}

/** Raw text values as typed or read from a file (already trimmed or not). */
export type CaseworkerValues = Partial<Record<CaseworkerField, string>>

/**
 * The longest value each field takes. An e-mail address has at most 254 characters (RFC 5321);
 * the rest are generous for real names and unit names but stop a pasted document or a crafted
 * file from filling the register, the reports and every PDF with megabytes of text.
 */
export const MAX_LENGTH: Record<CaseworkerField, number> = {
  name: 200,
  email: 254,
  unit: 200,
  role: 100,
  employeeId: 50,
  startDate: 40,
  endDate: 40,
  accessFrom: 40,
  accessTo: 40
}

const LABELS: Record<CaseworkerField, string> = {
  name: 'Namnet',
  email: 'E-postadressen',
  unit: 'Enhetens namn',
  role: 'Rollen',
  employeeId: 'Anställningsnumret',
  startDate: 'Startdatumet',
  endDate: 'Slutdatumet',
  accessFrom: 'Datumet för Behörighet från',
  accessTo: 'Datumet för Behörighet till'
}

const tooLong = (field: CaseworkerField): FieldProblem => ({
  field,
  message: `${LABELS[field]} är längre än ${MAX_LENGTH[field]} tecken. Korta det.`
})

/**
 * Checks one person's values and returns the clean input or the problems, in Swedish, per field.
 * Used by the CSV import, its fix-a-row form and the add/edit form, so all three agree.
 */
export function validateCaseworker(values: CaseworkerValues): { input: CaseworkerInput | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const overlong = new Set<CaseworkerField>()
  const get = (f: CaseworkerField): string => {
    const raw = values[f] ?? ''
    // Measured before tidying too, so a huge value is refused without being processed.
    if (raw.length > MAX_LENGTH[f] * 4) return (overlong.add(f), '')
    const text = raw.replace(/\s+/g, ' ').trim()
    if (Array.from(text).length > MAX_LENGTH[f]) return (overlong.add(f), '')
    return text
  }
  const name = get('name')
  const email = get('email')
  const unit = get('unit')
  const role = get('role')
  const employeeId = get('employeeId')
  const rawDates = { startDate: get('startDate'), endDate: get('endDate'), accessFrom: get('accessFrom'), accessTo: get('accessTo') }
  const missing = (f: CaseworkerField) => !overlong.has(f)
  for (const f of Object.keys(MAX_LENGTH) as CaseworkerField[]) if (overlong.has(f)) problems.push(tooLong(f))
  if (!name && missing('name')) problems.push({ field: 'name', message: 'Namn saknas.' })
  if (!email && missing('email')) problems.push({ field: 'email', message: 'E-postadress saknas.' })
  else if (email && !isValidEmail(email)) problems.push({ field: 'email', message: `”${email}” är inte en giltig e-postadress.` })
  else if (email && email.split('@')[0]!.length > 64)
    problems.push({ field: 'email', message: 'Delen före @ i e-postadressen är längre än 64 tecken.' })
  if (!unit && missing('unit')) problems.push({ field: 'unit', message: 'Enhet saknas.' })
  const dates: Partial<Record<'startDate' | 'endDate' | 'accessFrom' | 'accessTo', string>> = {}
  for (const [field, label] of [
    ['startDate', 'Startdatum'],
    ['endDate', 'Slutdatum'],
    ['accessFrom', 'Behörighet från'],
    ['accessTo', 'Behörighet till']
  ] as const) {
    const raw = rawDates[field]
    if (!raw) continue
    const parsed = parseFlexibleDate(raw)
    if (parsed) dates[field] = parsed
    else problems.push({ field, message: `${label} ”${raw}” är inte ett giltigt datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01.` })
  }
  if (dates.startDate && dates.endDate && dates.endDate < dates.startDate)
    problems.push({ field: 'endDate', message: 'Slutdatum är före startdatum.' })
  if (dates.accessTo && !dates.accessFrom && !rawDates.accessFrom)
    problems.push({
      field: 'accessFrom',
      message: 'Behörighet till är ifyllt men inte Behörighet från. Skriv från vilken dag personen har behörighet i SSBTEK.'
    })
  if (dates.accessFrom && dates.accessTo && dates.accessTo < dates.accessFrom)
    problems.push({ field: 'accessTo', message: 'Behörighet till är före Behörighet från.' })
  if (problems.length) return { input: null, problems }
  const input: CaseworkerInput = { name, email, unit }
  if (role) input.role = role
  if (employeeId) input.employeeId = employeeId
  if (dates.startDate) input.startDate = dates.startDate
  if (dates.endDate) input.endDate = dates.endDate
  if (dates.accessFrom) input.accessFrom = dates.accessFrom
  if (dates.accessFrom && dates.accessTo) input.accessTo = dates.accessTo
  return { input, problems }
}

/** Who already has a value that must be unique in the register (see findCaseworkerConflict). */
export type CaseworkerConflict = { field: 'email' | 'employeeId'; value: string; name: string }

/**
 * The first other person (not `exceptId`) with the same e-mail address (case and spaces ignored)
 * or the same employee id as `input`; null when there is none. The same rule the database applies
 * when it stores a person.
 */
export function findCaseworkerConflict(
  input: Pick<CaseworkerInput, 'email' | 'employeeId'>,
  others: readonly { id?: string; email: string; employeeId?: string; name?: string }[],
  exceptId?: string
): CaseworkerConflict | null {
  const email = normaliseEmail(input.email)
  const employeeId = input.employeeId?.trim()
  for (const o of others) {
    if (exceptId !== undefined && o.id === exceptId) continue
    if (normaliseEmail(o.email) === email) return { field: 'email', value: input.email.trim(), name: o.name ?? '' }
    if (employeeId && o.employeeId === employeeId) return { field: 'employeeId', value: employeeId, name: o.name ?? '' }
  }
  return null
}
