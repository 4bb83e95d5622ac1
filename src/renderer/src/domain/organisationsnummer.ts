/**
 * Swedish organisationsnummer: 10 digits (NNNNNN-NNNN), third digit ≥ 2 (so it can never be a
 * personnummer's month), last digit a Luhn check digit. The 12-digit form is "16" + the 10 digits.
 * The first digit is the group (2 = state, region, kommun).
 */
export type OrganisationsnummerResult = { ok: true; value: string; group: number } | { ok: false; error: string }

export const ORGNR_MESSAGES = {
  empty: 'Ange organisationsnummer.',
  format: 'Organisationsnumret ska ha 10 siffror, till exempel 212000-1355.',
  prefix16: 'Ett organisationsnummer med 12 siffror börjar med 16, till exempel 16212000-1355.',
  thirdDigit: 'Tredje siffran i ett organisationsnummer är alltid 2 eller högre. Kontrollera numret – det liknar ett personnummer.',
  checkDigit: 'Kontrollsiffran (sista siffran) stämmer inte. Kontrollera att numret är rätt skrivet.',
  notPublicBody: 'Organisationsnumret ska börja med 2, som en kommuns organisationsnummer gör. Kontrollera numret.'
} as const

/** Luhn check digit for the given digits (the digit that would follow them). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    // Weights 2,1,2,1… counted from the rightmost digit that precedes the check digit.
    const fromRight = digits.length - 1 - i
    let d = Number(digits[i]) * (fromRight % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function parseOrganisationsnummer(input: string): OrganisationsnummerResult {
  const text = (input ?? '').trim()
  if (text === '') return { ok: false, error: ORGNR_MESSAGES.empty }
  const match = /^(\d{2})?(\d{6})-?(\d{4})$/.exec(text)
  if (!match) return { ok: false, error: ORGNR_MESSAGES.format }
  const [, century, head, tail] = match
  if (century !== undefined && century !== '16') return { ok: false, error: ORGNR_MESSAGES.prefix16 }
  const digits = `${head}${tail}`
  if (Number(digits[2]) < 2) return { ok: false, error: ORGNR_MESSAGES.thirdDigit }
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, error: ORGNR_MESSAGES.checkDigit }
  return { ok: true, value: `${head}-${tail}`, group: Number(digits[0]) }
}

/** The agreement's own rule on top of a valid number: the party must be a public body (group 2). */
export function parseAgreementOrganisationsnummer(input: string): OrganisationsnummerResult {
  const parsed = parseOrganisationsnummer(input)
  if (parsed.ok && parsed.group !== 2) return { ok: false, error: ORGNR_MESSAGES.notPublicBody }
  return parsed
}
