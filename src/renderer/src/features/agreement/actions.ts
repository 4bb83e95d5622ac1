import { saveSignedDraft } from '@renderer/db/agreementVersions'
import { addPackageAttachment } from '@renderer/db/agreementDrafts'
import { isValidIsoDate } from '@renderer/base/calendarDate'
import type { AgreementDraftRecord } from '@renderer/db/types'
import {
  applySignature,
  isSigned,
  refuseSignature,
  SigningError,
  signedContent,
  startSigningRound
} from '@renderer/domain/agreement/signing'
import type { AgreementInput, Signature } from '@renderer/domain/agreement/types'
import { sha256Hex } from '@renderer/base/sha256'

/** SHA-256 of the content a signature vouches for (see `signedContent`). */
export const contentFingerprint = (data: AgreementInput): Promise<string> => sha256Hex(new TextEncoder().encode(signedContent(data)))

export const ROUND_STARTED_TEXT = (sha: string) => `Underskriftsomgången startade; innehållet låstes (SHA-256 ${sha})`

/**
 * The next signatory signs. The first signature of a round freezes the content and records its
 * fingerprint; later signatures check the content still has that fingerprint. Refusals (out of
 * turn, a typed name that is not the signatory's) throw SigningError before anything is saved.
 */
export async function signDraft(
  draft: AgreementDraftRecord,
  index: number,
  signature: Signature,
  at: Date = new Date()
): Promise<AgreementDraftRecord> {
  const refusal = refuseSignature(draft.data, index, signature)
  if (refusal) throw new SigningError(refusal)
  const sha = await contentFingerprint(draft.data)
  const starting = !draft.data.signingRound
  let data = startSigningRound(draft.data, sha, at)
  if (starting) data = { ...data, events: [...(data.events ?? []), { at: at.toISOString(), text: ROUND_STARTED_TEXT(sha) }] }
  data = applySignature(data, index, signature, at)
  const all = isSigned(data)
  // The signed version is kept for good, whatever happens to the draft later; it is stored
  // together with the signed draft, in one transaction, or not at all.
  const { saved } = await saveSignedDraft(
    { ...draft, data, status: all ? 'signed' : 'draft' },
    `Undertecknat av ${data.signatories.map((s) => s.name).join(', ')}`
  )
  return saved
}

export type ScanFile = { name: string; bytes: Uint8Array }

/** What a scan may be: a PDF or a PNG/JPEG picture, recognised by its first bytes, not its name. */
export function scanMimeType(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  return null
}

export class HandSignatureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HandSignatureError'
  }
}

/**
 * Registers that the next signatory signed the printed form by hand on `signedOn`, and keeps the
 * scan in the agreement's send package. Bad input is refused with a Swedish message before
 * anything is stored.
 */
export async function registerHandSignature(
  draft: AgreementDraftRecord,
  index: number,
  signedOn: string,
  scan: ScanFile | null,
  at: Date = new Date()
): Promise<AgreementDraftRecord> {
  if (!isValidIsoDate(signedOn.trim())) throw new HandSignatureError('Skriv datumet då personen skrev under som ÅÅÅÅ-MM-DD.')
  if (signedOn.trim() > at.toISOString().slice(0, 10))
    throw new HandSignatureError('Datumet då personen skrev under kan inte vara senare än i dag.')
  if (!scan) throw new HandSignatureError('Bifoga den inskannade, underskrivna blanketten (PDF, PNG eller JPEG).')
  const mimeType = scanMimeType(scan.bytes)
  if (!mimeType)
    throw new HandSignatureError(`”${scan.name}” är inte en PDF eller en bild (PNG eller JPEG). Skanna blanketten som PDF, PNG eller JPEG.`)
  const signature = { kind: 'hand' as const, signedOn: signedOn.trim(), scanName: scan.name, scanSha256: await sha256Hex(scan.bytes) }
  const refusal = refuseSignature(draft.data, index, signature)
  if (refusal) throw new SigningError(refusal)
  await addPackageAttachment(draft, { name: scan.name, mimeType, bytes: scan.bytes })
  return signDraft(draft, index, signature, at)
}
