/** A caseworker as read from a file or a form, before it is stored. No personnummer, by design. */
export type CaseworkerInput = {
  name: string
  email: string
  unit: string
  role?: string
  employeeId?: string
  /** YYYY-MM-DD */
  startDate?: string
  /** YYYY-MM-DD; after this day the person leaves the active register but keeps their history. */
  endDate?: string
}

export type CaseworkerField = keyof CaseworkerInput

/** Roles offered in forms; the field is free text because municipalities name roles differently. */
export const SUGGESTED_ROLES = ['handläggare', 'kontaktcenter', 'teamledare', 'enhetschef', 'systemförvaltare'] as const
