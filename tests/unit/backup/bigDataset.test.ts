import { describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '../../../src/renderer/src/db'
import { db } from '../../../src/renderer/src/db/database'
import { freshDatabase } from './helpers'

/**
 * The benchmark's data set (10 000 caseworkers, 50 drafts, 20 PDFs of 3 MB) through export and
 * import, timed. It takes tens of seconds on fake-indexeddb, so it runs only on request:
 * BACKUP_TIMING=1 npx vitest run tests/unit/backup/bigDataset.test.ts
 */
describe.skipIf(!process.env.BACKUP_TIMING)('large backup (set BACKUP_TIMING=1 to run; slow on fake-indexeddb)', () => {
  it('exports and imports 10 000 caseworkers, 50 drafts and 20 PDFs', async () => {
    await freshDatabase()
    const t = new Date().toISOString()
    await db().table('boards').put({ id: 'b', name: 'Socialnämnden', archived: false, createdAt: t, updatedAt: t, connection: {} })
    await db().table('caseworkers').bulkPut(Array.from({ length: 10_000 }, (_, i) => ({ id: `cw-${i}`, name: `Handläggare ${i} Åström`, email: `h${i}@kommun.se`, employeeId: `E${i}`, unit: `Enhet ${i % 20}`, role: 'handläggare', active: true })))
    await db().table('agreementDrafts').bulkPut(Array.from({ length: 50 }, (_, i) => ({ id: `d-${i}`, boardId: 'b', name: `Utkast ${i}`, status: 'draft', createdAt: t, updatedAt: t, data: { board: 'Socialnämnden', signatories: [{ name: 'Ö', title: 'x', signature: { kind: 'drawn', png: new Uint8Array(20_000).fill(i) } }] } })))
    for (let i = 0; i < 20; i++) {
      const bytes = new Uint8Array(3 * 1024 * 1024)
      for (let k = 0; k < bytes.length; k += 4096) bytes[k] = (k + i) & 255
      await db().table('attachments').put({ id: `pdf-${i}`, boardId: 'b', ownerType: 'decision', ownerId: 'b', name: `${i}.pdf`, mimeType: 'application/pdf', size: bytes.length, sha256: '-', bytes, createdAt: t })
    }
    let start = performance.now()
    const blob = await exportBackup()
    const exportMs = performance.now() - start
    await freshDatabase()
    start = performance.now()
    const report = await importBackup(blob, { mode: 'replace' })
    const importMs = performance.now() - start
    console.log(`backup of ${(blob.size / 1024 / 1024).toFixed(1)} MB: export ${exportMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms (fake-indexeddb, Node)`)
    expect(report.totals.added).toBe(10_000 + 50 + 20 + 1)
    expect((await db().table('attachments').get('pdf-7')).bytes[4096]).toBe((4096 + 7) & 255)
  }, 600_000)
})
