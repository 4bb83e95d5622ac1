import { encodeValue, UnsupportedValueError, type Json } from '@renderer/domain/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, serializeBackup, type BackupHeader, type BackupScope } from '@renderer/domain/backup/format'
import { selectBoardRecords, type RecordsByTable } from '@renderer/domain/backup/boardScope'
import { backupErrors } from '@renderer/i18n/backup'
import { db, openDatabase } from '../database'
import type { BoardRecord, MunicipalityProfile } from '../types'
import { createPacer } from '@renderer/domain/backup/stream'

export type ExportOptions = { appVersion?: string }

export type BackupFile = { blob: Blob; header: BackupHeader; fileName: string }

const defaultAppVersion = (): string => (import.meta.env?.VITE_APP_VERSION as string | undefined) ?? 'okänd'

/** Every record of every table, read in one transaction so the snapshot is consistent. */
async function readAllTables(): Promise<RecordsByTable> {
  const database = await openDatabase()
  const tables = database.tables
  const out: RecordsByTable = {}
  await database.transaction('r', tables, async () => {
    for (const table of tables) out[table.name] = (await table.toArray()) as Array<Record<string, unknown>>
  })
  return out
}

async function build(records: RecordsByTable, scope: BackupScope, options: ExportOptions): Promise<BackupFile> {
  const profileRow = records.settings?.find((r) => r.key === 'profile')
  const profile = profileRow?.value as MunicipalityProfile | undefined
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db().verno,
    exportedAt: new Date().toISOString(),
    appVersion: options.appVersion ?? defaultAppVersion(),
    scope,
    municipality: profile ? { code: profile.code, name: profile.name } : null
  }
  const tables: Record<string, Json[]> = {}
  try {
    const pace = createPacer()
    for (const [name, list] of Object.entries(records)) {
      const out: Json[] = []
      for (const r of list) {
        out.push(encodeValue(r))
        await pace()
      }
      tables[name] = out
    }
  } catch (error) {
    if (error instanceof UnsupportedValueError) throw new BackupError('unsupported', backupErrors.unsupported(error.message))
    throw error
  }
  return { blob: await serializeBackup(header, tables), header, fileName: backupFileName(header) }
}

/** Everything in the database, as one backup file. */
export async function exportBackupFile(options: ExportOptions = {}): Promise<BackupFile> {
  return build(await readAllTables(), { kind: 'all' }, options)
}

/** One board's data (and the municipality profile), as one backup file. */
export async function exportBoardBackupFile(boardId: string, options: ExportOptions = {}): Promise<BackupFile> {
  const all = await readAllTables()
  const board = all.boards?.find((b) => b.id === boardId) as BoardRecord | undefined
  if (!board) throw new BackupError('unsupported', backupErrors.unsupported('nämnden finns inte längre.'))
  return build(selectBoardRecords(all, boardId), { kind: 'board', boardId, boardName: board.name }, options)
}

/** Contract: the whole database as a backup file (JSON). */
export async function exportBackup(): Promise<Blob> {
  return (await exportBackupFile()).blob
}

/** One board's data only. */
export async function exportBoardBackup(boardId: string): Promise<Blob> {
  return (await exportBoardBackupFile(boardId)).blob
}

/** "Anslutningsguiden säkerhetskopia Göteborg 2026-11-26.json" (local date). */
export function backupFileName(header: Pick<BackupHeader, 'exportedAt' | 'municipality' | 'scope'>): string {
  const d = new Date(header.exportedAt)
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  const parts = ['Anslutningsguiden säkerhetskopia', header.municipality?.name, header.scope.kind === 'board' ? header.scope.boardName : undefined, date]
  // Only characters every file system accepts.
  return `${parts
    .filter(Boolean)
    .join(' ')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .slice(0, 180)}.json`
}
