// Backup and restore: one archive (v2, optionally encrypted; v1 JSON still read), checked
// completely before one all-or-nothing transaction.
export { exportBackup, exportBoardBackup, exportBackupFile, exportBoardBackupFile, exportBackupV1, backupFileName } from './exportBackup'
export type { BackupFile, ExportOptions } from './exportBackup'
export { importBackup, prepareBackup, previewImport, applyImport, LAST_BACKUP_KEY } from './importBackup'
export type {
  ImportReport,
  ImportMode,
  ImportOptions,
  TableImportCounts,
  PreparedBackup,
  PrepareOptions,
  ApplyOptions,
  BackupFacts
} from './importBackup'
export { BackupError } from '@renderer/domain/backup/errors'
export type { BackupErrorCode, BackupErrorParams } from '@renderer/domain/backup/errors'
export type { BackupScope, BackupHeader } from '@renderer/domain/backup/format'
export { BACKUP_EXTENSION } from '@renderer/domain/backup/archive'
export type { Progress, ProgressStage } from '@renderer/domain/backup/progress'
