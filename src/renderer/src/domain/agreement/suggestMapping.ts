/**
 * A first guess at which agreement field a PDF form field means, from its (Swedish) name, so the
 * user mostly confirms rather than picks. Only a suggestion: the mapping screen shows it for review.
 */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

type Rule = [RegExp, string]

const CONTACT_PARTS: Rule[] = [
  [/e-?post|mail/, 'email'],
  [/tel|mobil/, 'phone'],
  [/titel|befattning|roll/, 'title'],
  [/namn/, 'name']
]

const RULES: Rule[] = [
  [/org.*n(umme)?r|organisationsn/, 'municipality.organisationsnummer'],
  [/postn(umme)?r|postnr/, 'address.postalCode'],
  [/(post)?ort.*datum|datum.*ort/, 'placeAndDate'],
  [/gatu|adress|box/, 'address.street'],
  [/postort|^ort$|(^|[^a-z])ort([^a-z]|$)/, 'address.city'],
  [/namnd|part/, 'board'],
  [/kommun/, 'municipality.name'],
  [/leverantor/, 'caseSystem.vendor'],
  [/system/, 'caseSystem.product'],
  [/datum/, 'date']
]

export function suggestPath(fieldName: string, fieldType: string): string {
  const name = fold(fieldName)
  const signatory = Number(/(\d+)\D*$/.exec(name)?.[1] ?? '1')
  const index = Number.isFinite(signatory) && signatory >= 1 && signatory <= 9 ? signatory - 1 : 0
  if (fieldType === 'signature' || /underskrift|signatur/.test(name))
    return fieldType === 'signature' || fieldType === 'text' ? `signatories.${index}.signature` : ''
  if (fieldType !== 'text') return ''
  if (/namnfortydligande|undertecknare|firmatecknare/.test(name))
    return /titel|befattning/.test(name) ? `signatories.${index}.title` : `signatories.${index}.name`
  const contact = /tekn/.test(name) ? 'technicalContact' : /kontakt|avtal|admin/.test(name) ? 'adminContact' : null
  if (contact) {
    const part = CONTACT_PARTS.find(([re]) => re.test(name))
    if (part) return `${contact}.${part[1]}`
  }
  if (/^titel|befattning/.test(name.split(/[._]/).pop() ?? '')) return `signatories.${index}.title`
  return RULES.find(([re]) => re.test(name))?.[1] ?? ''
}

/** Suggestions for every field not already mapped. */
export function suggestMapping(fields: { name: string; type: string }[], existing: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { ...existing }
  for (const f of fields) {
    if (out[f.name] !== undefined) continue
    const path = suggestPath(f.name, f.type)
    if (path) out[f.name] = path
  }
  return out
}
