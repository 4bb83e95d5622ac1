import Dexie, { type Table } from 'dexie'
import { decodeInPlace, DecodeError, sameStoredValue, takeOnce, type BytesSource, type Json } from '@renderer/domain/backup/codec'
import { BackupError } from '@renderer/domain/backup/errors'
import { parseBackupText, readBackupBlob, type BackupScope } from '@renderer/domain/backup/format'
import { readArchive } from '@renderer/domain/backup/archive'
import { looksLikeZip } from '@renderer/domain/backup/zip'
import { PROFILE_KEY, recordsUsedElsewhere, selectBoardRecords, type RecordsByTable } from '@renderer/domain/backup/boardScope'
import { checkRecordShape, isValidKey } from '@renderer/domain/backup/tableShapes'
import { differentMunicipality, type MunicipalityFacts } from '@renderer/domain/backup/municipality'
import type { Progress } from '@renderer/domain/backup/progress'
import { createPacer, yieldToUi } from '@renderer/domain/backup/stream'
import { startStage } from '@renderer/domain/backup/timing'
import { discardAutosaveCopies } from '@renderer/platform/autosaveCopies'
import { AppDatabase, openDatabase } from '../database'
import { newId } from '../ids'
import { LAST_BACKUP_SETTING } from '../storageHealth'
import { LATEST_SCHEMA_VERSION } from '../schema'
import type { MunicipalityProfile } from '../types'
import { keyId, keyOf, keyPathOf, knownVersionAtOrBelow, tablesAtVersion } from './tables'

export type ImportMode = 'merge' | 'replace'

export type TableImportCounts = {
  /** Table name; the screen shows it in the user's words (i18n tableLabel). */
  table: string
  inFile: number
  added: number
  replaced: number
  unchanged: number
  removed: number
}

/** What the file says about itself, after it was checked. */
export type BackupFacts = {
  formatVersion: number
  encrypted: boolean
  schemaVersion: number
  exportedAt: string
  appVersion: string
  scope: BackupScope
  municipality: MunicipalityFacts | null
  boards: Array<{ id: string; name: string }>
}

/** What an import will do (preview, `applied: false`) or did (`applied: true`). */
export type ImportReport = BackupFacts & {
  mode: ImportMode
  applied: boolean
  /** Older files are migrated before anything is written. */
  migrated: boolean
  /** This installation's municipality when the file's differs from it; null when they agree. */
  otherMunicipality: { file: MunicipalityFacts; here: MunicipalityFacts } | null
  /** True when applying in this mode replaces this installation's municipality profile. */
  replacesProfile: boolean
  tables: TableImportCounts[]
  totals: { inFile: number; added: number; replaced: number; unchanged: number; removed: number }
  added: number
  replaced: number
  unchanged: number
  removed: number
}

/** A checked, decoded and (if older) migrated backup, ready to preview or apply. */
export type PreparedBackup = { facts: BackupFacts; records: RecordsByTable; migrated: boolean }

export type PrepareOptions = { password?: string; onProgress?: (p: Progress) => void; signal?: AbortSignal }

export type ApplyOptions = {
  /** Required to apply a file from another municipality (the preview warns first). */
  allowOtherMunicipality?: boolean
  onProgress?: (p: Progress) => void
}

/** Settings that describe this computer's backups, not the data: kept as they are on merge. */
const DEVICE_SETTING_PREFIX = 'backup.'
export const LAST_BACKUP_KEY = LAST_BACKUP_SETTING

const shortKey = (key: unknown): string => keyId(key).slice(0, 80)

function pacerFor(signal?: AbortSignal): () => Promise<void> {
  const pace = createPacer()
  return async () => {
    if (signal?.aborted) throw new BackupError('cancelled')
    await pace()
    if (signal?.aborted) throw new BackupError('cancelled')
  }
}

