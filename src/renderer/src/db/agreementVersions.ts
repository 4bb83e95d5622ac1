import { db } from './database'
import { newId, nowIso } from './ids'
import type { AgreementDraftRecord, AgreementVersionRecord, AgreementVersionReason } from './types'

const versions = () => db().table<AgreementVersionRecord, string>('agreementVersions')

/** Stores an immutable snapshot of a draft. Called on signing and on export (and by autosave, throttled). */
export async function recordVersion(draft: AgreementDraftRecord, reason: AgreementVersionReason, summary: string): Promise<AgreementVersionRecord> {
  const version: AgreementVersionRecord = {
    id: newId(),
    draftId: draft.id,
    createdAt: nowIso(),
    reason,
    summary,
    data: structuredClone(draft.data),
    status: draft.status
  }
  await versions().add(version)
  return version
}

/** Newest first. */
export async function listVersions(draftId: string): Promise<AgreementVersionRecord[]> {
  const list = await versions().where('draftId').equals(draftId).sortBy('createdAt')
  return list.reverse()
}
