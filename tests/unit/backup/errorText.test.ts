import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError, type BackupErrorCode } from '@renderer/domain/backup/errors'
import { backupErrorText, passwordStrength } from '@renderer/i18n/backup'

const CODES: BackupErrorCode[] = [
  'empty',
  'too-large',
  'not-text',
  'not-json',
  'not-backup',
  'wrong-format',
  'newer-format',
  'bad-version',
  'future-version',
  'damaged',
  'invalid-content',
  'too-deep',
  'unknown-table',
  'wrong-scope',
  'password-required',
  'wrong-password',
  'weak-encryption',
  'other-municipality',
  'cancelled',
  'write-failed',
  'unsupported'
]

describe('backup errors in Swedish', () => {
  it('every code has a Swedish sentence; a refused import always says nothing changed', () => {
    for (const code of CODES) {
      const text = backupErrorText(
        new BackupError(code, { table: 'caseworkers', record: 3, field: 'email', detail: 'type', fileVersion: 9, ourVersion: 6 })
      )
      expect(text, code).toMatch(/^[A-ZÅÄÖ]/)
      expect(text, code).not.toMatch(/backup:|undefined|\bni\b/)
      if (!['unsupported', 'password-required'].includes(code)) expect(text, code).toContain('Inget har ändrats.')
    }
  })

  it('names the table, the record and the field', () => {
    expect(backupErrorText(new BackupError('invalid-content', { table: 'caseworkers', record: 3, field: 'email', detail: 'type' }))).toBe(
      'Säkerhetskopian har felaktigt innehåll (Handläggare, post 3, fältet ”email”: har fel typ). Inget har ändrats.'
    )
  })

  it('a checksum mismatch is damage, never a claim that someone changed the file', () => {
    const text = backupErrorText(new BackupError('damaged', { detail: 'checksum' }))
    expect(text).toMatch(/skadad/)
    expect(text.replace('Inget har ändrats.', '')).not.toMatch(/ändrats/)
  })

  it('domain and storage code for backups never import UI text', () => {
    for (const dir of ['src/renderer/src/domain/backup', 'src/renderer/src/db/backup']) {
      for (const file of readdirSync(resolve(dir))) {
        const source = readFileSync(resolve(dir, file), 'utf8')
        expect(source, `${dir}/${file}`).not.toMatch(/from '@renderer\/i18n|from '\.\.\/\.\.\/i18n/)
      }
    }
  })

  it('rates passwords by length first', () => {
    expect(passwordStrength('kort').level).toBe(0)
    expect(passwordStrength('hund katt').level).toBe(0)
    expect(passwordStrength('hundkatt12').level).toBe(1)
    expect(passwordStrength('blå hund går över bron').level).toBe(3)
  })
})
