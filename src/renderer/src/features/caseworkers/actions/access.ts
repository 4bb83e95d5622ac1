import { getCaseworker, updateCaseworker, type CaseworkerRecord } from '@renderer/db'
import { sameAccess } from '@renderer/domain/caseworkers/access'
import type { CaseworkerInput } from '@renderer/domain/caseworkers/types'
import { validateCaseworker } from '@renderer/domain/caseworkers/validate'

export type AccessForm = { hasAccess: boolean; from: string; to: string }
export type AccessSaveResult =
  { ok: true; changed: boolean; person: CaseworkerRecord } | { ok: false; errors: { from?: string; to?: string } }

const MISSING_FROM = 'Skriv från vilken dag personen har behörighet (ÅÅÅÅ-MM-DD).'

/** The person's stored details as an input, so that saving access leaves everything else as it is. */
function inputOf(person: CaseworkerRecord): CaseworkerInput {
  const { name, email, unit, role, employeeId, startDate, endDate } = person
  return { name, email, unit, role, employeeId, startDate, endDate }
}

/**
 * Saves "Har behörighet i SSBTEK" with its dates, checked by the same rules as the CSV import.
 * The change is appended to the person's access history (see updateCaseworker); an unchanged
 * access records nothing. The other details are taken from the stored record, not from `person`:
 * the details form autosaves, so they may have changed since the page was read.
 */
export async function saveCaseworkerAccess(shown: CaseworkerRecord, form: AccessForm): Promise<AccessSaveResult> {
  const person = (await getCaseworker(shown.id)) ?? shown
  const base = inputOf(person)
  if (form.hasAccess && !form.from.trim()) return { ok: false, errors: { from: MISSING_FROM } }
  const values = form.hasAccess ? { ...base, accessFrom: form.from, accessTo: form.to } : base
  const { input, problems } = validateCaseworker(values)
  if (!input) {
    const errors: { from?: string; to?: string } = {}
    for (const p of problems) {
      if (p.field === 'accessFrom') errors.from ??= p.message
      else if (p.field === 'accessTo') errors.to ??= p.message
      else errors.from ??= p.message
    }
    return { ok: false, errors }
  }
  if (sameAccess(person, input)) return { ok: true, changed: false, person }
  return { ok: true, changed: true, person: await updateCaseworker(person.id, input) }
}
