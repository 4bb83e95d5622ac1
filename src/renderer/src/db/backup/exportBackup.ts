import { encodeValue, UnsupportedValueError, type Json } from '@renderer/domain/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, serializeBackup, type BackupHeader, type BackupScope } from '@renderer/domain/backup/format'
import { BACKUP_EXTENSION, startKeyDerivation, writeArchive, type ArchiveHeader, type PendingKey } from '@renderer/domain/backup/archive'
import { BackupError } from '@renderer/domain/backup/errors'
import { selectBoardRecords, type RecordsByTable } from '@renderer/domain/backup/boardScope'
import type { Progress } from '@renderer/domain/backup/progress'
import { createPacer } from '@renderer/domain/backup/stream'
import { startStage } from '@renderer/domain/backup/timing'
import { db, openDatabase } from '../database'
import type { BoardRecord, MunicipalityProfile } from '../types'

export type ExportOptions = {
  appVersion?: string
  /** Encrypts the whole archive (AES-256-GCM, key from PBKDF2-SHA-256). */
  password?: string
  onProgress?: (p: Progress) => void
}

export type BackupFile = { blob: Blob; header: ArchiveHeader; fileName: string }

const defaultAppVersion = (): string => import.meta.env?.VITE_APP_VERSION ?? 'okänd'

type Records = Array<Record<string, unknown>>

/**
 * Every record of every table, read in one transaction so the snapshot is consistent. All reads
 * are asked for at once and each table can be used as soon as it has arrived: the export
 * serialises one table while the database still reads the next.
 */
async function startReadingTables(): Promise<{ tables: Record<string, Promise<Records>>; all: () => Promise<RecordsByTable> }> {
  const database = await openDatabase()
  const stop = startStage('read-tables')
  const tables: Record<string, Promise<Records>> = {}
  const done = database.transaction('r', database.tables, () => {
    for (const table of database.tables) {
      const read = Promise.resolve(table.toArray() as Promise<Records>)
      read.catch(() => undefined)
      tables[table.name] = read
    }
    return Promise.all(Object.values(tables))
  })
  const all = (async () => {
    await done
    stop()
    const out: RecordsByTable = {}
    for (const [name, read] of Object.entries(tables)) out[name] = await read
    return out
  })()
  all.catch(() => undefined)
  // Dexie starts the transaction's function at once when the database is open; wait until it has.
  await Promise.resolve()
  if (Object.keys(tables).length === 0) await all
  return { tables, all: () => all }
}

async function readAllTables(): Promise<RecordsByTable> {
  return (await startReadingTables()).all()
}

function headerFor(records: RecordsByTable, scope: BackupScope, options: ExportOptions): ArchiveHeader {
  const profile = records.settings?.find((r) => r.key === 'profile')?.value as MunicipalityProfile | undefined
  return {
    schemaVersion: db().verno,
    exportedAt: new Date().toISOString(),
    appVersion: options.appVersion ?? defaultAppVersion(),
    scope,
    municipality: profile
      ? {
          code: profile.code,
          name: profile.name,
          officialName: profile.officialName,
          ...(profile.organisationsnummer ? { organisationsnummer: profile.organisationsnummer } : {})
        }
      : null,
    boards: (records.boards ?? []).map((b) => ({ id: String(b.id), name: String(b.name) }))
  }
}

/**
 * `records`: each table's records, or a promise of them (tables still being read). The header is
 * made once every table has arrived; the key, if any, is already being derived.
 */
async function build(
  records: Record<string, Records | Promise<Records>>,
  all: () => Promise<RecordsByTable>,
  scope: BackupScope,
  options: ExportOptions,
  encryption: PendingKey | undefined
): Promise<BackupFile> {
  let header: ArchiveHeader | undefined
  try {
    const blob = await writeArchive(async () => (header = headerFor(await all(), scope, options)), records, {
      encryption,
      onProgress: options.onProgress,
      pace: createPacer()
    })
    return { blob, header: header!, fileName: backupFileName(header!) }
  } catch (error) {
    if (error instanceof UnsupportedValueError) throw new BackupError('unsupported', { detail: error.kind })
    throw error
  }
}

/** Everything in the database, as one backup archive (format v2). */
export async function exportBackupFile(options: ExportOptions = {}): Promise<BackupFile> {
  options.onProgress?.({ stage: 'collecting', done: 0, total: 1 })
  const encryption = options.password ? startKeyDerivation(options.password) : undefined
  const reading = await startReadingTables()
  return build(reading.tables, reading.all, { kind: 'all' }, options, encryption)
}

/** One board's data (and the municipality profile), as one backup archive. */
export async function exportBoardBackupFile(boardId: string, options: ExportOptions = {}): Promise<BackupFile> {
  options.onProgress?.({ stage: 'collecting', done: 0, total: 1 })
  const encryption = options.password ? startKeyDerivation(options.password) : undefined
  const all = await readAllTables()
  const board = all.boards?.find((b) => b.id === boardId) as BoardRecord | undefined
  if (!board) throw new BackupError('unsupported', { detail: 'board-missing' })
  const selected = selectBoardRecords(all, boardId)
  return build(selected, () => Promise.resolve(selected), { kind: 'board', boardId, boardName: board.name }, options, encryption)
}

/** Contract: the whole database as a backup file; v2 archive, encrypted when a password is given. */
export async function exportBackup(options: { password?: string; appVersion?: string } = {}): Promise<Blob> {
  return (await exportBackupFile(options)).blob
}

/** One board's data only. */
export async function exportBoardBackup(boardId: string, options: { password?: string } = {}): Promise<Blob> {
  return (await exportBoardBackupFile(boardId, options)).blob
}

/**
 * The old format (v1, one canonical JSON file). Kept to compare sizes in the bench and to write
 * test files; the app itself writes v2 only.
 */
export async function exportBackupV1(options: { appVersion?: string } = {}): Promise<Blob> {
  const records = await readAllTables()
  const h = headerFor(records, { kind: 'all' }, options)
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: h.schemaVersion,
    exportedAt: h.exportedAt,
    appVersion: h.appVersion,
    scope: h.scope,
    municipality: h.municipality ? { code: h.municipality.code, name: h.municipality.name } : null
  }
  const tables: Record<string, Json[]> = {}
  const pace = createPacer()
  for (const [name, list] of Object.entries(records)) {
    const out: Json[] = []
    for (const r of list) {
      out.push(encodeValue(r))
      await pace()
    }
    tables[name] = out
  }
  return serializeBackup(header, tables)
}

/** "Anslutningsguiden säkerhetskopia Göteborg 2026-11-26.asgkopia" (local date). */
export function backupFileName(header: Pick<ArchiveHeader, 'exportedAt' | 'municipality' | 'scope'>): string {
  const d = new Date(header.exportedAt)
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  const parts = [
    'Anslutningsguiden säkerhetskopia',
    header.municipality?.name,
    header.scope.kind === 'board' ? header.scope.boardName : undefined,
    date
  ]
  // Only characters every file system accepts.
  return `${parts
    .filter(Boolean)
    .join(' ')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .slice(0, 180)}.${BACKUP_EXTENSION}`
}
