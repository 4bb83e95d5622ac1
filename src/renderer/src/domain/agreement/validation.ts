import { parseAgreementOrganisationsnummer } from '../organisationsnummer'
import { parsePostalCode, validateEmail, validatePhone } from './contactRules'
import type { AgreementInput, Contact } from './types'

/** Path in AgreementInput → Swedish message shown beside that field. Empty when the agreement can be signed. */
export type AgreementErrors = Record<string, string>

const REQUIRED = {
  'municipality.name': 'Ange kommunens namn.',
  board: 'Ange vilken nämnd som är part.',
  'address.street': 'Ange gatuadress eller box.',
  'address.city': 'Ange ort.',
  'adminContact.name': 'Ange kontaktpersonens namn.',
  place: 'Ange ort för underskriften.'
} as const

const blank = (s: string | undefined) => !s || s.trim() === ''

export function validateAgreement(input: AgreementInput): AgreementErrors {
  const errors: AgreementErrors = {}
  const get = (path: string): string => {
    let v: unknown = input
    for (const p of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined
    return typeof v === 'string' ? v : ''
  }
  for (const [path, message] of Object.entries(REQUIRED)) if (blank(get(path))) errors[path] = message

  const orgnr = parseAgreementOrganisationsnummer(input.municipality?.organisationsnummer ?? '')
  if (!orgnr.ok) errors['municipality.organisationsnummer'] = orgnr.error

  const postal = parsePostalCode(input.address?.postalCode ?? '')
  if (!postal.ok) errors['address.postalCode'] = postal.error

  checkContact(errors, 'adminContact', input.adminContact, true)
  checkContact(errors, 'technicalContact', input.technicalContact, false)

  if (input.caseSystem && (!blank(input.caseSystem.product) || !blank(input.caseSystem.vendor))) {
    if (blank(input.caseSystem.product)) errors['caseSystem.product'] = 'Ange verksamhetssystemets namn, eller lämna båda fälten tomma.'
    if (blank(input.caseSystem.vendor)) errors['caseSystem.vendor'] = 'Ange leverantören, eller lämna båda fälten tomma.'
  }

  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date ?? '') || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) {
    errors.date = 'Ange datum som ÅÅÅÅ-MM-DD.'
  }

  const signatories = input.signatories ?? []
  if (signatories.length === 0) errors.signatories = 'Lägg till minst en person som undertecknar avtalet.'
  signatories.forEach((s, i) => {
    if (blank(s.name)) errors[`signatories.${i}.name`] = 'Ange namnet på den som undertecknar.'
    if (blank(s.title)) errors[`signatories.${i}.title`] = 'Ange titel, till exempel ordförande i socialnämnden.'
  })
  return errors
}

function checkContact(errors: AgreementErrors, prefix: string, contact: Contact | undefined, required: boolean) {
  const empty = !contact || (blank(contact.name) && blank(contact.email) && blank(contact.phone) && blank(contact.title))
  if (empty && !required) return
  if (blank(contact?.name)) errors[`${prefix}.name`] = 'Ange kontaktpersonens namn.'
  if (blank(contact?.email)) errors[`${prefix}.email`] = 'Ange e-postadress.'
  else {
    const e = validateEmail(contact!.email)
    if (e) errors[`${prefix}.email`] = e
  }
  if (!blank(contact?.phone)) {
    const p = validatePhone(contact!.phone!)
    if (p) errors[`${prefix}.phone`] = p
  }
}

/** The data as it goes into the PDF: trimmed, NFC-normalised, canonical organisationsnummer and postnummer, empty optionals dropped. */
export function normaliseAgreement(input: AgreementInput): AgreementInput {
  const t = (s: string | undefined) => (s ?? '').normalize('NFC').trim()
  const orgnr = parseAgreementOrganisationsnummer(input.municipality.organisationsnummer)
  const postal = parsePostalCode(input.address.postalCode)
  const contact = (c: Contact | undefined): Contact | undefined => {
    if (!c) return undefined
    const out: Contact = { name: t(c.name), email: t(c.email) }
    if (t(c.title)) out.title = t(c.title)
    if (t(c.phone)) out.phone = t(c.phone)
    return out.name || out.email || out.title || out.phone ? out : undefined
  }
  const caseSystem =
    input.caseSystem && (t(input.caseSystem.product) || t(input.caseSystem.vendor))
      ? { product: t(input.caseSystem.product), vendor: t(input.caseSystem.vendor) }
      : undefined
  return {
    ...input,
    municipality: {
      name: t(input.municipality.name),
      organisationsnummer: orgnr.ok ? orgnr.value : t(input.municipality.organisationsnummer)
    },
    board: t(input.board),
    address: {
      street: t(input.address.street),
      postalCode: postal.ok ? postal.value : t(input.address.postalCode),
      city: t(input.address.city)
    },
    adminContact: contact(input.adminContact) ?? { name: '', email: '' },
    technicalContact: contact(input.technicalContact),
    caseSystem,
    place: t(input.place),
    date: t(input.date),
    signatories: input.signatories.map((s) => ({
      ...s,
      name: t(s.name),
      title: t(s.title),
      signature: s.signature?.kind === 'typed' ? { kind: 'typed', text: t(s.signature.text) } : s.signature
    }))
  }
}
