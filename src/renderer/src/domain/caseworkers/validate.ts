import { parseFlexibleDate } from './dates'
import type { CaseworkerField, CaseworkerInput } from './types'

export type FieldProblem = { field: CaseworkerField; message: string }

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

export const isValidEmail = (email: string): boolean => EMAIL.test(email.trim())

/** Raw text values as typed or read from a file (already trimmed or not). */
export type CaseworkerValues = Partial<Record<CaseworkerField, string>>

/**
 * Checks one person's values and returns the clean input or the problems, in Swedish, per field.
 * Used by the CSV import, its fix-a-row form and the add/edit form, so all three agree.
 */
export function validateCaseworker(values: CaseworkerValues): { input: CaseworkerInput | null; problems: FieldProblem[] } {
  const get = (f: CaseworkerField): string => (values[f] ?? '').replace(/\s+/g, ' ').trim()
  const problems: FieldProblem[] = []
  const name = get('name')
  const email = get('email')
  const unit = get('unit')
  if (!name) problems.push({ field: 'name', message: 'Namn saknas.' })
  else if (name.length > 200) problems.push({ field: 'name', message: 'Namnet är längre än 200 tecken.' })
  if (!email) problems.push({ field: 'email', message: 'E-postadress saknas.' })
  else if (!isValidEmail(email)) problems.push({ field: 'email', message: `”${email}” är inte en giltig e-postadress.` })
  if (!unit) problems.push({ field: 'unit', message: 'Enhet saknas.' })
  const dates: Partial<Record<'startDate' | 'endDate' | 'accessFrom' | 'accessTo', string>> = {}
  for (const [field, label] of [
    ['startDate', 'Startdatum'],
    ['endDate', 'Slutdatum'],
    ['accessFrom', 'Behörighet från'],
    ['accessTo', 'Behörighet till']
  ] as const) {
    const raw = get(field)
    if (!raw) continue
    const parsed = parseFlexibleDate(raw)
    if (parsed) dates[field] = parsed
    else problems.push({ field, message: `${label} ”${raw}” är inte ett giltigt datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01.` })
  }
  if (dates.startDate && dates.endDate && dates.endDate < dates.startDate)
    problems.push({ field: 'endDate', message: 'Slutdatum är före startdatum.' })
  if (dates.accessTo && !dates.accessFrom && !get('accessFrom'))
    problems.push({ field: 'accessFrom', message: 'Behörighet till är ifyllt men inte Behörighet från. Skriv från vilken dag personen har behörighet i SSBTEK.' })
  if (dates.accessFrom && dates.accessTo && dates.accessTo < dates.accessFrom)
    problems.push({ field: 'accessTo', message: 'Behörighet till är före Behörighet från.' })
  if (problems.length) return { input: null, problems }
  const input: CaseworkerInput = { name, email, unit }
  const role = get('role')
  const employeeId = get('employeeId')
  if (role) input.role = role
  if (employeeId) input.employeeId = employeeId
  if (dates.startDate) input.startDate = dates.startDate
  if (dates.endDate) input.endDate = dates.endDate
  if (dates.accessFrom) input.accessFrom = dates.accessFrom
  if (dates.accessFrom && dates.accessTo) input.accessTo = dates.accessTo
  return { input, problems }
}
