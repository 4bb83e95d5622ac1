import { beforeEach, describe, expect, it } from 'vitest'
import { addCaseworker, getCaseworker, listCullingLog } from '@renderer/db'
import { saveCaseworkerAccess } from '@renderer/features/caseworkers/actions/access'
import {
  cullNow,
  deleteByMistake,
  loadRetention,
  saveRetentionRule,
  turnOffRetention
} from '@renderer/features/caseworkers/actions/retention'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)

describe('saveCaseworkerAccess', () => {
  it('refuses a missing from-date and a to-date before it, and changes nothing', async () => {
    const p = await addCaseworker({ name: 'Anna', email: 'anna@k.se', unit: 'Öst', role: 'handläggare' })
    expect(await saveCaseworkerAccess(p, { hasAccess: true, from: ' ', to: '' })).toEqual({
      ok: false,
      errors: { from: expect.stringMatching(/Skriv från vilken dag/) }
    })
    expect(await saveCaseworkerAccess(p, { hasAccess: true, from: '2026-03-01', to: '2026-02-01' })).toEqual({
      ok: false,
      errors: { to: 'Behörighet till är före Behörighet från.' }
    })
    expect((await getCaseworker(p.id))?.accessFrom).toBeUndefined()
  })
  it('saves access, keeps the other details, records each change once, and removes access when unticked', async () => {
    const p = await addCaseworker({ name: 'Anna', email: 'anna@k.se', unit: 'Öst', role: 'handläggare', startDate: '2026-01-01' })
    const first = await saveCaseworkerAccess(p, { hasAccess: true, from: '2026-03-01', to: '' })
    expect(first).toMatchObject({
      ok: true,
      changed: true,
      person: { role: 'handläggare', startDate: '2026-01-01', accessFrom: '2026-03-01' }
    })
    const stored = (await getCaseworker(p.id))!
    expect(await saveCaseworkerAccess(stored, { hasAccess: true, from: '2026-03-01', to: '' })).toMatchObject({ ok: true, changed: false })
    // The dates typed while the box is unticked are not kept.
    await saveCaseworkerAccess(stored, { hasAccess: false, from: '2026-03-01', to: '' })
    const after = (await getCaseworker(p.id))!
    expect(after.accessFrom).toBeUndefined()
    expect(after.accessHistory?.map((h) => h.from ?? null)).toEqual(['2026-03-01', null])
  })
})

describe('retention actions', () => {
  it('saves a rule only with a plan reference, culls by the stored rule and can be turned off', async () => {
    await addCaseworker({ name: 'Bo', email: 'bo@k.se', unit: 'Öst', endDate: '2020-01-31' })
    expect(await saveRetentionRule({ amount: '2', unit: 'years', basis: 'employment', planReference: '' }, '2026-03-01')).toEqual({
      ok: false,
      problems: [{ field: 'planReference', code: 'plan-missing' }]
    })
    expect((await loadRetention('2026-03-01')).rule).toBeNull()
    const saved = await saveRetentionRule({ amount: '2', unit: 'years', basis: 'employment', planReference: 'DHP 4.3' }, '2026-03-01')
    expect(saved.ok && saved.state.preview.counts).toEqual({ people: 1, acknowledgements: 0, files: 0 })
    const { entry, state } = await cullNow('2026-03-01')
    expect(entry?.counts.people).toBe(1)
    expect(state.preview.people).toEqual([])
    expect(state.log).toHaveLength(1)
    expect((await turnOffRetention('2026-03-01')).rule).toBeNull()
    expect((await cullNow('2026-03-01')).entry).toBeNull()
  })
  it('deleteByMistake returns the reason code instead of deleting', async () => {
    const p = await addCaseworker({ name: 'Cia Lind', email: 'cia@k.se', unit: 'Öst' })
    expect(await deleteByMistake(p.id, 'Cia')).toEqual({ ok: false, code: 'reason-missing' })
    expect(await deleteByMistake(p.id, 'Cia Lind cia@k.se')).toEqual({ ok: false, code: 'reason-only-personal-data' })
    expect(await getCaseworker(p.id)).toBeDefined()
    expect(await deleteByMistake(p.id, 'Testpost')).toEqual({ ok: true })
    expect(await getCaseworker(p.id)).toBeUndefined()
    expect((await listCullingLog())[0]).toMatchObject({ kind: 'mistake', reason: 'Testpost' })
  })
})
