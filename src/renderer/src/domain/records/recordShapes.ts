/**
 * Shape checks for records read back from storage. A record written by an older app, a damaged
 * disk or a crafted backup may not have the types the screens expect; reading it through these
 * keeps one bad record from taking a whole screen (or the shell) down. Pure: returns data, and the
 * caller decides what to tell the user.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isText = (v: unknown): v is string => typeof v === 'string'
const optionalText = (v: unknown) => v === undefined || isText(v)

export type ProfileShape = {
  code: string
  name: string
  officialName: string
  organisationsnummer?: string
  address?: { street: string; postalCode: string; city: string }
  createdAt: string
  updatedAt: string
}

/**
 * The municipality profile as far as it can be trusted. Wrong-typed fields are left empty (the
 * shell shows a neutral label for an empty name) and named in `damaged`; `profile` is null only
 * when nothing was stored.
 */
export function readProfile(value: unknown): { profile: ProfileShape | null; damaged: string[] } {
  if (value === undefined || value === null) return { profile: null, damaged: [] }
  if (!isObject(value)) return { profile: { code: '', name: '', officialName: '', createdAt: '', updatedAt: '' }, damaged: ['profile'] }
  const damaged: string[] = []
  const text = (field: string): string => {
    const v = value[field]
    if (isText(v)) return v
    if (v !== undefined) damaged.push(field)
    return ''
  }
  const profile: ProfileShape = {
    code: text('code'),
    name: text('name'),
    officialName: text('officialName'),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt')
  }
  if (value.organisationsnummer !== undefined) {
    if (isText(value.organisationsnummer)) profile.organisationsnummer = value.organisationsnummer
    else damaged.push('organisationsnummer')
  }
  if (value.address !== undefined) {
    const a = value.address
    if (isObject(a) && isText(a.street) && isText(a.postalCode) && isText(a.city))
      profile.address = { street: a.street, postalCode: a.postalCode, city: a.city }
    else damaged.push('address')
  }
  // Without any name at all the profile cannot say which municipality it is.
  if (!profile.name && !profile.officialName && !damaged.length) damaged.push('name')
  return { profile, damaged }
}

/** A board record the screens can show: text where text is expected, a connection object. */
export function isWellFormedBoard(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.id) &&
    isText(value.name) &&
    typeof value.archived === 'boolean' &&
    isText(value.createdAt) &&
    isText(value.updatedAt) &&
    (value.connection === undefined || isObject(value.connection))
  )
}

/** An agreement draft record the list and editor can show. */
export function isWellFormedAgreementDraft(value: unknown): boolean {
  if (!isObject(value) || !isText(value.id) || !isText(value.boardId) || !isText(value.name)) return false
  if (!isText(value.createdAt) || !isText(value.updatedAt) || !['draft', 'signed', 'exported'].includes(value.status as string))
    return false
  if (!optionalText(value.templateFingerprint) || !optionalText(value.exportedSha256)) return false
  const data = value.data
  return (
    isObject(data) &&
    Array.isArray(data.signatories) &&
    data.signatories.every(isObject) &&
    isObject(data.municipality) &&
    isObject(data.address)
  )
}

/** A person in the caseworker register that the register's screens can show. */
export function isWellFormedCaseworker(value: unknown): boolean {
  if (!isObject(value) || !isText(value.id) || !isText(value.name) || !isText(value.email) || !isText(value.unit)) return false
  if (!optionalText(value.role) || !optionalText(value.employeeId) || !optionalText(value.startDate) || !optionalText(value.endDate))
    return false
  if (!optionalText(value.accessFrom) || !optionalText(value.accessTo)) return false
  if (value.accessHistory !== undefined && !Array.isArray(value.accessHistory)) return false
  if (value.signatures !== undefined && !isObject(value.signatures)) return false
  return value.ackCount === undefined || typeof value.ackCount === 'number'
}

const isDate = (v: unknown): v is string => isText(v) && /^\d{4}-\d{2}-\d{2}$/.test(v)

/** An after-go-live event (domain/goLive/types.ts) the history can show: its kind's fields have their types. */
export function isWellFormedGoLiveEvent(value: unknown): boolean {
  if (!isObject(value) || !isText(value.id) || !isText(value.boardId) || !isText(value.recordedAt)) return false
  switch (value.kind) {
    case 'contact': {
      const c = value.contact
      return (
        (value.role === 'admin' || value.role === 'technical') &&
        isDate(value.from) &&
        isText(value.reason) &&
        isObject(c) &&
        isText(c.name) &&
        isText(c.email) &&
        optionalText(c.title) &&
        optionalText(c.phone)
      )
    }
    case 'reorganisation':
      return (
        isText(value.fromName) &&
        isText(value.toName) &&
        isDate(value.date) &&
        optionalText(value.unit) &&
        optionalText(value.decisionReference)
      )
    case 'terms-version':
      return isText(value.version) && isDate(value.date)
    case 'terms-read':
      return isText(value.termsVersionId) && isText(value.by) && isDate(value.date)
    case 'termination':
      return isDate(value.date) && isText(value.reason) && isText(value.by)
    default:
      return false
  }
}
