import { agreementDataDiffers } from '@renderer/domain/drafts/agreementDiff'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { AgreementDraftRecord, AgreementVersionRecord, AgreementVersionReason } from './types'

const versions = () => db().table<AgreementVersionRecord, string>('agreementVersions')
const drafts = () => db().table<AgreementDraftRecord, string>('agreementDrafts')

/**
 * Stores an immutable snapshot of a draft. `note` is the event's own words (who signed, the
 * exported file), made by the caller; what changed since the version before is worked out when
 * the history is shown, from the snapshots themselves.
 */
export async function recordVersion(
  draft: AgreementDraftRecord,
  reason: AgreementVersionReason,
  note = ''
): Promise<AgreementVersionRecord> {
  return db().transaction('rw', versions(), async () => {
    const version: AgreementVersionRecord = {
      id: newId(),
      draftId: draft.id,
      createdAt: uniqueTime(await newestTime(draft.id)),
      reason,
      summary: note.trim(),
      data: structuredClone(draft.data),
      status: draft.status
    }
    await versions().add(version)
    return version
  })
}

async function newestTime(draftId: string): Promise<string | undefined> {
  const [latest] = await listVersions(draftId)
  return latest?.createdAt
}

/** Versions sort by time: two in the same millisecond would have no order, so the later one moves on by 1 ms. */
function uniqueTime(previous: string | undefined): string {
  const now = nowIso()
  if (!previous || now > previous) return now
  return new Date(Date.parse(previous) + 1).toISOString()
}

/** Newest first. */
export async function listVersions(draftId: string): Promise<AgreementVersionRecord[]> {
  const list = await versions().where('draftId').equals(draftId).sortBy('createdAt')
  return list.reverse()
}

export async function getVersion(versionId: string): Promise<AgreementVersionRecord | undefined> {
  return versions().get(versionId)
}

/**
 * The end of an editing session: records an 'edit' version of the draft when its data differs
 * from the newest version (or there is none yet). Returns null when there was nothing new.
 */
export async function recordEditVersion(draft: AgreementDraftRecord, note = ''): Promise<AgreementVersionRecord | null> {
  return db().transaction('rw', versions(), async () => {
    const [latest] = await listVersions(draft.id)
    if (latest && !agreementDataDiffers(latest.data, draft.data)) return null
    return recordVersion(draft, 'edit', note)
  })
}

/** The stored draft's edits since its newest version, kept as a version (see recordEditVersion). */
export async function recordStoredEditVersion(draftId: string): Promise<AgreementVersionRecord | null> {
  return db().transaction('rw', drafts(), versions(), async () => {
    const draft = await drafts().get(draftId)
    return draft ? recordEditVersion(draft) : null
  })
}

/**
 * Saves a draft after a signature and records the signature as a 'signed' version, in one
 * transaction: either both are stored or neither (a signature without its version, or the
 * reverse, would misstate what was signed). Every signature is a version of its own.
 */
export async function saveSignedDraft(
  draft: AgreementDraftRecord,
  note: string
): Promise<{ saved: AgreementDraftRecord; version: AgreementVersionRecord }> {
  return db().transaction('rw', drafts(), versions(), async () => {
    const saved: AgreementDraftRecord = { ...draft, updatedAt: nowIso() }
    await drafts().put(saved)
    const version = await recordVersion(saved, 'signed', note)
    return { saved, version }
  })
}

/** The version (or its draft) is gone: deleted in another window, or a backup was restored. */
export class VersionMissingError extends Error {
  constructor() {
    super('version-missing')
    this.name = 'VersionMissingError'
  }
}

/**
 * Puts an old version's data back into the draft and records that as a new version; history is
 * never rewritten. If the draft holds edits that no version has captured yet (the editing session
 * is still open), they are first kept as a version of their own, so restoring never loses the
 * newer text. The notes are the caller's words for those two versions.
 */
export async function restoreVersion(
  draftId: string,
  versionId: string,
  notes: { savedBefore: string; restoredFrom: (version: AgreementVersionRecord) => string }
): Promise<AgreementDraftRecord> {
  return db().transaction('rw', drafts(), versions(), async () => {
    const [draft, version] = await Promise.all([drafts().get(draftId), versions().get(versionId)])
    if (!draft || !version || version.draftId !== draftId) throw new VersionMissingError()
    await recordEditVersion(draft, notes.savedBefore)
    // A restored version is an unsigned draft again: its data must be signed anew.
    const restored: AgreementDraftRecord = { ...draft, data: structuredClone(version.data), status: 'draft', updatedAt: nowIso() }
    await drafts().put(restored)
    await recordVersion(restored, 'restored', notes.restoredFrom(version))
    return restored
  })
}