/** Reads and checks a file completely (v1 JSON or v2 archive). Throws BackupError; touches nothing. */
export async function prepareBackup(file: Blob, options: PrepareOptions = {}): Promise<PreparedBackup> {
  const pace = pacerFor(options.signal)
  if (file.size === 0) throw new BackupError('empty')
  let facts: BackupFacts
  let tables: AsyncIterable<[string, Json[]]>
  let files: BytesSource | undefined
  if (await looksLikeZip(file)) {
    const archive = await readArchive(file, {
      password: options.password,
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      onProgress: options.onProgress,
      pace
    })
    const m = archive.manifest
    facts = {
      formatVersion: 2,
      encrypted: m.encrypted,
      schemaVersion: m.schemaVersion,
      exportedAt: m.exportedAt,
      appVersion: m.appVersion,
      scope: m.scope,
      municipality: m.municipality,
      boards: m.boards
    }
    tables = archive.tables()
    files = archive.files
  } else {
    options.onProgress?.({ stage: 'reading', done: 0, total: 1 })
    const parsed = await parseBackupText(await readBackupBlob(file), LATEST_SCHEMA_VERSION)
    const h = parsed.header
    const boards = (parsed.tables.boards ?? [])
      .map((b) => b as { id?: unknown; name?: unknown })
      .map((b) => ({ id: typeof b.id === 'string' ? b.id : '', name: typeof b.name === 'string' ? b.name : '' }))
    facts = {
      formatVersion: 1,
      encrypted: false,
      schemaVersion: h.schemaVersion,
      exportedAt: h.exportedAt,
      appVersion: h.appVersion,
      scope: h.scope,
      municipality: h.municipality,
      boards
    }
    const entries = Object.entries(parsed.tables)
    // The same async iteration as the archive's table reader, over tables already in memory.
    tables = (async function* () {
      for (const entry of entries) yield await Promise.resolve(entry)
    })()
  }
  await pace()

  const fileVersion = knownVersionAtOrBelow(facts.schemaVersion)
  const known = tablesAtVersion(fileVersion)
  const probe = new AppDatabase(`anslutningsguiden-probe-${newId()}`, fileVersion) // declares tables only; never opened
  const records: RecordsByTable = {}
  // Each attachment goes to the record naming it as read from the file, not as a copy.
  const take = takeOnce(files)
  for await (const [name, list] of tables) {
    if (!known.has(name)) throw new BackupError('unknown-table', { table: name })
    const stopDecode = startStage('decode')
    const keyPath = keyPathOf(probe.table(name))
    const seen = new Set<string>()
    const decoded = new Array<Record<string, unknown>>(list.length)
    for (let i = 0; i < list.length; i++) {
      if ((i & 255) === 0) await pace()
      const json = list[i]!
      if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw new BackupError('invalid-content', { table: name, record: i + 1, detail: 'type' })
      let record: unknown
      try {
        // The parsed JSON is this loop's alone: decoded where it lies, not copied.
        record = decodeInPlace(json, take)
      } catch (error) {
        if (error instanceof DecodeError) throw new BackupError('invalid-content', { table: name, record: i + 1, detail: error.message })
        throw error
      }
      const key = keyOf(record, keyPath)
      if (!isValidKey(key)) throw new BackupError('invalid-content', { table: name, record: i + 1, detail: 'key' })
      const id = keyId(key)
      if (seen.has(id))
        throw new BackupError('invalid-content', { table: name, record: i + 1, recordKey: id.slice(0, 80), detail: 'duplicate-key' })
      seen.add(id)
      decoded[i] = record as Record<string, unknown>
    }
    records[name] = decoded
    stopDecode()
  }
  if (facts.formatVersion === 2) {
    // The archive's board list is what the preview shows: it must agree with the data.
    const inData = (records.boards ?? []).map((b) => `${String(b.id)}\u0000${String(b.name)}`).sort()
    const listed = facts.boards.map((b) => `${b.id}\u0000${b.name}`).sort()
    if (inData.join('\n') !== listed.join('\n')) throw new BackupError('damaged', { detail: 'boards' })
  }

  if (facts.scope.kind === 'board') {
    // A one-board file may hold nothing that belongs elsewhere (else "replace" would be unbounded).
    const selected = selectBoardRecords(records, facts.scope.boardId)
    for (const [name, list] of Object.entries(records)) {
      if (selected[name]!.length !== list.length) throw new BackupError('wrong-scope')
    }
  }

  // The shapes describe the current schema: an older file is checked after its upgrade.
  const migrated = fileVersion < LATEST_SCHEMA_VERSION
  const final = migrated ? await migrate(records, fileVersion) : records
  const stopCheck = startStage('check-shapes')
  let checked = 0
  const total = Object.values(final).reduce((n, l) => n + l.length, 0)
  for (const [name, list] of Object.entries(final)) {
    for (let i = 0; i < list.length; i++) {
      if ((++checked & 255) === 0) {
        options.onProgress?.({ stage: 'checking', done: checked, total })
        await pace()
      }
      const problem = checkRecordShape(name, list[i])
      if (problem) {
        const key = keyOf(list[i], keyPathOf(probe.table(name)))
        throw new BackupError('invalid-content', {
          table: name,
          record: i + 1,
          recordKey: shortKey(key),
          field: problem.field,
          detail: problem.detail
        })
      }
    }
  }
  stopCheck()
  await pace()
  return { facts, records: final, migrated }
}

