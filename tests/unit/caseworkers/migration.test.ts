import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_NAME, getCaseworker, loadUndertakingData, openDatabase, resetDatabaseInstance } from '@renderer/db'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'
import { buildDashboard } from '@renderer/domain'
import { openAt } from '../db/migrationHarness'

describe('schema version 6 (caseworkers)', () => {
  it('keeps people and acknowledgements from version 2 and rebuilds the signature summaries on first read', async () => {
    resetDatabaseInstance()
    await Dexie.delete(DB_NAME)
    const v2 = await openAt(2, DB_NAME)
    await v2.table('caseworkers').bulkAdd([
      { id: 'a', name: 'Åsa', email: 'a@k.se', unit: 'Öst', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'b', name: 'Bo', email: 'b@k.se', unit: 'Väst', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
    ])
    await v2
      .table('undertakingVersions')
      .add({ id: 'v1', number: 1, publishedOn: '2026-01-01', publishedAt: '2026-01-01T08:00:00Z', text: 'x', sha256: 'h' })
    await v2.table('acknowledgements').bulkAdd([
      { id: 'k1', caseworkerId: 'a', versionId: 'v1', signedOn: '2026-01-02', signedAt: '2026-01-02T08:00:00Z' },
      { id: 'k2', caseworkerId: 'a', versionId: 'v1', signedOn: '2026-01-05', signedAt: '2026-01-05T08:00:00Z' }
    ])
    v2.close()

    const latest = await openDatabase()
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
    const data = await loadUndertakingData()
    expect(data.acknowledgements).toEqual([{ caseworkerId: 'a', versionId: 'v1', signedOn: '2026-01-05' }])
    // The summaries are stored in the background; the next read uses them.
    await expect.poll(async () => (await getCaseworker('a'))?.ackCount).toBe(2)
    expect(await getCaseworker('a')).toMatchObject({ name: 'Åsa', ackCount: 2, signatures: { v1: '2026-01-05' } })
    expect((await loadUndertakingData()).acknowledgements).toEqual(data.acknowledgements)
    const dash = buildDashboard({ ...data, today: '2026-01-10', policy: { signWithinDays: 30 } })
    expect(dash.rows.map((r) => [r.person.id, r.status])).toEqual([
      ['a', 'signed'],
      ['b', 'not-signed']
    ])
    resetDatabaseInstance()
    await Dexie.delete(DB_NAME)
  })
})
