import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_NAME, getCaseworker, loadUndertakingData, openDatabase, resetDatabaseInstance, updateCaseworker } from '@renderer/db'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'
import { accessWithoutValidUndertaking } from '@renderer/domain/caseworkers/access'
import { openAt } from '../db/migrationHarness'

describe('schema version 14 (access to SSBTEK)', () => {
  it('gives people stored at version 6 no recorded access and an empty history, keeping everything else', async () => {
    resetDatabaseInstance()
    await Dexie.delete(DB_NAME)
    const v6 = await openAt(6, DB_NAME)
    const before = [
      {
        id: 'a',
        name: 'Åsa Öberg',
        email: 'a@k.se',
        unit: 'Öst',
        startDate: '2025-01-01',
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        signatures: { v1: '2026-01-02' },
        ackCount: 1
      },
      { id: 'b', name: 'Bo Ek', email: 'b@k.se', unit: 'Väst', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
    ]
    await v6.table('caseworkers').bulkAdd(before)
    v6.close()

    const latest = await openDatabase()
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
    for (const person of before) {
      const stored = await getCaseworker(person.id)
      expect(stored).toMatchObject(person)
      expect(stored?.accessHistory).toEqual([])
      expect(stored?.accessFrom).toBeUndefined()
    }
    const data = await loadUndertakingData()
    expect(accessWithoutValidUndertaking(data.caseworkers, data.acknowledgements, null, '2026-06-01', { signWithinDays: 30 })).toEqual([])

    // A migrated person's first change of access starts the history.
    const b = (await getCaseworker('b'))!
    await updateCaseworker('b', { name: b.name, email: b.email, unit: b.unit, accessFrom: '2026-05-01' })
    expect((await getCaseworker('b'))?.accessHistory).toEqual([{ recordedAt: expect.any(String), from: '2026-05-01' }])
    resetDatabaseInstance()
    await Dexie.delete(DB_NAME)
  })
})
