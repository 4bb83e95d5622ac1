/**
 * The agreement's fields in the form's order, with their Swedish labels: the one source of these
 * words for the form, the version history, the mapping of FK's form and the app's own PDF.
 */

export type AgreementSectionId = 'party' | 'address' | 'adminContact' | 'technicalContact' | 'caseSystem' | 'signing' | 'signatories'

export type AgreementField = {
  /** Dotted path in the agreement data ("adminContact.email", "signatories.0.name"). */
  path: string
  /** The label the form shows (beside its section's heading). */
  label: string
  section: AgreementSectionId
}

export type AgreementSection = { id: AgreementSectionId; title: string; fields: readonly AgreementField[] }

const contact = (prefix: 'adminContact' | 'technicalContact'): AgreementField[] => [
  { path: `${prefix}.name`, label: 'Namn', section: prefix },
  { path: `${prefix}.title`, label: 'Titel', section: prefix },
  { path: `${prefix}.email`, label: 'E-post', section: prefix },
  { path: `${prefix}.phone`, label: 'Telefon', section: prefix }
]

/** What the form asks for each signatory. */
export const signatoryFields = (i: number): AgreementField[] => [
  { path: `signatories.${i}.name`, label: `Undertecknare ${i + 1}: namn`, section: 'signatories' },
  { path: `signatories.${i}.title`, label: `Undertecknare ${i + 1}: titel`, section: 'signatories' }
]

/** What signing adds for each signatory (not typed in the form; shown in the history and mapped in FK's form). */
export const signingFields = (i: number): AgreementField[] => [
  { path: `signatories.${i}.signature`, label: `Undertecknare ${i + 1}: underskrift`, section: 'signatories' },
  { path: `signatories.${i}.signedAt`, label: `Undertecknare ${i + 1}: datum för underskrift`, section: 'signatories' }
]

const SECTIONS: readonly AgreementSection[] = [
  {
    id: 'party',
    title: 'Part',
    fields: [
      { path: 'municipality.name', label: 'Kommun', section: 'party' },
      { path: 'municipality.organisationsnummer', label: 'Organisationsnummer', section: 'party' },
      { path: 'board', label: 'Nämnd som är part', section: 'party' }
    ]
  },
  {
    id: 'address',
    title: 'Postadress',
    fields: [
      { path: 'address.street', label: 'Postadress (gatuadress eller box)', section: 'address' },
      { path: 'address.postalCode', label: 'Postnummer', section: 'address' },
      { path: 'address.city', label: 'Ort', section: 'address' }
    ]
  },
  { id: 'adminContact', title: 'Kontaktperson för avtalet och administrativa frågor', fields: contact('adminContact') },
  { id: 'technicalContact', title: 'Kontaktperson för tekniska frågor', fields: contact('technicalContact') },
  {
    id: 'caseSystem',
    title: 'Verksamhetssystem',
    fields: [
      { path: 'caseSystem.product', label: 'Verksamhetssystem', section: 'caseSystem' },
      { path: 'caseSystem.vendor', label: 'Leverantör', section: 'caseSystem' }
    ]
  },
  {
    id: 'signing',
    title: 'Ort och datum',
    fields: [
      { path: 'place', label: 'Ort', section: 'signing' },
      { path: 'date', label: 'Datum', section: 'signing' },
      { path: 'filledBy', label: 'Ifyllt av', section: 'signing' }
    ]
  },
  { id: 'signatories', title: 'Undertecknare', fields: [] }
]

/** The form's sections in order, the signatories' fields included for `signatoryCount` signatories. */
export function agreementSections(signatoryCount: number): AgreementSection[] {
  return SECTIONS.map((s) =>
    s.id === 'signatories' ? { ...s, fields: Array.from({ length: signatoryCount }, (_, i) => signatoryFields(i)).flat() } : s
  )
}

/** One section's title. */
export const sectionTitle = (id: AgreementSectionId): string => SECTIONS.find((s) => s.id === id)!.title

/** Every field the form shows, in its order. */
export const agreementFormFields = (signatoryCount: number): AgreementField[] => agreementSections(signatoryCount).flatMap((s) => s.fields)

/** Paths that exist only in FK's form: values combined from two fields. */
const COMBINED: AgreementField[] = [
  { path: 'address.full', label: 'Postadress: hela adressen på en rad', section: 'address' },
  { path: 'placeAndDate', label: 'Ort och datum på en rad', section: 'signing' }
]

/** A field's label as the form shows it, found by its path; undefined for a path the form does not have. */
function fieldAt(path: string): AgreementField | undefined {
  const m = /^signatories\.(\d+)\./.exec(path)
  if (m) return [...signatoryFields(Number(m[1])), ...signingFields(Number(m[1]))].find((f) => f.path === path)
  return [...SECTIONS.flatMap((s) => s.fields), ...COMBINED].find((f) => f.path === path)
}

/** A field's label as the form shows it (beside its section's heading); the path itself for a path the form does not have. */
export const agreementFormLabel = (path: string): string => fieldAt(path)?.label ?? path

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/** Labels used by more than one section of the form ("Ort", "Namn", …). */
const AMBIGUOUS = (() => {
  const sections = new Map<string, Set<AgreementSectionId>>()
  for (const f of SECTIONS.flatMap((s) => s.fields)) sections.set(f.label, (sections.get(f.label) ?? new Set()).add(f.section))
  return new Set([...sections].filter(([, s]) => s.size > 1).map(([label]) => label))
})()

/**
 * A field's label where its section heading is not beside it (the version history, the list of
 * fields to map in FK's form, messages): the form's label, with the section's title in front when
 * the form uses that label in more than one section ("Postadress: ort", "Ort och datum: ort").
 * A path the form does not have is returned unchanged.
 */
export function agreementFieldLabel(path: string): string {
  const field = fieldAt(path)
  if (!field) return path
  return AMBIGUOUS.has(field.label) ? `${sectionTitle(field.section)}: ${lowerFirst(field.label)}` : field.label
}

/** A target in FK's form: a field of the agreement (or two combined) that a form field or a placed box can be filled from. */
export type AgreementTarget = { path: string; label: string; kind: 'text' | 'signature' }

/** Everything FK's form can be filled with, in the form's order; signatories offered for at least two. */
export function agreementTargets(signatoryCount = 2): AgreementTarget[] {
  const n = Math.max(2, signatoryCount)
  const text = (f: AgreementField): AgreementTarget => ({ path: f.path, label: agreementFieldLabel(f.path), kind: 'text' })
  const base = SECTIONS.filter((s) => s.id !== 'signatories').flatMap((s) => s.fields.filter((f) => f.path !== 'filledBy'))
  const withCombined = base.flatMap((f) => {
    const combined = f.path === 'address.city' ? COMBINED[0]! : f.path === 'date' ? COMBINED[1]! : null
    return combined ? [f, combined] : [f]
  })
  const signatories = Array.from({ length: n }, (_, i) => {
    const [signature, signedAt] = signingFields(i)
    return [
      ...signatoryFields(i).map(text),
      { path: signature!.path, label: signature!.label, kind: 'signature' as const },
      { path: signedAt!.path, label: signedAt!.label, kind: 'text' as const }
    ]
  }).flat()
  return [...withCombined.map(text), ...signatories]
}
