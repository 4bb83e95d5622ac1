import { beforeEach, describe, expect, it } from 'vitest'
import {
  addCaseworker,
  cullByRule,
  deleteRegisteredByMistake,
  getCaseworker,
  getErasureStats,
  getRetentionRule,
  importCaseworkers,
  listCaseworkers,
  listCullingLog,
  MistakeReasonError,
  previewRetentionRule,
  putSetting,
  recordAcknowledgement,
  setRetentionRule,
  updateCaseworker,
  db
} from '@renderer/db'
import type { RetentionRule } from '@renderer/domain/retention/rule'
import { freshDatabase } from '../freshDatabase'

const version = { id: 'v1', number: 1, sha256: 'h' }
const rule: RetentionRule = { amount: 2, unit: 'years', basis: 'employment', planReference: 'DHP Socialnämnden 2025, 4.3.2' }

beforeEach(freshDatabase)

async function person(name: string, extra: Record<string, string> = {}) {
  return addCaseworker({ name, email: `${name.split(' ')[0]!.toLowerCase()}@kommun.example`, unit: 'Öst', ...extra })
}

describe('access history in the register', () => {
  it('records the first access on add and import, and appends each change', async () => {
    const a = await person('Anna Berg', { accessFrom: '2026-01-01' })
    expect(a.accessHistory).toEqual([{ recordedAt: a.createdAt, from: '2026-01-01' }])
    await importCaseworkers([{ name: 'Bo Ek', email: 'bo@k.se', unit: 'Öst', accessFrom: '2026-02-01', accessTo: '2026-12-31' }])
    expect((await listCaseworkers()).find((p) => p.name === 'Bo Ek')?.accessHistory).toEqual([
      { recordedAt: expect.any(String), from: '2026-02-01', to: '2026-12-31' }
    ])

    const base = { name: a.name, email: a.email, unit: a.unit }
    await updateCaseworker(a.id, { ...base, accessFrom: '2026-01-01', accessTo: '2026-06-30' })
    await updateCaseworker(a.id, { ...base, accessFrom: '2026-01-01', accessTo: '2026-06-30', role: 'teamledare' })
    await updateCaseworker(a.id, base)
    const stored = (await getCaseworker(a.id))!
    expect(stored.accessFrom).toBeUndefined()
    expect(stored.accessHistory?.map(({ from, to }) => [from, to])).toEqual([
      ['2026-01-01', undefined],
      ['2026-01-01', '2026-06-30'],
      [undefined, undefined]
    ])
  })
})

describe('retention rule', () => {
  it('reads a months value from the first version as an employment rule, and replaces it when a rule is saved', async () => {
    expect(await getRetentionRule()).toBeNull()
    await putSetting('undertaking.retentionMonths', 24)
    expect(await getRetentionRule()).toEqual({ amount: 24, unit: 'months', basis: 'employment', planReference: '' })
    await setRetentionRule(rule)
    expect(await getRetentionRule()).toEqual(rule)
    await setRetentionRule(null)
    expect(await getRetentionRule()).toBeNull()
  })

  it('previews, culls and logs kinds and counts only — never names or addresses', async () => {
    const gone = await person('Åsa Öberg', { endDate: '2023-01-31' })
    const keptAccess = await person('Bo Ek', { endDate: '2023-01-31', accessFrom: '2022-01-01' })
    const recent = await person('Cia Lind', { endDate: '2025-06-30' })
    await recordAcknowledgement({
      caseworkerId: gone.id,
      version,
      method: 'paper',
      signedOn: '2022-05-01',
      files: [{ name: 'skannad.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1, 2, 3]) }]
    })
    await recordAcknowledgement({ caseworkerId: gone.id, version, method: 'paper', signedOn: '2022-06-01' })
    await recordAcknowledgement({ caseworkerId: recent.id, version, method: 'paper', signedOn: '2022-06-01' })

    const preview = await previewRetentionRule(rule, '2026-03-01')
    expect(preview.people.map((p) => p.id)).toEqual([gone.id])
    expect(preview.counts).toEqual({ people: 1, acknowledgements: 2, files: 1 })
    expect(await listCaseworkers()).toHaveLength(3) // a preview changes nothing

    const entry = await cullByRule(rule, '2026-03-01')
    expect(entry).toMatchObject({ kind: 'rule', rule, counts: { people: 1, acknowledgements: 2, files: 1 } })
    expect((await listCaseworkers()).map((p) => p.id).sort()).toEqual([keptAccess.id, recent.id].sort())
    expect(await db().table('acknowledgements').where('caseworkerId').equals(gone.id).count()).toBe(0)
    expect(await db().table('attachments').count()).toBe(0)
    expect(await getErasureStats()).toEqual({ people: 1, acknowledgements: 2 })
    const log = await listCullingLog()
    expect(log).toEqual([entry])
    const stored = JSON.stringify(log)
    for (const leak of ['Åsa', 'Öberg', 'asa@', 'kommun.example', 'skannad']) expect(stored).not.toContain(leak)
  })
})

describe('deletion of a person registered by mistake', () => {
  it('needs a reason: without one nothing is deleted', async () => {
    const p = await person('Dan Falk')
    await expect(deleteRegisteredByMistake(p.id, '  ')).rejects.toBeInstanceOf(MistakeReasonError)
    await expect(deleteRegisteredByMistake(p.id, 'Dan Falk dan@kommun.example')).rejects.toMatchObject({
      code: 'reason-only-personal-data'
    })
    expect(await getCaseworker(p.id)).toBeDefined()
    expect(await listCullingLog()).toEqual([])
  })
  it('deletes at once and logs the reason without the personal data', async () => {
    const p = await person('Dan Falk', { employeeId: 'E77' })
    await recordAcknowledgement({ caseworkerId: p.id, version, method: 'paper', signedOn: '2026-01-01' })
    const entry = await deleteRegisteredByMistake(p.id, 'Dan Falk (E77, dan@kommun.example) lades in två gånger')
    expect(entry).toMatchObject({ kind: 'mistake', counts: { people: 1, acknowledgements: 1, files: 0 } })
    expect(entry.kind === 'mistake' && entry.reason).toBe('[borttaget] ([borttaget], [borttaget]) lades in två gånger')
    expect(await getCaseworker(p.id)).toBeUndefined()
    expect(JSON.stringify(await listCullingLog())).not.toMatch(/Dan|Falk|E77|dan@/)
  })
})
