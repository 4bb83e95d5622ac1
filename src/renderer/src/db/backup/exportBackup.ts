import { encodeValue, UnsupportedValueError, type Json } from '@renderer/domain/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, serializeBackup, type BackupHeader, type BackupScope } from '@renderer/domain/backup/format'
import { BACKUP_EXTENSION, writeArchive, type ArchiveHeader } from '@renderer/domain/backup/archive'
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

/** Every record of every table, read in one transaction so the snapshot is consistent. */
async function readAllTables(): Promise<RecordsByTable> {
  const database = await openDatabase()
  const tables = database.tables
  const out: RecordsByTable = {}
  const stop = startStage('read-tables')
  await database.transaction('r', tables, async () => {
    for (const table of tables) out[table.name] = (await table.toArray()) as Array<Record<string, unknown>>
  })
  stop()
  return out
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

async function build(records: RecordsByTable, scope: BackupScope, options: ExportOptions): Promise<BackupFile> {
  const header = headerFor(records, scope, options)
  try {
    const blob = await writeArchive(header, records, { password: options.password, onProgress: options.onProgress, pace: createPacer() })
    return { blob, header, fileName: backupFileName(header) }
  } catch (error) {
    if (error instanceof UnsupportedValueError) throw new BackupError('unsupported', { detail: error.kind })
    throw error
  }
}

/** Everything in the database, as one backup archive (format v2). */
export async function exportBackupFile(options: ExportOptions = {}): Promise<BackupFile> {
  options.onProgress?.({ stage: 'collecting', done: 0, total: 1 })
  return build(await readAllTables(), { kind: 'all' }, options)
}

/** One board's data (and the municipality profile), as one backup archive. */
export async function exportBoardBackupFile(boardId: string, options: ExportOptions = {}): Promise<BackupFile> {
  options.onProgress?.({ stage: 'collecting', done: 0, total: 1 })
  const all = await readAllTables()
  const board = all.boards?.find((b) => b.id === boardId) as BoardRecord | undefined
  if (!board) throw new BackupError('unsupported', { detail: 'board-missing' })
  return build(selectBoardRecords(all, boardId), { kind: 'board', boardId, boardName: board.name }, options)
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
