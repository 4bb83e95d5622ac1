import {
  applyImport,
  BACKUP_EXTENSION,
  BackupError,
  exportBackupFile,
  exportBoardBackupFile,
  prepareBackup,
  previewImport,
  type ImportMode,
  type ImportReport,
  type PreparedBackup,
  type Progress
} from '@renderer/db/backup'
import { recordBackupMade } from '@renderer/db/storageHealth'
import { backupErrorText } from '@renderer/i18n/backup'
import { appInfo, saveFile } from '@renderer/platform/bridge'

/** The app's own extension first; older .json backups (format v1) still open. */
export const SAVE_FILTERS = [{ name: 'Säkerhetskopia', extensions: [BACKUP_EXTENSION] }]
export const OPEN_FILTERS = [{ name: 'Säkerhetskopia', extensions: [BACKUP_EXTENSION, 'json'] }]

/** Swedish text for any failure: backup errors by code, anything else with its context. */
export const errorText = (error: unknown, context: string): string =>
  error instanceof BackupError ? backupErrorText(error) : `${context} ${(error as Error)?.message ?? String(error)}`

export type ExportResult = { saved: false } | { saved: true; fileName: string }

/** Builds the file (encrypted when a password is given) and hands it to the save dialog. */
export async function exportAndSave(
  scope: { kind: 'all' } | { kind: 'board'; boardId: string },
  password: string | null,
  onProgress?: (p: Progress) => void
): Promise<ExportResult> {
  const { version } = await appInfo()
  const options = { appVersion: version, password: password ?? undefined, onProgress }
  const file = scope.kind === 'all' ? await exportBackupFile(options) : await exportBoardBackupFile(scope.boardId, options)
  const bytes = new Uint8Array(await file.blob.arrayBuffer())
  const result = await saveFile(file.fileName, bytes, SAVE_FILTERS)
  if (!result.saved) return { saved: false }
  // Only a backup of everything counts for the reminder.
  if (scope.kind === 'all') await recordBackupMade(file.header.exportedAt)
  return { saved: true, fileName: file.fileName }
}

export type ReadResult = { backup: PreparedBackup; previews: Record<ImportMode, ImportReport> }

/** Checks the whole file and works out both previews; writes nothing. Throws BackupError. */
export async function readBackup(
  bytes: Uint8Array,
  options: { password?: string; signal?: AbortSignal; onProgress?: (p: Progress) => void }
): Promise<ReadResult> {
  const backup = await prepareBackup(new Blob([bytes as BlobPart]), options)
  if (options.signal?.aborted) throw new BackupError('cancelled')
  const merge = await previewImport(backup, 'merge')
  const replace = await previewImport(backup, 'replace')
  return { backup, previews: { merge, replace } }
}

/** Applies the checked file in one transaction; another municipality's file needs `confirmedOther`. */
export async function applyBackup(
  backup: PreparedBackup,
  mode: ImportMode,
  confirmedOther: boolean,
  onProgress?: (p: Progress) => void
): Promise<ImportReport> {
  const report = await applyImport(backup, mode, { allowOtherMunicipality: confirmedOther, onProgress })
  // After replacing everything, the data is exactly this file's: it is the latest backup of it.
  if (mode === 'replace' && report.scope.kind === 'all') await recordBackupMade(report.exportedAt)
  return report
}