/** Runs the app's own upgrades on an older file's data, in a scratch database that is then deleted. */
async function migrate(records: RecordsByTable, fromVersion: number): Promise<RecordsByTable> {
  const name = `anslutningsguiden-import-${newId()}`
  try {
    const old = new AppDatabase(name, fromVersion)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, list] of Object.entries(records)) await old.table(table).bulkPut(list)
    })
    old.close()
    const latest = new AppDatabase(name)
    await latest.open()
    const out: RecordsByTable = {}
    await latest.transaction('r', latest.tables, async () => {
      for (const table of latest.tables) out[table.name] = (await table.toArray()) as Array<Record<string, unknown>>
    })
    latest.close()
    return out
  } catch (error) {
    throw new BackupError('write-failed', { reason: 'migration', detail: (error as Error)?.message })
  } finally {
    await Dexie.delete(name).catch(() => undefined)
  }
}

type Change = { puts: Array<Record<string, unknown>>; deletes: unknown[]; counts: TableImportCounts }

const profileFacts = (p: Partial<MunicipalityProfile> | undefined): MunicipalityFacts | null =>
  p && typeof p.code === 'string'
    ? { code: p.code, name: String(p.name ?? ''), officialName: p.officialName, organisationsnummer: p.organisationsnummer }
    : null

function otherMunicipality(prepared: PreparedBackup, hereProfile: unknown): ImportReport['otherMunicipality'] {
  const here = profileFacts(hereProfile as MunicipalityProfile | undefined)
  const fileProfile = profileFacts(prepared.records.settings?.find((r) => r.key === PROFILE_KEY)?.value as MunicipalityProfile | undefined)
  const file = fileProfile ?? prepared.facts.municipality
  if (!here || !file) return null
  return differentMunicipality(file, here) ? { file, here } : null
}

/**
 * What the comparison needs to know about the database before it looks at any table: the
 * municipality profile, and for a one-board file which stored records belong to that board and
 * which another board still uses. Only the fields that decide where a record belongs are kept
 * (never the data itself), so this stays small however much is stored.
 */
type Situation = {
  /** This installation's profile record exists (its value may still be damaged). */
  hasProfile: boolean
  hereProfile: unknown
  /** table → keys (keyId) of the stored records in the file's scope; null = every stored record. */
  scoped: Map<string, Set<string>> | null
  usedElsewhere: Map<string, Set<string>>
}

/** The fields boardScope.ts looks at, plus the key (a one-board file's scope is decided by them). */
const SCOPE_FIELDS = ['id', 'key', 'boardId', 'draftId', 'ownerId', 'templateFingerprint', 'fingerprint'] as const

async function situation(prepared: PreparedBackup, mode: ImportMode, tables: Table[]): Promise<Situation> {
  const settings = tables.find((t) => t.name === 'settings')
  const stored = settings ? ((await settings.get(PROFILE_KEY)) as { value?: unknown } | undefined) : undefined
  const hasProfile = stored !== undefined
  const hereProfile = stored?.value
  const scope = prepared.facts.scope
  if (scope.kind !== 'board') return { hasProfile, hereProfile, scoped: null, usedElsewhere: new Map() }
  const keyPaths = new Map(tables.map((t) => [t.name, keyPathOf(t)]))
  const skeleton: RecordsByTable = {}
  for (const table of tables) {
    const keyFields = [keyPaths.get(table.name) ?? []].flat()
    const list: Array<Record<string, unknown>> = []
    await table.each((r: Record<string, unknown>) => {
      const kept: Record<string, unknown> = {}
      for (const f of [...SCOPE_FIELDS, ...keyFields]) if (f in r) kept[f] = r[f]
      list.push(kept)
    })
    skeleton[table.name] = list
  }
  const idOf = (t: string, r: Record<string, unknown>) => keyId(keyOf(r, keyPaths.get(t) ?? null))
  const scoped = new Map<string, Set<string>>()
  for (const [name, list] of Object.entries(selectBoardRecords(skeleton, scope.boardId)))
    scoped.set(name, new Set(list.map((r) => idOf(name, r))))
  const usedElsewhere = mode === 'replace' ? recordsUsedElsewhere(skeleton, scope.boardId, idOf) : new Map<string, Set<string>>()
  return { hasProfile, hereProfile, scoped, usedElsewhere }
}

