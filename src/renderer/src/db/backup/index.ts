// Backup and restore: one JSON file, checked completely before one all-or-nothing transaction.
export { exportBackup, exportBoardBackup, exportBackupFile, exportBoardBackupFile, backupFileName } from './exportBackup'
export type { BackupFile, ExportOptions } from './exportBackup'
export { importBackup, prepareBackup, previewImport, applyImport, LAST_BACKUP_KEY } from './importBackup'
export type { ImportReport, ImportMode, TableImportCounts, PreparedBackup } from './importBackup'
export { BackupError } from '@renderer/domain/backup/format'
export type { BackupErrorCode, BackupScope, BackupHeader } from '@renderer/domain/backup/format'
