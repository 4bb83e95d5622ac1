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

/** While editing, keep at most one version per this many minutes. */
export const EDIT_VERSION_INTERVAL_MS = 3 * 60 * 1000

/**
 * Called by the agreement form's autosave: records an 'edit' version when the newest version is
 * older than EDIT_VERSION_INTERVAL_MS (or there is none) and the data differs from it.
 */
export async function recordEditVersionThrottled(draft: AgreementDraftRecord, now = Date.now()): Promise<AgreementVersionRecord | null> {
  const [latest] = await listVersions(draft.id)
  if (latest && now - Date.parse(latest.createdAt) < EDIT_VERSION_INTERVAL_MS) return null
  if (latest && JSON.stringify(latest.data) === JSON.stringify(draft.data)) return null
  return recordVersion(draft, 'edit', latest ? 'Ändringar under redigering' : 'Första versionen')
}

/** Puts an old version's data back into the draft and records that as a new version; history is never rewritten. */
export async function restoreVersion(draftId: string, versionId: string): Promise<AgreementDraftRecord> {
  const database = db()
  const drafts = database.table<AgreementDraftRecord, string>('agreementDrafts')
  return database.transaction('rw', drafts, versions(), async () => {
    const [draft, version] = await Promise.all([drafts.get(draftId), versions().get(versionId)])
    if (!draft || !version || version.draftId !== draftId) throw new Error('Versionen finns inte längre.')
    // A restored version is an unsigned draft again: its data must be signed anew.
    const restored: AgreementDraftRecord = { ...draft, data: structuredClone(version.data), status: 'draft', updatedAt: nowIso() }
    await drafts.put(restored)
    await recordVersion(restored, 'restored', `Återställd från versionen ${version.createdAt.slice(0, 16).replace('T', ' ')}`)
    return restored
  })
}
