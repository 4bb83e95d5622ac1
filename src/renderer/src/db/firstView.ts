/**
 * Start-up without waiting. The first screen's data — the municipality profile, the
 * backup reminder, the content edits and the board list — is read in ONE IndexedDB transaction,
 * straight from IndexedDB, while the page's code is still starting: the database library is not
 * needed before the first screen shows. It is loaded (and opens the database) when something
 * else is read or written.
 *
 * The direct read is used only when the database exists at exactly this app's schema version.
 * Anything else (first run, an upgrade to run, a newer database) goes the usual way through
 * openDatabase(), which upgrades or refuses.
 */
import { readProfile } from '@renderer/domain/records/recordShapes'
import type { ContentEdit } from '@renderer/domain/content/edits'
import type { TaskState } from '@renderer/domain/connection/types'
import { boardOverviewFrom, type BoardOverview } from './boardOverview'
import { backupStatusFrom, LAST_BACKUP_SETTING, REMINDER_DAYS_SETTING, type BackupStatus } from './backupStatus'
import { noteDamagedRecord } from './damagedRecords'
import { firstViewGeneration, firstViewPart, offerFirstView } from './firstViewCache'
import { NewerDatabaseError } from './newerDatabase'
import { LATEST_SCHEMA_VERSION } from './schema'
import type { MunicipalityProfile } from './types'

export { NewerDatabaseError } from './newerDatabase'
export type { BoardOverview, BoardOverviewEntry } from './boardOverview'
export type { BackupStatus } from './backupStatus'

const DB_NAME = 'anslutningsguiden' // database.ts DB_NAME (that module loads the database library)
const STORES = ['settings', 'boards', 'taskStates', 'contentEdits', 'agreementDrafts', 'goLiveEvents'] as const

/** Marks read by `npm run bench` for its start-up breakdown (cheap; nothing leaves the page). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`ag:${name}`)
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB'))
  })

/** The database as it is, or null when it does not exist (then nothing is created here). */
function openAsItIs(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest
    try {
      open = indexedDB.open(DB_NAME)
    } catch {
      return resolve(null)
    }
    // Only a database that does not exist yet gets here: leave creating it to the database library.
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => resolve(null)
    open.onblocked = () => resolve(null)
  })
}

type Read = { profile: MunicipalityProfile | null }

/** One read-only transaction over the first screen's tables; null when the usual way must be taken. */
async function readDirectly(): Promise<Read | null> {
  if (typeof indexedDB === 'undefined') return null
  const readAt = firstViewGeneration()
  mark('db-open-start')
  const idb = await openAsItIs()
  if (!idb) return null
  try {
    // The database library stores its schema version times ten.
    if (idb.version > LATEST_SCHEMA_VERSION * 10) throw new NewerDatabaseError()
    if (idb.version !== LATEST_SCHEMA_VERSION * 10 || STORES.some((s) => !idb.objectStoreNames.contains(s))) return null
    mark('db-open-end')
    const tx = idb.transaction([...STORES], 'readonly')
    const store = (name: (typeof STORES)[number]) => tx.objectStore(name)
    const [profileRow, lastRow, daysRow, boards, taskStates, contentEdits, drafts, goLive] = await Promise.all([
      request<unknown>(store('settings').get('profile')),
      request<unknown>(store('settings').get(LAST_BACKUP_SETTING)),
      request<unknown>(store('settings').get(REMINDER_DAYS_SETTING)),
      request<unknown[]>(store('boards').getAll()),
      request<unknown[]>(store('taskStates').getAll()),
      request<unknown[]>(store('contentEdits').getAll()),
      request<unknown[]>(store('agreementDrafts').getAll()),
      request<unknown[]>(store('goLiveEvents').getAll())
    ])
    mark('db-read-end')
    const value = (row: unknown) => (row as { value?: unknown } | undefined)?.value
    const { profile, damaged } = readProfile(value(profileRow))
    if (damaged.length) noteDamagedRecord('settings', 'profile')
    const parts = new Map<string, unknown>([
      ['backupStatus', backupStatusFrom(value(lastRow), value(daysRow), value(profileRow))],
      // Stored in key order, which is the order of `seq`: as listContentEdits returns them.
      ['contentEdits', contentEdits],
      ['boardOverview', boardOverviewFrom(boards, taskStates as TaskState[], drafts, goLive)]
    ])
    offerFirstView(readAt, parts)
    return { profile }
  } finally {
    idb.close()
  }
}

let started: Promise<Read | null> | null = null
let finished: Read | null = null

/** Starts the first screen's read as early as possible (app/boot.ts, before React and the app's code). */
export function prefetchFirstView(): void {
  started ??= readDirectly().then(
    (read) => (finished = read),
    (error: unknown) => {
      if (error instanceof NewerDatabaseError) throw error
      return null
    }
  )
  started.catch(() => undefined)
}

/**
 * Resolves when the start-up read has finished, or after `atMostMs`: the first render then shows
 * the screen with its data at once, instead of a "Laddar…" that is laid out and painted only to
 * be replaced a moment later. Never rejects; the shell reports a failed read itself.
 */
export function firstViewSettled(atMostMs: number): Promise<void> {
  if (!started) return Promise.resolve()
  return Promise.race([started.then(noop, noop), new Promise<void>((resolve) => setTimeout(resolve, atMostMs))])
}

/** The start-up read's result once it has finished (the profile, null when none is stored); undefined until then or when it was not used. */
export function finishedFirstView(): { profile: MunicipalityProfile | null } | undefined {
  return finished ?? undefined
}

const noop = (): void => undefined

/**
 * Opens the app's data for the shell: the municipality profile (null on first run or in safe mode,
 * where nothing but the database's version is read). Throws NewerDatabaseError.
 */
export async function startDatabase(options: { safeMode: boolean }): Promise<MunicipalityProfile | null> {
  if (!options.safeMode) {
    prefetchFirstView()
    const read = await started!
    if (read) return read.profile
  }
  mark('db-open-start')
  const { openDatabase } = await import('./database')
  await openDatabase()
  mark('db-open-end')
  if (options.safeMode) return null
  const { getProfile } = await import('./settings')
  const profile = (await getProfile()) ?? null
  mark('db-read-end')
  return profile
}

/** The backup reminder's status: from the start-up read while it is current, else from the database. */
export async function readBackupStatus(): Promise<BackupStatus> {
  return firstViewPart<BackupStatus>('backupStatus') ?? (await import('./storageHealth')).getBackupStatus()
}

/** The municipality's content edits (oldest first). */
export async function readContentEdits(): Promise<ContentEdit[]> {
  return firstViewPart<ContentEdit[]>('contentEdits') ?? (await import('./contentEdits')).listContentEdits()
}

/**
 * What the start-up read holds, without waiting: lets the first screen render its content in its
 * very first render instead of a "Laddar…" that a promise replaces a moment later. Undefined once
 * anything was written or the user moved on: then read with the functions above and below.
 */
export const peekContentEdits = (): ContentEdit[] | undefined => firstViewPart<ContentEdit[]>('contentEdits')
export const peekBoardOverview = (): BoardOverview | undefined => firstViewPart<BoardOverview>('boardOverview')
export const peekBackupStatus = (): BackupStatus | undefined => firstViewPart<BackupStatus>('backupStatus')

/** Every board with its task states, connection state and agreement contacts, in one transaction. */
export async function readBoardOverview(): Promise<BoardOverview> {
  return firstViewPart<BoardOverview>('boardOverview') ?? (await import('./boardOverviewStore')).readBoardOverviewFromDatabase()
}
