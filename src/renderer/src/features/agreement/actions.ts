import {
  recordEditVersion,
  recordStoredEditVersion,
  recordVersion,
  restoreVersion,
  saveSignedDraft,
  VersionMissingError
} from '@renderer/db/agreementVersions'
import { addPackageAttachment, saveAgreementDraft } from '@renderer/db/agreementDrafts'
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
import type { AgreementInput, FieldMapping, Signature } from '@renderer/domain/agreement/types'
import { agreementFileName } from '@renderer/domain/agreement/exportName'
import { normaliseAgreement } from '@renderer/domain/agreement/validation'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { sha256Hex } from '@renderer/base/sha256'
import { ag, agreementFieldLabel } from '@renderer/i18n/agreement'
import { saveFile as saveFileToDisk } from '@renderer/platform/bridge'

/** SHA-256 of the content a signature vouches for (see `signedContent`). */
export const contentFingerprint = (data: AgreementInput): Promise<string> => sha256Hex(new TextEncoder().encode(signedContent(data)))

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
  // The editing session ends here: edits not yet in a version are kept as one before the signature.
  await recordEditVersion(draft)
  const sha = await contentFingerprint(draft.data)
  const starting = !draft.data.signingRound
  let data = startSigningRound(draft.data, sha, at)
  if (starting) data = { ...data, events: [...(data.events ?? []), { at: at.toISOString(), text: ag.editor.roundStarted(sha) }] }
  data = applySignature(data, index, signature, at)
  const all = isSigned(data)
  // Every signature is a version of its own, kept for good whatever happens to the draft later;
  // it is stored together with the signed draft, in one transaction, or not at all.
  const signedCount = data.signatories.filter((s) => s.signature).length
  const { saved } = await saveSignedDraft(
    { ...draft, data, status: all ? 'signed' : 'draft' },
    ag.editor.signedVersion(data.signatories[index]?.name ?? '', signedCount, data.signatories.length)
  )
  return saved
}

/** The end of an editing session (two idle minutes, or leaving the draft): the stored draft's new edits become a version. */
export const endEditSession = (draftId: string) => recordStoredEditVersion(draftId)

/**
 * Puts an old version back (see restoreVersion). Throws an Error with a Swedish message when the
 * version is gone.
 */
export async function restoreAgreementVersion(draftId: string, versionId: string): Promise<AgreementDraftRecord> {
  try {
    return await restoreVersion(draftId, versionId, {
      savedBefore: ag.versions.savedBeforeRestore,
      restoredFrom: (v) => ag.versions.restoredFrom(formatStockholmTime(v.createdAt))
    })
  } catch (e) {
    if (e instanceof VersionMissingError) throw new Error(ag.versions.missing, { cause: e })
    throw e
  }
}

/* ---- export ---- */

export type SaveFile = typeof saveFileToDisk
/** FK's form as loaded and mapped. */
export type OfficialTemplate = { bytes: Uint8Array; fingerprint: string; mapping: FieldMapping }
/** The app's own document, or FK's form (`template` absent: not loaded and mapped yet). */
export type ExportTarget = { kind: 'own' } | { kind: 'official'; template?: OfficialTemplate }
export type ExportOutcome =
  | { kind: 'exported'; draft: AgreementDraftRecord; fileName: string; sha256: string }
  | { kind: 'cancelled' }
  /** Nothing was written; `message` says why, in Swedish. */
  | { kind: 'refused'; message: string }

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }]

/**
 * Exports the draft as the app's own document or in FK's form. Text the PDF font cannot draw is
 * refused first, then FK's form not yet loaded and mapped; the file is offered for saving; when it is
 * saved, the draft records its SHA-256 (and becomes "exported" when everyone has signed) and the
 * export is a version of its own. `saveFile` is the platform's save dialog (replaceable in tests).
 */
export async function exportAgreement(
  draft: AgreementDraftRecord,
  target: ExportTarget,
  saveFile: SaveFile = saveFileToDisk
): Promise<ExportOutcome> {
  const pdf = await import('@renderer/pdf')
  const data = normaliseAgreement(draft.data)
  try {
    const problems = await pdf.findUndrawableText(data)
    if (problems.length) return { kind: 'refused', message: pdf.describeUndrawable(problems, agreementFieldLabel) }
    if (target.kind === 'official' && !target.template) return { kind: 'refused', message: ag.export.needsTemplate }
    const template = target.kind === 'official' ? target.template : undefined
    const bytes = template ? await pdf.fillOfficialPdf(template.bytes, template.mapping, data) : await pdf.buildAgreementPdf(data)
    const sha256 = await sha256Hex(bytes)
    const fileName = agreementFileName(data.municipality.name, data.board, data.date)
    const saved = await saveFile(fileName, bytes, PDF_FILTER)
    if (!saved.saved) return { kind: 'cancelled' }
    const updated = await saveAgreementDraft({
      ...draft,
      status: isSigned(draft.data) ? 'exported' : draft.status,
      exportedSha256: sha256,
      templateFingerprint: template?.fingerprint
    })
    await recordVersion(updated, 'exported', ag.editor.exportedVersion(fileName, Boolean(template), sha256))
    return { kind: 'exported', draft: updated, fileName, sha256 }
  } catch (e) {
    if (e instanceof pdf.PdfInputError) return { kind: 'refused', message: e.message }
    return { kind: 'refused', message: `${ag.export.failed} ${(e as Error).message}` }
  }
}

export type PrintOutcome = { kind: 'printed'; fileName: string; official: boolean } | { kind: 'cancelled' }

/**
 * The prefilled agreement with empty signature lines, to sign by hand: FK's form when the draft's
 * form is loaded and mapped, otherwise the app's own document. Offered for saving.
 */
export async function printForHandSigning(
  draft: AgreementDraftRecord,
  template: { bytes: Uint8Array; mapping: FieldMapping } | undefined,
  saveFile: SaveFile = saveFileToDisk
): Promise<PrintOutcome> {
  const { buildHandSigningPrint } = await import('@renderer/pdf/handSigningPrint')
  const data = normaliseAgreement(draft.data)
  const bytes = await buildHandSigningPrint(data, template)
  const fileName = agreementFileName(data.municipality.name, data.board, data.date).replace(/\.pdf$/, ag.hand.fileSuffix)
  const saved = await saveFile(fileName, bytes, PDF_FILTER)
  return saved.saved ? { kind: 'printed', fileName, official: Boolean(template) } : { kind: 'cancelled' }
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
  if (!isValidIsoDate(signedOn.trim())) throw new HandSignatureError(ag.hand.errors.date)
  if (signedOn.trim() > at.toISOString().slice(0, 10)) throw new HandSignatureError(ag.hand.errors.future)
  if (!scan) throw new HandSignatureError(ag.hand.errors.noScan)
  const mimeType = scanMimeType(scan.bytes)
  if (!mimeType) throw new HandSignatureError(ag.hand.errors.notScan(scan.name))
  const signature = { kind: 'hand' as const, signedOn: signedOn.trim(), scanName: scan.name, scanSha256: await sha256Hex(scan.bytes) }
  const refusal = refuseSignature(draft.data, index, signature)
  if (refusal) throw new SigningError(refusal)
  await addPackageAttachment(draft, { name: scan.name, mimeType, bytes: scan.bytes })
  return signDraft(draft, index, signature, at)
}
