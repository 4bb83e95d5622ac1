import type { AgreementInput, Signature } from './types'

export const isSigned = (input: AgreementInput): boolean => input.signatories.length > 0 && input.signatories.every((s) => s.signature && s.signedAt)

/** Index of the next signatory to sign (they sign in turn), or null when all have signed. */
export function nextSignatory(input: AgreementInput): number | null {
  const i = input.signatories.findIndex((s) => !s.signature || !s.signedAt)
  return i === -1 ? null : i
}

export function applySignature(input: AgreementInput, index: number, signature: Signature, at: Date = new Date()): AgreementInput {
  const next = nextSignatory(input)
  if (next !== index) throw new Error(next === null ? 'Alla har redan undertecknat.' : `Undertecknare ${next + 1} ska underteckna först.`)
  return { ...input, signatories: input.signatories.map((s, i) => (i === index ? { ...s, signature, signedAt: at.toISOString() } : s)) }
}

/** A new signature round: the same data with every signature removed. */
export function clearSignatures(input: AgreementInput): AgreementInput {
  return { ...input, signatories: input.signatories.map(({ name, title }) => ({ name, title })) }
}
