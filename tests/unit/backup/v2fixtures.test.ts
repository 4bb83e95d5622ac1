import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@renderer/db'
import { BackupError } from '@renderer/db/backup'
import { sha256Hex } from '@renderer/domain/backup/codec'
import { dump, freshDatabase } from './helpers'

/**
 * v2 files written before the writer switched to the platform's own deflate (fflate at level 6
 * then): both must keep importing byte for byte. They hold the v1 fixture's data, exported after
 * importing it; the encrypted one uses the real 600 000 PBKDF2 rounds.
 */
const fixture = (name: string) => new Blob([readFileSync(resolve(import.meta.dirname, '../../fixtures/backup', name))])
const PLAIN = 'v2-fflate-goteborg.asgkopia'
const LOCKED = 'v2-fflate-goteborg-password.asgkopia'
const PASSWORD = 'korrekt häst batteri häftklammer'
/** SHA-256 of dump() right after importing the v1 fixture, when these files were written. */
const DUMP_SHA256 = '5a66ebf1e9051a0ef04da54e8d3b22fe846a9fc7dfb82201068fc3e76ff00881'

beforeEach(freshDatabase)

describe('v2 files from the earlier writer still import', () => {
  it('the plain archive restores exactly the data it was exported from', async () => {
    const report = await importBackup(fixture(PLAIN), { mode: 'replace' })
    expect(report.formatVersion).toBe(2)
    expect(report.encrypted).toBe(false)
    expect(await sha256Hex(await dump())).toBe(DUMP_SHA256)
  })

  it('the encrypted archive restores the same data with its password', async () => {
    const report = await importBackup(fixture(LOCKED), { mode: 'replace', password: PASSWORD })
    expect(report.encrypted).toBe(true)
    expect(await sha256Hex(await dump())).toBe(DUMP_SHA256)
  })

  it('the encrypted archive refuses a wrong password and changes nothing', async () => {
    const before = await dump()
    const error = await importBackup(fixture(LOCKED), { mode: 'replace', password: 'fel' }).catch((e: unknown) => e)
    expect((error as BackupError).code).toBe('wrong-password')
    expect(await dump()).toBe(before)
  })

  it('what the current writer makes from that data imports to the same data again', async () => {
    await importBackup(fixture(PLAIN), { mode: 'replace' })
    const plain = await exportBackup()
    const locked = await exportBackup({ password: PASSWORD })
    for (const [file, password] of [
      [plain, undefined],
      [locked, PASSWORD]
    ] as const) {
      await freshDatabase()
      await importBackup(file, { mode: 'replace', password })
      expect(await sha256Hex(await dump())).toBe(DUMP_SHA256)
    }
  })
})
