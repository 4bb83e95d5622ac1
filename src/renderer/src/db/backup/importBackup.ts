import Dexie, { type Table } from 'dexie'
import { decodeValue, DecodeError, sameStoredValue } from '@renderer/domain/backup/codec'
import { BackupError, parseBackupText, readBackupBlob, type BackupHeader, type BackupScope } from '@renderer/domain/backup/format'
import { PROFILE_KEY, selectBoardRecords, type RecordsByTable } from '@renderer/domain/backup/boardScope'
import { isValidKey, tableShapes } from '@renderer/domain/backup/tableShapes'
import { backupErrors, tableLabel } from '@renderer/i18n/backup'
import { discardAutosaveCopies } from '@renderer/platform/autosaveCopies'
import { AppDatabase, openDatabase } from '../database'
import { newId } from '../ids'
import { LAST_BACKUP_SETTING } from '../storageHealth'
import { LATEST_SCHEMA_VERSION } from '../schema'
import { createPacer } from '@renderer/domain/backup/stream'
import { keyId, keyOf, keyPathOf, knownVersionAtOrBelow, tablesAtVersion, yieldToUi } from './tables'

export type ImportMode = 'merge' | 'replace'

export type TableImportCounts = {
  table: string
  /** Swedish, for the preview. */
  label: string
  inFile: number
  added: number
  replaced: number
  unchanged: number
  removed: number
}

/** What an import will do (preview, `applied: false`) or did (`applied: true`). */
export type ImportReport = {
  mode: ImportMode
  applied: boolean
  scope: BackupScope
  exportedAt: string
  appVersion: string
  /** The file's schema version; older files are migrated before anything is written. */
  schemaVersion: number
  migrated: boolean
  municipality: BackupHeader['municipality']
  tables: TableImportCounts[]
  totals: { inFile: number; added: number; replaced: number; unchanged: number; removed: number }
  /** The same totals, at the top for convenience. */
  added: number
  replaced: number
  unchanged: number
  removed: number
}

/** A checked, decoded and (if older) migrated backup, ready to preview or apply. */
export type PreparedBackup = { header: BackupHeader; records: RecordsByTable; migrated: boolean }

/** Settings that describe this computer's backups, not the data: kept as they are on merge. */
const DEVICE_SETTING_PREFIX = 'backup.'
export const LAST_BACKUP_KEY = LAST_BACKUP_SETTING

/** Reads and checks a file completely. Throws BackupError (Swedish message); touches nothing. */
export async function prepareBackup(file: Blob): Promise<PreparedBackup> {
  const text = await readBackupBlob(file)
  const parsed = await parseBackupText(text, LATEST_SCHEMA_VERSION)
  await yieldToUi()
  const { header } = parsed
  const fileVersion = knownVersionAtOrBelow(header.schemaVersion)
  const known = tablesAtVersion(fileVersion)
  const probe = new AppDatabase(`anslutningsguiden-probe-${newId()}`, fileVersion) // declares tables only; never opened

  const records: RecordsByTable = {}
  const pace = createPacer()
  for (const [name, list] of Object.entries(parsed.tables)) {
    if (!known.has(name)) throw new BackupError('unknown-table', backupErrors.unknownTable(name))
    const keyPath = keyPathOf(probe.table(name))
    const seen = new Set<string>()
    const decoded: Array<Record<string, unknown>> = []
    for (let i = 0; i < list.length; i++) {
      await pace()
      const where = (detail: string) => backupErrors.invalidContent(`${tableLabel(name)}, post ${i + 1}: ${detail}`)
      let record: unknown
      try {
        record = decodeValue(list[i]!)
      } catch (error) {
        if (error instanceof DecodeError) throw new BackupError('invalid-content', where(error.message))
        throw error
      }
      const key = keyOf(record, keyPath)
      if (!isValidKey(key)) throw new BackupError('invalid-content', where('nyckeln saknas eller är ogiltig'))
      const id = keyId(key)
      if (seen.has(id)) throw new BackupError('invalid-content', where('samma nyckel förekommer två gånger'))
      seen.add(id)
      decoded.push(record as Record<string, unknown>)
    }
    records[name] = decoded
    await yieldToUi()
  }

  if (header.scope.kind === 'board') {
    // A one-board file may hold nothing that belongs elsewhere (else "replace" would be unbounded).
    const selected = selectBoardRecords(records, header.scope.boardId)
    for (const [name, list] of Object.entries(records)) {
      if (selected[name]!.length !== list.length) throw new BackupError('wrong-scope', backupErrors.wrongScope)
    }
  }

  // The shapes describe the current schema: an older file is checked after its upgrade.
  const migrated = fileVersion < LATEST_SCHEMA_VERSION
  const final = migrated ? await migrate(records, fileVersion) : records
  await checkShapes(final, pace)
  return { header, records: final, migrated }
}

async function checkShapes(records: RecordsByTable, pace: () => Promise<void>): Promise<void> {
  for (const [name, list] of Object.entries(records)) {
    const shape = tableShapes[name]
    if (!shape) continue
    for (let i = 0; i < list.length; i++) {
      await pace()
      const result = shape.safeParse(list[i])
      if (!result.success) {
        const issue = result.error.issues[0]!
        const detail = `${issue.path.join('.')} ${issue.message}`.trim()
        throw new BackupError('invalid-content', backupErrors.invalidContent(`${tableLabel(name)}, post ${i + 1}: ${detail}`))
      }
    }
  }
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
    throw new BackupError('write-failed', backupErrors.writeFailed(`den äldre filen kunde inte uppgraderas (${(error as Error)?.message ?? error}).`))
  } finally {
    await Dexie.delete(name).catch(() => undefined)
  }
}