/** Stored records are compared a page at a time, in key order: never the whole table in memory. */
const PAGE = 500

/**
 * Works out what applying the file in `mode` changes in one table, reading the stored records a
 * page at a time (the file's records are already in memory; the database's need not be).
 */
async function planTable(prepared: PreparedBackup, mode: ImportMode, known: Situation, table: Table): Promise<Change> {
  const { facts, records } = prepared
  const scope = facts.scope
  const name = table.name
  const keyPath = keyPathOf(table)
  let incoming = records[name] ?? []
  if (name === 'settings') {
    const hasProfile = known.hasProfile
    incoming = incoming.filter((r) => {
      const key = String(r.key)
      // Only a full "Ersätt" may replace the municipality profile of this computer; merging or a
      // one-board file adds it only where there is none.
      if (key === PROFILE_KEY) return !hasProfile || (scope.kind === 'all' && mode === 'replace')
      if (key.startsWith(DEVICE_SETTING_PREFIX)) return mode === 'replace' && scope.kind === 'all'
      return true
    })
  }
  const counts: TableImportCounts = { table: name, inFile: (records[name] ?? []).length, added: 0, replaced: 0, unchanged: 0, removed: 0 }
  const position = new Map<string, number>()
  for (let i = 0; i < incoming.length; i++) position.set(keyId(keyOf(incoming[i], keyPath)), i)
  // Per incoming record: 0 = not stored, 1 = stored and equal, 2 = stored and different.
  const found = new Uint8Array(incoming.length)
  const deletes: unknown[] = []
  const inScope = known.scoped?.get(name)
  const keep = known.usedElsewhere.get(name)
  const readPage = (after: unknown) =>
    (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(PAGE).toArray() as Promise<
      Array<Record<string, unknown>>
    >
  let next = readPage(undefined)
  for (;;) {
    const page = await next
    // The next page is asked for before this one is compared, so the database reads while this
    // thread compares (at most two pages are held).
    if (page.length === PAGE) next = readPage(keyOf(page[page.length - 1], keyPath))
    for (const r of page) {
      const key = keyOf(r, keyPath)
      const id = keyId(key)
      const at = position.get(id)
      if (at !== undefined) {
        found[at] = sameStoredValue(r, incoming[at]) ? 1 : 2
        continue
      }
      if (mode !== 'replace' || (known.scoped && !inScope?.has(id)) || keep?.has(id)) continue
      if (name === 'settings' && (scope.kind === 'board' ? r.key === PROFILE_KEY : String(r.key).startsWith(DEVICE_SETTING_PREFIX)))
        continue
      deletes.push(key)
      counts.removed++
    }
    if (page.length < PAGE) break
  }
  const puts: Array<Record<string, unknown>> = []
  for (let i = 0; i < incoming.length; i++) {
    // Equal already: writing it again would only cost time.
    if (found[i] === 1) counts.unchanged++
    else {
      if (found[i] === 2) counts.replaced++
      else counts.added++
      puts.push(incoming[i]!)
    }
  }
  return { puts, deletes, counts }
}

function report(
  prepared: PreparedBackup,
  mode: ImportMode,
  counted: TableImportCounts[],
  known: Situation,
  profilePut: boolean,
  applied: boolean
): ImportReport {
  const tables = counted.filter((c) => c.inFile + c.added + c.replaced + c.removed > 0)
  const sum = (k: keyof ImportReport['totals']) => tables.reduce((n, t) => n + t[k], 0)
  const totals = {
    inFile: sum('inFile'),
    added: sum('added'),
    replaced: sum('replaced'),
    unchanged: sum('unchanged'),
    removed: sum('removed')
  }
  return {
    ...prepared.facts,
    mode,
    applied,
    migrated: prepared.migrated,
    otherMunicipality: otherMunicipality(prepared, known.hereProfile),
    replacesProfile: profilePut && known.hasProfile,
    tables,
    totals,
    added: totals.added,
    replaced: totals.replaced,
    unchanged: totals.unchanged,
    removed: totals.removed
  }
}

const putsProfile = (change: Change | undefined): boolean => change?.puts.some((r) => r.key === PROFILE_KEY) ?? false

/** What importing the prepared file would add, replace and remove — nothing is written. */
export async function previewImport(prepared: PreparedBackup, mode: ImportMode = 'merge'): Promise<ImportReport> {
  const database = await openDatabase()
  const tables = database.tables
  return database.transaction('r', tables, async () => {
    const known = await situation(prepared, mode, tables)
    const counted: TableImportCounts[] = []
    let profilePut = false
    for (const table of tables) {
      const change = await planTable(prepared, mode, known, table)
      counted.push(change.counts)
      if (table.name === 'settings') profilePut = putsProfile(change)
    }
    return report(prepared, mode, counted, known, profilePut, false)
  })
}

/**
 * Applies a prepared backup in ONE transaction over every table: all of it, or nothing. Each table
 * is compared and written before the next is read, so the database is never held in memory whole.
 */
export async function applyImport(prepared: PreparedBackup, mode: ImportMode = 'merge', options: ApplyOptions = {}): Promise<ImportReport> {
  const database = await openDatabase()
  const tables = database.tables
  let stopCommit: (() => void) | undefined
  try {
    const result = await database.transaction('rw', tables, async () => {
      options.onProgress?.({ stage: 'comparing', done: 0, total: 1 })
      // Once the import is committed no unsaved autosave copy may win over what it wrote.
      Dexie.currentTransaction.on('complete', () => discardAutosaveCopies())
      const known = await situation(prepared, mode, tables)
      const other = otherMunicipality(prepared, known.hereProfile)
      if (other && !options.allowOtherMunicipality) throw new BackupError('other-municipality', { municipality: other.file.name })
      const counted: TableImportCounts[] = []
      let profilePut = false
      let done = 0
      // A table's writes are not awaited before the next table is compared: the database works
      // through them in order (the next table's reads come after them) while this thread
      // prepares the next. Any failure still aborts the one transaction, so nothing is kept.
      const writes: Array<Promise<unknown>> = []
      const write = (p: Promise<unknown>) => {
        p.catch(() => undefined)
        writes.push(p)
      }
      for (const table of tables) {
        options.onProgress?.({ stage: 'writing', done: done++, total: tables.length })
        const stopCompare = startStage('compare')
        const change = await planTable(prepared, mode, known, table)
        stopCompare()
        counted.push(change.counts)
        if (table.name === 'settings') profilePut = putsProfile(change)
        if (change.deletes.length) write(table.bulkDelete(change.deletes as never[]))
        if (change.puts.length) write(table.bulkPut(change.puts))
      }
      const stopWrite = startStage('write')
      for (const p of writes) await p
      stopWrite()
      stopCommit = startStage('commit')
      return report(prepared, mode, counted, known, profilePut, true)
    })
    stopCommit?.()
    return result
  } catch (error) {
    if (error instanceof BackupError) throw error
    const name = (error as { name?: string })?.name ?? ''
    const inner = (error as { inner?: { name?: string } })?.inner?.name ?? ''
    const quota = name === 'QuotaExceededError' || inner === 'QuotaExceededError'
    throw new BackupError('write-failed', {
      reason: quota ? 'quota' : 'database',
      detail: quota ? undefined : ((error as Error)?.message ?? name)
    })
  }
}

export type ImportOptions = {
  mode: ImportMode
  password?: string
  allowOtherMunicipality?: boolean
  onProgress?: (p: Progress) => void
  signal?: AbortSignal
}

/**
 * Contract: reads v1 and v2 files, checks the whole file first, then applies it in one
 * transaction. On any problem (a damaged, foreign or future file, a wrong or missing password,
 * another municipality's file without `allowOtherMunicipality`) it throws a BackupError and
 * changes nothing.
 */
export async function importBackup(file: Blob, options: ImportOptions = { mode: 'merge' }): Promise<ImportReport> {
  const prepared = await prepareBackup(file, options)
  await yieldToUi()
  return applyImport(prepared, options?.mode ?? 'merge', options)
}
