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
  /** YYYY-MM-DD: the first day the person has access to SSBTEK. Absent: no recorded access. */
  accessFrom?: string
  /** YYYY-MM-DD, optional: the last day of that access. */
  accessTo?: string
}

export type CaseworkerField = keyof CaseworkerInput

/** Roles offered in forms; the field is free text because municipalities name roles differently. */
export const SUGGESTED_ROLES = ['handläggare', 'kontaktcenter', 'teamledare', 'enhetschef', 'systemförvaltare'] as const