type Change = { puts: Array<Record<string, unknown>>; deletes: unknown[]; counts: TableImportCounts }

/** Works out, table by table, what applying the file in `mode` changes. Pure over the two snapshots. */
function plan(prepared: PreparedBackup, mode: ImportMode, current: RecordsByTable, tables: Table[]): Map<string, Change> {
  const { header, records } = prepared
  const scope = header.scope
  const scoped = scope.kind === 'board' ? selectBoardRecords(current, scope.boardId) : current
  const changes = new Map<string, Change>()
  for (const table of tables) {
    const name = table.name
    const keyPath = keyPathOf(table)
    const existing = new Map<string, Record<string, unknown>>()
    for (const r of current[name] ?? []) {
      existing.set(keyId(keyOf(r, keyPath)), r)
    }
    let incoming = records[name] ?? []
    if (name === 'settings') {
      incoming = incoming.filter((r) => {
        const key = String(r.key)
        // A one-board file never overrides the profile of the computer it is read into.
        if (scope.kind === 'board') return key !== PROFILE_KEY || !existing.has(keyId(PROFILE_KEY))
        if (key.startsWith(DEVICE_SETTING_PREFIX)) return mode === 'replace'
        return true
      })
    }
    const counts: TableImportCounts = { table: name, label: tableLabel(name), inFile: (records[name] ?? []).length, added: 0, replaced: 0, unchanged: 0, removed: 0 }
    const incomingIds = new Set<string>()
    for (const r of incoming) {
      const id = keyId(keyOf(r, keyPath))
      incomingIds.add(id)
      const before = existing.get(id)
      if (!before) counts.added++
      else if (sameStoredValue(before, r)) counts.unchanged++
      else counts.replaced++
    }
    const deletes: unknown[] = []
    if (mode === 'replace') {
      for (const r of scoped[name] ?? []) {
        const key = keyOf(r, keyPath)
        const id = keyId(key)
        if (incomingIds.has(id)) continue
        if (name === 'settings' && (scope.kind === 'board' ? r.key === PROFILE_KEY : String(r.key).startsWith(DEVICE_SETTING_PREFIX))) continue
        deletes.push(key)
        counts.removed++
      }
    }
    changes.set(name, { puts: incoming, deletes, counts })
  }
  return changes
}

function report(prepared: PreparedBackup, mode: ImportMode, changes: Map<string, Change>, applied: boolean): ImportReport {
  const tables = [...changes.values()].map((c) => c.counts).filter((c) => c.inFile + c.added + c.replaced + c.removed > 0)
  const sum = (k: keyof ImportReport['totals']) => tables.reduce((n, t) => n + t[k], 0)
  const { header } = prepared
  const totals = { inFile: sum('inFile'), added: sum('added'), replaced: sum('replaced'), unchanged: sum('unchanged'), removed: sum('removed') }
  return {
    mode,
    applied,
    scope: header.scope,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    migrated: prepared.migrated,
    municipality: header.municipality,
    tables,
    totals,
    added: totals.added,
    replaced: totals.replaced,
    unchanged: totals.unchanged,
    removed: totals.removed
  }
}

async function snapshot(tables: Table[]): Promise<RecordsByTable> {
  const out: RecordsByTable = {}
  for (const table of tables) out[table.name] = (await table.toArray()) as Array<Record<string, unknown>>
  return out
}

/** What importing the prepared file would add, replace and remove — nothing is written. */
export async function previewImport(prepared: PreparedBackup, mode: ImportMode = 'merge'): Promise<ImportReport> {
  const database = await openDatabase()
  const tables = database.tables
  const current = await database.transaction('r', tables, () => snapshot(tables))
  return report(prepared, mode, plan(prepared, mode, current, tables), false)
}

/** Applies a prepared backup in ONE transaction over every table: all of it, or nothing. */
export async function applyImport(prepared: PreparedBackup, mode: ImportMode = 'merge'): Promise<ImportReport> {
  const database = await openDatabase()
  const tables = database.tables
  try {
    return await database.transaction('rw', tables, async () => {
      // Once the import is committed no unsaved autosave copy may win over what it wrote.
      Dexie.currentTransaction.on('complete', () => discardAutosaveCopies())
      const current = await snapshot(tables)
      const changes = plan(prepared, mode, current, tables)
      for (const table of tables) {
        const change = changes.get(table.name)!
        if (change.deletes.length) await table.bulkDelete(change.deletes as never[])
        if (change.puts.length) await table.bulkPut(change.puts)
      }
      return report(prepared, mode, changes, true)
    })
  } catch (error) {
    if (error instanceof BackupError) throw error
    const name = (error as { name?: string })?.name ?? ''
    const inner = (error as { inner?: { name?: string } })?.inner?.name ?? ''
    const detail =
      name === 'QuotaExceededError' || inner === 'QuotaExceededError'
        ? 'lagringsutrymmet på datorn räcker inte.'
        : `databasen avvisade ändringen (${(error as Error)?.message ?? name}).`
    throw new BackupError('write-failed', backupErrors.writeFailed(detail))
  }
}

/** Contract: checks the whole file first, then applies it in one transaction; on any problem it throws a Swedish message and changes nothing. */
export async function importBackup(file: Blob, options: { mode: ImportMode } = { mode: 'merge' }): Promise<ImportReport> {
  const prepared = await prepareBackup(file)
  return applyImport(prepared, options?.mode ?? 'merge')
}
