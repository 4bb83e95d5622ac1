import { decodeValue, encodeValue, type Json } from '@renderer/domain/backup/codec'

/**
 * Write-ahead copies of unsaved form values, the only module that touches localStorage for them.
 *
 * localStorage is written synchronously into the browser process, so a copy survives the window
 * closing or the renderer crashing in the ~0.3 s before the debounced database write lands. Each
 * copy carries `base`: the revision of the stored record it was taken from (see
 * domain/drafts/contentRevision.ts). A copy is applied only while the stored record still has
 * that revision; once the record has changed (a save, a restored backup, an older version put
 * back) the copy is stale and is deleted instead of winning over the database.
 *
 * Copies are removed when their value is stored, when their record is deleted, and by every
 * import (discardAutosaveCopies). A copy may hold signature images; it goes with the copy.
 */
const PREFIX = 'anslutningsguiden:autosave:'

type Entry = { seq: number; base: string; value: Json }

/** Names of the copies, one per autosaving form; records that are deleted name their copies here. */
export const autosaveCopyKeys = {
  agreementDraft: (draftId: string) => `agreement-draft:${draftId}`,
  profileFacts: () => 'profile-facts',
  fkAddress: () => 'fk-address',
  undertakingTemplate: () => 'undertaking-template',
  backupReminder: () => 'backup-reminder',
  boardPanel: (boardId: string, panel: string) => `board:${boardId}:${panel}`,
  /** Every copy that belongs to a board (for when the board's data is removed). */
  boardPrefix: (boardId: string) => `board:${boardId}:`,
  undertakingPolicy: () => 'undertaking-policy',
  /** The details form on a person's page (personal data: erasure removes it with caseworkerPrefix). */
  caseworkerDetails: (caseworkerId: string) => `caseworker:${caseworkerId}:details`,
  /** Every copy holding a caseworker's personal data (erasure removes them). */
  caseworkerPrefix: (caseworkerId: string) => `caseworker:${caseworkerId}:`
}

let counter = 0
const nextSeq = () => Date.now() * 1000 + (counter++ % 1000)

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function readEntry(key: string): Entry | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key)
    if (!raw) return undefined
    const entry = JSON.parse(raw) as Entry
    if (typeof entry?.seq !== 'number' || typeof entry.base !== 'string' || !('value' in entry)) throw new Error('damaged')
    return entry
  } catch {
    // A damaged or foreign entry can never be checked against the database: drop it.
    discardAutosaveCopy(key)
    return undefined
  }
}

/**
 * Keeps `value` as the newest unsaved state of `key`, taken from the stored revision `base`.
 * Returns the copy's sequence number, or null when storage refused it (quota): then any older copy
 * is removed too, so an outdated value can never come back later.
 */
export function writeAutosaveCopy(key: string, value: unknown, base: string): number | null {
  const seq = nextSeq()
  try {
    const store = storage()
    if (!store) return null
    store.setItem(PREFIX + key, JSON.stringify({ seq, base, value: encodeValue(value) } satisfies Entry))
    return seq
  } catch {
    discardAutosaveCopy(key)
    return null
  }
}

/** Sequence number and base revision of the copy of `key`, without decoding its value. */
export function peekAutosaveCopy(key: string): { seq: number; base: string } | undefined {
  const entry = readEntry(key)
  return entry && { seq: entry.seq, base: entry.base }
}

/**
 * The unsaved value of `key` if the stored record is still the one the copy was taken from
 * (`storedRevision` equals the copy's base). A copy of another revision is stale: it is deleted
 * and undefined returned, so the stored record wins.
 */
export function recoverAutosaveCopy<T>(key: string, storedRevision: string): T | undefined {
  const entry = readEntry(key)
  if (!entry) return undefined
  if (entry.base !== storedRevision) {
    discardAutosaveCopy(key)
    return undefined
  }
  try {
    return decodeValue(entry.value) as T
  } catch {
    discardAutosaveCopy(key)
    return undefined
  }
}

/**
 * A save has stored the value written as `savedSeq` (undefined: a value no copy was kept for), and
 * the record now has revision `storedRevision`. The copy of that value (or an older one) is
 * removed; a newer copy, typed while the save ran, is moved onto the new revision because its
 * value was made from the one just stored.
 */
export function settleAutosaveCopy(key: string, savedSeq: number | undefined, storedRevision: string): void {
  const entry = readEntry(key)
  if (!entry) return
  if (savedSeq !== undefined && entry.seq <= savedSeq) {
    discardAutosaveCopy(key)
    return
  }
  if (entry.base === storedRevision) return
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ ...entry, base: storedRevision } satisfies Entry))
  } catch {
    // Could not move it: it keeps its old base and would be judged stale later. The newer value
    // is still in the window and its own save follows within a second.
  }
}

export function discardAutosaveCopy(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key)
  } catch {
    // Nothing more can be done; a copy that cannot be read is never applied.
  }
}

/**
 * Removes every copy (or those whose name starts with `keyPrefix`). Called after an import has
 * replaced or merged records: no copy may then win over what was imported.
 */
export function discardAutosaveCopies(keyPrefix = ''): void {
  const store = storage()
  if (!store) return
  try {
    const doomed: string[] = []
    for (let i = 0; i < store.length; i++) {
      const name = store.key(i)
      if (name?.startsWith(PREFIX + keyPrefix)) doomed.push(name)
    }
    for (const name of doomed) store.removeItem(name)
  } catch {
    // See discardAutosaveCopy.
  }
}

/**
 * The copy bookkeeping of one autosaving form (used by useAutosave; plain so it is testable
 * without React). `revisionOf` gives a value's revision as it will read back once stored.
 */
export type CopyTracker<T> = { begin(value: T): boolean; changed(value: T): void; saved(value: T): void }

export function createCopyTracker<T>(key: string, revisionOf: (value: T) => string): CopyTracker<T> {
  // Copy sequence number per value waiting to be saved; and the revision the database holds.
  const pending = new Map<T, number>()
  let stored = ''
  return {
    /**
     * The form shows `value`, loaded from the database or recovered from a copy. Returns true when
     * it came from a copy and must be saved (that save removes the copy).
     */
    begin(value: T): boolean {
      pending.clear()
      const copy = peekAutosaveCopy(key)
      if (!copy) {
        stored = revisionOf(value)
        return false
      }
      stored = copy.base
      pending.set(value, copy.seq)
      return true
    },
    /** The user changed the form to `value` (not stored yet). */
    changed(value: T): void {
      const seq = writeAutosaveCopy(key, value, stored)
      if (seq !== null) pending.set(value, seq)
    },
    /** `value` is now stored. */
    saved(value: T): void {
      const seq = pending.get(value)
      if (seq !== undefined) for (const [v, s] of pending) if (s <= seq) pending.delete(v)
      stored = revisionOf(value)
      settleAutosaveCopy(key, seq, stored)
    }
  }
}
