import { recordVersion } from '@renderer/db/agreementVersions'
import { saveAgreementDraft } from '@renderer/db/agreementDrafts'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { applySignature, isSigned, refuseSignature, SigningError, signedContent, startSigningRound } from '@renderer/domain/agreement/signing'
import type { AgreementInput, Signature } from '@renderer/domain/agreement/types'
import { sha256Hex } from '@renderer/pdf/sha256'

/** SHA-256 of the content a signature vouches for (see `signedContent`). */
export const contentFingerprint = (data: AgreementInput): Promise<string> => sha256Hex(new TextEncoder().encode(signedContent(data)))

export const ROUND_STARTED_TEXT = (sha: string) => `Underskriftsomgången startade; innehållet låstes (SHA-256 ${sha})`

/**
 * The next signatory signs. The first signature of a round freezes the content and records its
 * fingerprint; later signatures check the content still has that fingerprint. Refusals (out of
 * turn, a typed name that is not the signatory's) throw SigningError before anything is saved.
 */
export async function signDraft(draft: AgreementDraftRecord, index: number, signature: Signature, at: Date = new Date()): Promise<AgreementDraftRecord> {
  const refusal = refuseSignature(draft.data, index, signature)
  if (refusal) throw new SigningError(refusal)
  const sha = await contentFingerprint(draft.data)
  const starting = !draft.data.signingRound
  let data = startSigningRound(draft.data, sha, at)
  if (starting) data = { ...data, events: [...(data.events ?? []), { at: at.toISOString(), text: ROUND_STARTED_TEXT(sha) }] }
  data = applySignature(data, index, signature, at)
  const all = isSigned(data)
  const saved = await saveAgreementDraft({ ...draft, data, status: all ? 'signed' : 'draft' })
  // The signed version is kept for good, whatever happens to the draft later.
  if (all) await recordVersion(saved, 'signed', `Undertecknat av ${data.signatories.map((s) => s.name).join(', ')}`)
  return saved
}
