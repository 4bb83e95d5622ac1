import { refuseFromPackage } from '@renderer/domain/agreement/sendPackage'
import { sha256Hex } from '@renderer/base/sha256'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { autosaveCopyKeys, discardAutosaveCopy } from '@renderer/platform/autosaveCopies'
import { isWellFormedAgreementDraft } from '@renderer/domain/records/recordShapes'
import { keepWellFormed, noteDamagedRecord } from './damagedRecords'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { AgreementDraftRecord, AgreementVersionRecord, AttachmentRecord, MunicipalityProfile } from './types'

const drafts = () => db().table<AgreementDraftRecord, string>('agreementDrafts')
const versions = () => db().table<AgreementVersionRecord, string>('agreementVersions')

/** A new agreement's data, prefilled from the municipality profile and the board. */
export function prefilledAgreement(profile: MunicipalityProfile | null | undefined, boardName: string, today: string): AgreementInput {
  return {
    municipality: { name: profile?.officialName ?? profile?.name ?? '', organisationsnummer: profile?.organisationsnummer ?? '' },
    board: boardName,
    address: { street: profile?.address?.street ?? '', postalCode: profile?.address?.postalCode ?? '', city: profile?.address?.city ?? '' },
    adminContact: { name: '', title: '', email: '', phone: '' },
    technicalContact: { name: '', title: '', email: '', phone: '' },
    caseSystem: { product: '', vendor: '' },
    place: profile?.address?.city ?? '',
    date: today,
    signatories: [{ name: '', title: '' }]
  }
}

/** Newest first. */
export async function listAgreementDrafts(boardId: string): Promise<AgreementDraftRecord[]> {
  const list = keepWellFormed<AgreementDraftRecord>(
    'agreementDrafts',
    await drafts().where('boardId').equals(boardId).toArray(),
    isWellFormedAgreementDraft,
    (d) => (d as { id?: unknown })?.id
  )
  return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export async function getAgreementDraft(id: string): Promise<AgreementDraftRecord | undefined> {
  const draft = await drafts().get(id)
  if (draft === undefined || isWellFormedAgreementDraft(draft)) return draft
  noteDamagedRecord('agreementDrafts', id)
  return undefined
}

export async function createAgreementDraft(boardId: string, name: string, data: AgreementInput): Promise<AgreementDraftRecord> {
  const now = nowIso()
  const draft: AgreementDraftRecord = {
    id: newId(),
    boardId,
    name: name.trim() || 'Anslutningsavtal',
    data: { ...structuredClone(data), events: [...(data.events ?? []), { at: now, text: 'Utkastet skapades' }] },
    status: 'draft',
    createdAt: now,
    updatedAt: now
  }
  await drafts().add(draft)
  return draft
}

export async function saveAgreementDraft(draft: AgreementDraftRecord): Promise<AgreementDraftRecord> {
  const saved = { ...draft, updatedAt: nowIso() }
  await drafts().put(saved)
  return saved
}

export async function renameAgreementDraft(id: string, name: string): Promise<void> {
  await drafts().update(id, { name: name.trim() || 'Anslutningsavtal', updatedAt: nowIso() })
}

/** A copy as a new, unsigned draft (signatures never carry over to a copy). */
export async function duplicateAgreementDraft(id: string, copyName: (name: string) => string): Promise<AgreementDraftRecord> {
  const source = await drafts().get(id)
  if (!source) throw new Error('Utkastet finns inte längre.')
  const data = structuredClone(source.data)
  data.signatories = data.signatories.map(({ name, title }) => ({ name, title }))
  data.events = []
  const { templateFingerprint } = source
  const copy = await createAgreementDraft(source.boardId, copyName(source.name), data)
  if (templateFingerprint) await drafts().update(copy.id, { templateFingerprint })
  return { ...copy, templateFingerprint }
}

/**
 * Removes a draft, its versions and its send package (scans of hand signatures among it) for good
 * (the list offers undo before calling this), and its autosave copy with any signature images in
 * it: nothing of the draft may come back, and nothing of it is left where no screen shows it.
 */
export async function deleteAgreementDraft(id: string): Promise<void> {
  await db().transaction('rw', drafts(), versions(), attachments(), async () => {
    await versions().where('draftId').equals(id).delete()
    await attachments().where('[ownerType+ownerId]').equals([PACKAGE_OWNER_TYPE, id]).delete()
    await drafts().delete(id)
  })
  discardAutosaveCopy(autosaveCopyKeys.agreementDraft(id))
}

/* ---- the package sent to Försäkringskassan ---- */

export const PACKAGE_OWNER_TYPE = 'agreementPackage'
function attachments() {
  return db().table<AttachmentRecord, string>('attachments')
}

export type DocumentSummary = Omit<AttachmentRecord, 'bytes'>
const summary = ({ bytes: _bytes, ...rest }: AttachmentRecord): DocumentSummary => rest

export async function listPackageAttachments(draftId: string): Promise<DocumentSummary[]> {
  const list = await attachments().where('[ownerType+ownerId]').equals([PACKAGE_OWNER_TYPE, draftId]).toArray()
  return list.map(summary).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/**
 * Adds a file to the agreement package, unless it is an undertaking: then it throws with the
 * seed's reason and nothing is stored.
 */
export async function addPackageAttachment(
  draft: AgreementDraftRecord,
  file: { name: string; mimeType: string; bytes: Uint8Array; markedAsUndertaking?: boolean; ownerType?: string }
): Promise<DocumentSummary> {
  const reason = refuseFromPackage(file)
  if (reason) throw new PackageRefusedError(reason)
  const record: AttachmentRecord = {
    id: newId(),
    boardId: draft.boardId,
    ownerType: PACKAGE_OWNER_TYPE,
    ownerId: draft.id,
    name: file.name,
    mimeType: file.mimeType,
    size: file.bytes.byteLength,
    sha256: await sha256Hex(file.bytes),
    bytes: file.bytes,
    createdAt: nowIso()
  }
  await attachments().add(record)
  return summary(record)
}

export const removePackageAttachment = (id: string): Promise<void> => attachments().delete(id)

/** Documents already in the app (other than package copies) that could be added to the package. */
export async function listAppDocuments(boardId: string): Promise<DocumentSummary[]> {
  const all = await attachments().toArray()
  return all.filter((a) => a.ownerType !== PACKAGE_OWNER_TYPE && (a.boardId === boardId || a.boardId === undefined)).map(summary)
}

export const getAttachmentRecord = (id: string): Promise<AttachmentRecord | undefined> => attachments().get(id)

export class PackageRefusedError extends Error {}
