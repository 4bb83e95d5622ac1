import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@renderer/db'
import { db } from '@renderer/db/database'
import { dump, freshDatabase } from './helpers'

beforeEach(freshDatabase)

/**
 * A table far bigger than one piece the importer decodes at a time (64 KB of lines), with
 * characters of two, three and four UTF-8 bytes everywhere, so pieces end next to them.
 */
describe('a big table', () => {
  it('survives export and import unchanged, with and without a password', async () => {
    const boards = Array.from({ length: 3000 }, (_, i) => ({
      id: `board-${i}`,
      name: `Nämnd Åström ${'€'.repeat(i % 7)}${'😀'.repeat(i % 3)} \uFEFF${i}`,
      archived: i % 5 === 0,
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      connection: {}
    }))
    await db().table('boards').bulkPut(boards)
    const before = await dump()
    for (const password of [undefined, 'ett långt lösenord']) {
      const file = await exportBackup({ password })
      await freshDatabase()
      const report = await importBackup(file, { mode: 'replace', password })
      expect(report.totals.inFile).toBeGreaterThanOrEqual(3000)
      expect(await dump()).toBe(before)
    }
  }, 60_000)
})
