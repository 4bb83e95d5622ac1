import { typedNameMatches } from '../signing/typedName'
import { hasSigned, isSigned } from './signed'
import type { AgreementInput, Signatory, Signature } from './types'

export { isSigned } from './signed'

/**
 * The data that a signature vouches for: everything except the signatures themselves and the
 * round's own bookkeeping (its events and fingerprint), so the fingerprint taken when a round
 * starts still matches the content when the last signatory signs.
 */
export function signedContent(input: AgreementInput): string {
  const { events: _events, signingRound: _round, ...content } = input
  return JSON.stringify({ ...content, signatories: input.signatories.map((s) => ({ name: s.name, title: s.title })) })
}

/** Index of the next signatory to sign (they sign in turn), or null when all have signed. */
export function nextSignatory(input: AgreementInput): number | null {
  const i = input.signatories.findIndex((s) => !hasSigned(s))
  return i === -1 ? null : i
}

/** Who has signed and who is left. "Signed and locked" is only true when nobody is left. */
export function signingStatus(input: AgreementInput): { signed: Signatory[]; remaining: Signatory[]; started: boolean; complete: boolean } {
  const signed = input.signatories.filter(hasSigned)
  const remaining = input.signatories.filter((s) => !hasSigned(s))
  return { signed, remaining, started: signed.length > 0 || Boolean(input.signingRound), complete: isSigned(input) }
}

/**
 * Where a draft stands, for every place that shows it (the list of drafts, the draft itself). The
 * signatures decide it; the stored status only adds that a signed agreement has been exported. A
 * stored "signed" without every signature is not signed, and a draft from an older version whose
 * every signatory has signed is signed whatever its stored status says.
 */
export type DraftStage = { kind: 'draft' } | { kind: 'signing'; signed: number; total: number } | { kind: 'signed' } | { kind: 'exported' }

export function draftStage(storedStatus: 'draft' | 'signed' | 'exported', input: AgreementInput): DraftStage {
  const { signed, started, complete } = signingStatus(input)
  if (complete) return { kind: storedStatus === 'exported' ? 'exported' : 'signed' }
  if (started) return { kind: 'signing', signed: signed.length, total: input.signatories.length }
  return { kind: 'draft' }
}

export type SigningRefusal =
  | { code: 'all-signed' }
  | { code: 'out-of-turn'; expected: number }
  | { code: 'typed-name-mismatch'; typed: string; registered: string }
  | { code: 'content-changed' }

export class SigningError extends Error {
  constructor(readonly refusal: SigningRefusal) {
    super(
      refusal.code === 'all-signed'
        ? 'Alla har redan undertecknat.'
        : refusal.code === 'out-of-turn'
          ? `Undertecknare ${refusal.expected + 1} ska underteckna först.`
          : refusal.code === 'typed-name-mismatch'
            ? `Det skrivna namnet stämmer inte med undertecknarens namn.`
            : 'Uppgifterna har ändrats sedan underskriftsomgången startade.'
    )
    this.name = 'SigningError'
  }
}

/** Why this signature may not be applied now, or null. A typed signature must name the signatory. */
export function refuseSignature(input: AgreementInput, index: number, signature: Signature): SigningRefusal | null {
  const next = nextSignatory(input)
  if (next === null) return { code: 'all-signed' }
  if (next !== index) return { code: 'out-of-turn', expected: next }
  const registered = input.signatories[index]!.name
  if (signature.kind === 'typed' && !typedNameMatches(signature.text, [registered]))
    return { code: 'typed-name-mismatch', typed: signature.text, registered }
  return null
}

export function applySignature(input: AgreementInput, index: number, signature: Signature, at: Date = new Date()): AgreementInput {
  const refusal = refuseSignature(input, index, signature)
  if (refusal) throw new SigningError(refusal)
  return { ...input, signatories: input.signatories.map((s, i) => (i === index ? { ...s, signature, signedAt: at.toISOString() } : s)) }
}

/**
 * Freezes the content at the start of a signing round: the fingerprint (SHA-256 of
 * `signedContent`) is taken now, before any signature, and kept with the draft. A round already
 * started keeps its fingerprint; the content it covers must not have changed since.
 */
export function startSigningRound(input: AgreementInput, contentSha256: string, at: Date = new Date()): AgreementInput {
  if (input.signingRound) {
    if (input.signingRound.contentSha256 !== contentSha256) throw new SigningError({ code: 'content-changed' })
    return input
  }
  return { ...input, signingRound: { startedAt: at.toISOString(), contentSha256 } }
}

/** A new signing round: the same data with every signature and the old round's fingerprint removed. */
export function clearSignatures(input: AgreementInput): AgreementInput {
  const { signingRound: _round, ...rest } = input
  return { ...rest, signatories: input.signatories.map(({ name, title }) => ({ name, title })) }
}
