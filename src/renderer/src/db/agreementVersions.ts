import { diffAgreement, summarizeChanges } from '@renderer/domain/drafts/agreementDiff'
import { db } from './database'
import { newId, nowIso } from './ids'
import type { AgreementDraftRecord, AgreementVersionRecord, AgreementVersionReason } from './types'

const versions = () => db().table<AgreementVersionRecord, string>('agreementVersions')
const drafts = () => db().table<AgreementDraftRecord, string>('agreementDrafts')

const REASON_PREFIX: Record<AgreementVersionReason, string> = {
  edit: '',
  signed: 'Undertecknad',
  exported: 'Exporterad',
  restored: 'Återställd'
}

/**
 * Stores an immutable snapshot of a draft. Called on signing and on export (and by autosave,
 * throttled). Without a `summary`, a Swedish one is computed from the difference to the newest
 * earlier version.
 */
export async function recordVersion(
  draft: AgreementDraftRecord,
  reason: AgreementVersionReason,
  summary?: string
): Promise<AgreementVersionRecord> {
  return db().transaction('rw', versions(), async () => {
    let text = summary?.trim()
    if (!text) {
      const [latest] = await listVersions(draft.id)
      const changes = summarizeChanges(latest?.data, draft.data)
      text = REASON_PREFIX[reason] ? `${REASON_PREFIX[reason]}. ${changes}` : changes
    }
    const version: AgreementVersionRecord = {
      id: newId(),
      draftId: draft.id,
      createdAt: uniqueTime(await newestTime(draft.id)),
      reason,
      summary: text,
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
 * Saves a draft after a signature and, when it is now signed by everyone, records the "signed"
 * version, in one transaction: either both are stored or neither (a signed draft without its
 * signed version, or the reverse, would misstate what was signed).
 */
export async function saveSignedDraft(
  draft: AgreementDraftRecord,
  signedSummary: string
): Promise<{ saved: AgreementDraftRecord; version: AgreementVersionRecord | null }> {
  return db().transaction('rw', drafts(), versions(), async () => {
    const saved: AgreementDraftRecord = { ...draft, updatedAt: nowIso() }
    await drafts().put(saved)
    const version = saved.status === 'signed' ? await recordVersion(saved, 'signed', signedSummary) : null
    return { saved, version }
  })
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
  if (latest && diffAgreement(latest.data, draft.data).length === 0) return null
  return recordVersion(draft, 'edit')
}

/**
 * Puts an old version's data back into the draft and records that as a new version; history is
 * never rewritten. If the draft holds edits that no version has captured yet (the throttle), they
 * are first kept as a version of their own, so restoring never loses the newer text.
 */
export async function restoreVersion(draftId: string, versionId: string): Promise<AgreementDraftRecord> {
  const database = db()
  return database.transaction('rw', drafts(), versions(), async () => {
    const [draft, version] = await Promise.all([drafts().get(draftId), versions().get(versionId)])
    if (!draft || !version || version.draftId !== draftId) throw new Error('Versionen finns inte längre.')
    const [latest] = await listVersions(draftId)
    if (!latest || diffAgreement(latest.data, draft.data).length > 0) {
      await recordVersion(draft, 'edit', `Sparad före återställning. ${summarizeChanges(latest?.data, draft.data)}`)
    }
    // A restored version is an unsigned draft again: its data must be signed anew.
    const restored: AgreementDraftRecord = { ...draft, data: structuredClone(version.data), status: 'draft', updatedAt: nowIso() }
    await drafts().put(restored)
    const when = new Date(version.createdAt).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' })
    await recordVersion(restored, 'restored', `Återställd från versionen ${when}. ${summarizeChanges(draft.data, version.data)}`)
    return restored
  })
}
