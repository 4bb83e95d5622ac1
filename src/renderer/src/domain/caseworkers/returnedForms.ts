import { isValidIsoDate } from '@renderer/base/calendarDate'
import { typedNameMatches } from '../signing/typedName'

/** What the PDF layer read from one returned form (the shape of pdf/ReturnedUndertaking). */
export type ReadForm = {
  personId: string
  versionId: string
  textSha256: string
  contentIntact: boolean
  acknowledged: boolean
  typedName: string
  signedOn: string | null
}

/** One returned file: what could be read from it, or why nothing could. */
export type ReturnedFile = {
  fileName: string
  /** SHA-256 of the file's bytes: the same file imported twice is recognised by it. */
  fileSha256: string
  read: { ok: true; form: ReadForm } | { ok: false; problem: string }
}

export type ReturnedFormReason =
  | 'unreadable'
  | 'unknown-person'
  | 'person-inactive'
  | 'unknown-version'
  | 'not-current-version'
  | 'text-mismatch'
  | 'content-changed'
  | 'not-ticked'
  | 'name-missing'
  | 'name-mismatch'
  | 'date-missing'
  | 'date-future'
  | 'date-before-published'
  | 'duplicate-in-batch'

export type ReturnedFormVerdict = {
  fileName: string
  fileSha256: string
  /** accepted: will be recorded; already-imported: this exact file is stored, nothing to do. */
  outcome: 'accepted' | 'needs-attention' | 'already-imported'
  reasons: ReturnedFormReason[]
  /** Set when the file could be read. */
  personId?: string
  personName?: string
  versionId?: string
  versionNumber?: number
  signedOn?: string
  /** The unreadable file's problem code (from the PDF layer). */
  problem?: string
}

export type CheckContext = {
  people: ReadonlyMap<string, { name: string; otherNames?: readonly string[]; endDate?: string }>
  versions: ReadonlyMap<string, { number: number; sha256: string; publishedOn: string }>
  /** The published version in force. */
  currentVersionId: string | null
  /** Today in Europe/Stockholm, YYYY-MM-DD. */
  today: string
  /** SHA-256 of every returned file already stored. */
  storedFileHashes: ReadonlySet<string>
}

/**
 * Checks returned undertaking forms before anything is stored. A file is accepted only when it is
 * for a person and the version in force that exist, its text hash is that version's, its pages are
 * unchanged, the box is ticked, the typed name is the person's (the same rule as on screen) and
 * the date is a real day, not in the future and not before the version was published. The ids
 * come from the file's embedded data, never from its name, so a file cannot be recorded for
 * someone else. Pure: the caller reads the files and the register.
 */
export function checkReturnedForms(files: readonly ReturnedFile[], context: CheckContext): ReturnedFormVerdict[] {
  // Within one batch only the first good file per file, and per person and version, is taken.
  const acceptedKeys = new Set<string>()
  return files.map((file) => {
    const base = { fileName: file.fileName, fileSha256: file.fileSha256 }
    if (!file.read.ok) return { ...base, outcome: 'needs-attention', reasons: ['unreadable'], problem: file.read.problem }
    const form = file.read.form
    const person = context.people.get(form.personId)
    const version = context.versions.get(form.versionId)
    const verdict: ReturnedFormVerdict = {
      ...base,
      outcome: 'needs-attention',
      reasons: [],
      personId: form.personId,
      versionId: form.versionId
    }
    if (person) verdict.personName = person.name
    if (version) verdict.versionNumber = version.number
    if (form.signedOn) verdict.signedOn = form.signedOn
    if (context.storedFileHashes.has(file.fileSha256)) return { ...verdict, outcome: 'already-imported' }

    const reasons = verdict.reasons
    if (!person) reasons.push('unknown-person')
    else if (person.endDate && person.endDate < context.today) reasons.push('person-inactive')
    if (!version) reasons.push('unknown-version')
    else {
      if (form.versionId !== context.currentVersionId) reasons.push('not-current-version')
      if (form.textSha256 !== version.sha256) reasons.push('text-mismatch')
    }
    if (!form.contentIntact) reasons.push('content-changed')
    if (!form.acknowledged) reasons.push('not-ticked')
    if (form.typedName.trim() === '') reasons.push('name-missing')
    else if (person && !typedNameMatches(form.typedName, [person.name, ...(person.otherNames ?? [])])) reasons.push('name-mismatch')
    if (!form.signedOn || !isValidIsoDate(form.signedOn)) reasons.push('date-missing')
    else if (form.signedOn > context.today) reasons.push('date-future')
    else if (version && form.signedOn < version.publishedOn) reasons.push('date-before-published')
    const key = `${form.personId}\u0001${form.versionId}`
    if (reasons.length === 0 && (acceptedKeys.has(file.fileSha256) || acceptedKeys.has(key))) reasons.push('duplicate-in-batch')
    if (reasons.length === 0) {
      acceptedKeys.add(file.fileSha256)
      acceptedKeys.add(key)
      verdict.outcome = 'accepted'
    }
    return verdict
  })
}

/** The calendar day in Sweden at a moment, whatever time zone this computer is set to. */
export function stockholmToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}
