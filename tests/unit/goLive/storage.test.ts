import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, exportBoardBackup, importBackup } from '@renderer/db'
import { createBoard } from '@renderer/db/boards'
import { recordAgreementSent } from '@renderer/db/connection'
import { db, resetDatabaseInstance } from '@renderer/db/database'
import { damagedRecords, forgetDamagedRecords } from '@renderer/db/damagedRecords'
import { listGoLiveEvents } from '@renderer/db/goLive'
import { checkRecordShape } from '@renderer/domain/backup/tableShapes'
import { changeContact, recordTermsRead, recordTermsVersion, reorganise, terminate } from '@renderer/features/connection/goLiveActions'
import { dump, freshDatabase } from '../backup/helpers'
import { openAt, upgradeToLatest } from '../db/migrationHarness'

beforeEach(freshDatabase)
afterEach(() => {
  forgetDamagedRecords()
  resetDatabaseInstance()
})

/** One board with every kind of after-go-live event, one plain board beside it. */
async function seed() {
  const a = await createBoard('Socialnämnden')
  const b = await createBoard('Äldrenämnden')
  await recordAgreementSent(a.id, { date: '2026-12-16', method: 'post' })
  await changeContact(a.id, {
    role: 'technical',
    name: 'Łukasz Żółć',
    title: 'Systemförvaltare',
    email: 'lukasz@goteborg.se',
    phone: '+46 31 365 00 00',
    from: '2027-01-10',
    reason: 'Ny systemförvaltare – ”Lifecare”'
  })
  await reorganise(a.id, { toName: 'Arbetsmarknadsnämnden', unit: 'AMF', date: '2027-02-01', decisionReference: 'KF § 12' })
  await recordTermsVersion(a.id, { version: '3.0', date: '2027-03-01' })
  const [version] = (await listGoLiveEvents(a.id)).filter((e) => e.kind === 'terms-version')
  await recordTermsRead(a.id, { termsVersionId: version!.id, by: 'Åsa Öberg', date: '2027-03-02' })
  await recordTermsVersion(a.id, { version: '3.1', date: '2027-04-01' })
  await terminate(a.id, { date: '2027-06-30', reason: 'Ny nämnd tar över', by: 'Åsa Öberg', understood: true })
  return { a: a.id, b: b.id }
}

describe('schema version 17', () => {
  it('a version 15 database gains an empty goLiveEvents table and keeps its boards', async () => {
    const v15 = await openAt(15)
    expect(v15.tables.map((t) => t.name)).not.toContain('goLiveEvents')
    await v15.table('boards').put({ id: 'b1', name: 'Socialnämnden', archived: false, createdAt: 't', updatedAt: 't', connection: {} })
    const latest = await upgradeToLatest(v15)
    expect(latest.verno).toBe(17)
    expect(await latest.table('goLiveEvents').count()).toBe(0)
    expect(await latest.table('boards').get('b1')).toMatchObject({ name: 'Socialnämnden' })
    await latest
      .table('goLiveEvents')
      .add({ id: 'g1', boardId: 'b1', kind: 'termination', date: '2027-01-01', reason: 'x', by: 'y', recordedAt: 't' })
    expect(await latest.table('goLiveEvents').where('boardId').equals('b1').count()).toBe(1)
    latest.close()
    await Dexie.delete(latest.name)
  })
})

describe('reading the history', () => {
  it('skips a damaged row, notes it, and shows the rest', async () => {
    const { a } = await seed()
    const before = (await listGoLiveEvents(a)).length
    await db().table('goLiveEvents').add({ id: 'bad', boardId: a, recordedAt: '2027-01-01T00:00:00.000Z', kind: 'contact', role: 'admin' })
    await db().table('goLiveEvents').add({ id: 'odd', boardId: a, recordedAt: '2027-01-01T00:00:00.000Z', kind: 'something-else' })
    expect(await listGoLiveEvents(a)).toHaveLength(before)
    expect(damagedRecords()).toEqual([
      { table: 'goLiveEvents', key: 'bad' },
      { table: 'goLiveEvents', key: 'odd' }
    ])
  })
})

describe('backup', () => {
  it('every stored event fits the strict backup shape, and a wrong one is named', async () => {
    await seed()
    const rows = await db().table('goLiveEvents').toArray()
    expect(new Set(rows.map((r: { kind: string }) => r.kind))).toEqual(
      new Set(['contact', 'reorganisation', 'terms-version', 'terms-read', 'termination'])
    )
    for (const row of rows) expect(checkRecordShape('goLiveEvents', row)).toBeNull()
    // Events written in one transaction share a timestamp, so the stored order is not fixed: pick by kind.
    const contact = rows.find((r: { kind: string }) => r.kind === 'contact')
    expect(checkRecordShape('goLiveEvents', { ...contact, from: '2027-1-1' })).toMatchObject({ detail: 'format' })
    expect(checkRecordShape('goLiveEvents', { ...rows[0], kind: 'party' })).not.toBeNull()
  })

  it('round-trips the whole history (with and without a password), and a one-board backup carries only its board', async () => {
    const { a, b } = await seed()
    const before = await dump()
    for (const password of [undefined, 'korrekt häst batteri häftklammer']) {
      const blob = await exportBackup(password ? { password } : undefined)
      await freshDatabase()
      const report = await importBackup(blob, { mode: 'replace', password })
      expect(report.applied).toBe(true)
      expect(await dump()).toBe(before)
    }
    const events = await listGoLiveEvents(a)
    const one = await exportBoardBackup(a)
    await db().table('goLiveEvents').clear()
    const report = await importBackup(one, { mode: 'merge' })
    expect(report.applied).toBe(true)
    expect(await listGoLiveEvents(a)).toEqual(events)
    expect(await listGoLiveEvents(b)).toEqual([])
  })
})
