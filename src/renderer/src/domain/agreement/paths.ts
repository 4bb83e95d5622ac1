import type { AgreementInput, Signatory } from './types'

/** A path in AgreementInput that a PDF field or box can be filled from, with its Swedish label. */
export type AgreementPath = { path: string; label: string; kind: 'text' | 'signature' }

const BASE_PATHS: AgreementPath[] = [
  { path: 'municipality.name', label: 'Kommunens namn', kind: 'text' },
  { path: 'municipality.organisationsnummer', label: 'Organisationsnummer', kind: 'text' },
  { path: 'board', label: 'Nämnd som är part', kind: 'text' },
  { path: 'address.street', label: 'Postadress: gatuadress eller box', kind: 'text' },
  { path: 'address.postalCode', label: 'Postadress: postnummer', kind: 'text' },
  { path: 'address.city', label: 'Postadress: ort', kind: 'text' },
  { path: 'address.full', label: 'Postadress: hela adressen på en rad', kind: 'text' },
  { path: 'adminContact.name', label: 'Kontaktperson avtal/administration: namn', kind: 'text' },
  { path: 'adminContact.title', label: 'Kontaktperson avtal/administration: titel', kind: 'text' },
  { path: 'adminContact.email', label: 'Kontaktperson avtal/administration: e-post', kind: 'text' },
  { path: 'adminContact.phone', label: 'Kontaktperson avtal/administration: telefon', kind: 'text' },
  { path: 'technicalContact.name', label: 'Kontaktperson tekniska frågor: namn', kind: 'text' },
  { path: 'technicalContact.title', label: 'Kontaktperson tekniska frågor: titel', kind: 'text' },
  { path: 'technicalContact.email', label: 'Kontaktperson tekniska frågor: e-post', kind: 'text' },
  { path: 'technicalContact.phone', label: 'Kontaktperson tekniska frågor: telefon', kind: 'text' },
  { path: 'caseSystem.product', label: 'Verksamhetssystem', kind: 'text' },
  { path: 'caseSystem.vendor', label: 'Leverantör av verksamhetssystemet', kind: 'text' },
  { path: 'place', label: 'Ort (underskrift)', kind: 'text' },
  { path: 'date', label: 'Datum', kind: 'text' },
  { path: 'placeAndDate', label: 'Ort och datum på en rad', kind: 'text' }
]

const signatoryPaths = (i: number): AgreementPath[] => [
  { path: `signatories.${i}.name`, label: `Undertecknare ${i + 1}: namnförtydligande`, kind: 'text' },
  { path: `signatories.${i}.title`, label: `Undertecknare ${i + 1}: titel`, kind: 'text' },
  { path: `signatories.${i}.signature`, label: `Undertecknare ${i + 1}: underskrift`, kind: 'signature' },
  { path: `signatories.${i}.signedAt`, label: `Undertecknare ${i + 1}: datum för underskrift`, kind: 'text' }
]

/** Every path the user can map to, for the given number of signatories (at least two offered). */
export function agreementPaths(signatoryCount = 2): AgreementPath[] {
  const n = Math.max(2, signatoryCount)
  return [...BASE_PATHS, ...Array.from({ length: n }, (_, i) => signatoryPaths(i)).flat()]
}

export const isSignaturePath = (path: string): boolean => /^signatories\.\d+\.signature$/.test(path)

/** Signatory index of a signature path, or null. */
export function signatoryIndexOf(path: string): number | null {
  const m = /^signatories\.(\d+)\.signature$/.exec(path)
  return m ? Number(m[1]) : null
}

/** The text a path stands for; '' when the data has nothing there. Signature paths give ''. */
export function textAtPath(input: AgreementInput, path: string): string {
  if (path === 'address.full') {
    const a = input.address
    return a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : ''
  }
  if (path === 'placeAndDate') return [input.place, input.date].filter(Boolean).join(', ')
  if (isSignaturePath(path)) return ''
  if (/^signatories\.\d+\.signedAt$/.test(path)) {
    const s = signatoryAt(input, path)
    return s?.signedAt ? s.signedAt.slice(0, 10) : ''
  }
  let value: unknown = input
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return ''
    value = (value as Record<string, unknown>)[part]
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function signatoryAt(input: AgreementInput, path: string): Signatory | undefined {
  const m = /^signatories\.(\d+)\./.exec(path)
  return m ? input.signatories?.[Number(m[1])] : undefined
}
