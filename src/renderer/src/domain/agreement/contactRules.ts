/** Swedish rules for the agreement's postal and contact fields. Each returns a Swedish message or null. */

export const CONTACT_MESSAGES = {
  postalCodeFormat: 'Postnumret ska ha fem siffror, till exempel 405 32.',
  emailFormat: 'Skriv en giltig e-postadress, till exempel namn@kommun.se.',
  phoneFormat: 'Skriv ett telefonnummer med riktnummer, till exempel 031-365 00 00 eller +46 31 365 00 00.'
} as const

/** `NNN NN` (also accepts `NNNNN`); the first digit is never 0 in Swedish postnummer. */
export function parsePostalCode(input: string): { ok: true; value: string } | { ok: false; error: string } {
  const m = /^([1-9]\d{2}) ?(\d{2})$/.exec((input ?? '').trim())
  if (!m) return { ok: false, error: CONTACT_MESSAGES.postalCodeFormat }
  return { ok: true, value: `${m[1]} ${m[2]}` }
}

export function validateEmail(input: string): string | null {
  const text = (input ?? '').trim()
  // Deliberately simple: one @, no spaces, a dot in the domain, no empty labels.
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text)) return CONTACT_MESSAGES.emailFormat
  return null
}

export function validatePhone(input: string): string | null {
  const text = (input ?? '').trim()
  if (!/^\+?[\d\s\-()]+$/.test(text)) return CONTACT_MESSAGES.phoneFormat
  const digits = text.replace(/\D/g, '')
  if (text.startsWith('+')) {
    if (digits.length < 8 || digits.length > 15) return CONTACT_MESSAGES.phoneFormat
    return null
  }
  // National numbers start with 0 (riktnummer) and have 7–10 digits after it.
  if (!digits.startsWith('0') || digits.length < 8 || digits.length > 11) return CONTACT_MESSAGES.phoneFormat
  return null
}
