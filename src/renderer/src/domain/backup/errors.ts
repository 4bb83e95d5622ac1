/**
 * Every way reading or writing a backup can fail, as a code with parameters. Domain and storage
 * code never build user text (layering); `i18n/backup.ts` turns a code into Swedish.
 */
export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'not-backup'
  | 'wrong-format'
  | 'newer-format'
  | 'bad-version'
  | 'future-version'
  /** The file is damaged: a checksum, size or structure check failed (not proof of tampering). */
  | 'damaged'
  | 'invalid-content'
  | 'too-deep'
  | 'unknown-table'
  | 'wrong-scope'
  | 'password-required'
  /** Decryption failed: wrong password, or an encrypted file that was changed (GCM detects both). */
  | 'wrong-password'
  | 'weak-encryption'
  | 'other-municipality'
  | 'cancelled'
  | 'write-failed'
  | 'unsupported'

export type BackupErrorParams = {
  table?: string
  /** 1-based position of the record in its table. */
  record?: number
  /** The record's key, shortened, so the user can find it. */
  recordKey?: string
  field?: string
  detail?: string
  format?: string
  fileVersion?: number
  ourVersion?: number
  iterations?: number
  minimum?: number
  municipality?: string
  reason?: 'quota' | 'database' | 'migration'
}

export class BackupError extends Error {
  constructor(
    public readonly code: BackupErrorCode,
    public readonly params: BackupErrorParams = {}
  ) {
    // Technical text for logs and developers; the UI shows i18n's Swedish text for the code.
    super(`backup:${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`)
    this.name = 'BackupError'
  }
}

export const isBackupError = (error: unknown): error is BackupError => error instanceof BackupError
