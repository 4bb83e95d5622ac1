import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { listBoards, getBoard, createBoard } from '@renderer/db/boards'
import { createAgreementDraft, getAgreementDraft, listAgreementDrafts, prefilledAgreement } from '@renderer/db/agreementDrafts'
import { damagedRecords, forgetDamagedRecords } from '@renderer/db/damagedRecords'
import { db } from '@renderer/db/database'
import { getProfile, saveProfile } from '@renderer/db/settings'
import { readProfile } from '@renderer/domain/records/recordShapes'
import { freshDatabase } from '../freshDatabase'

beforeEach(async () => {
  await freshDatabase()
  forgetDamagedRecords()
})

const profile = { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', organisationsnummer: '212000-1355' }

describe('a damaged profile is read as far as it can be trusted', () => {
  it('a wrong-typed official name comes back empty and the profile is noted as damaged', async () => {
    await saveProfile(profile)
    await db()
      .table('settings')
      .update('profile', { 'value.officialName': { boom: true } })
    const read = await getProfile()
    expect(read).toMatchObject({ code: '1480', name: 'Göteborg', officialName: '', organisationsnummer: '212000-1355' })
    expect(damagedRecords()).toEqual([{ table: 'settings', key: 'profile' }])
  })

  it('a sound profile is returned unchanged and nothing is noted', async () => {
    const saved = await saveProfile(profile)
    expect(await getProfile()).toEqual(saved)
    expect(damagedRecords()).toEqual([])
  })

  it('no profile is still "not set up" (first run), not damage', async () => {
    expect(await getProfile()).toBeUndefined()
    expect(damagedRecords()).toEqual([])
  })

  it('whatever is stored, every field the screens show is text (property)', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record(
          {
            code: fc.anything(),
            name: fc.anything(),
            officialName: fc.anything(),
            address: fc.anything(),
            organisationsnummer: fc.anything()
          },
          { requiredKeys: [] }
        ),
        (whole, fields) => {
          for (const value of [whole, fields]) {
            const { profile: p, damaged } = readProfile(value)
            if (value === null || value === undefined) {
              expect(p).toBeNull()
              continue
            }
            expect(p).not.toBeNull()
            for (const f of ['code', 'name', 'officialName', 'createdAt', 'updatedAt'] as const) expect(typeof p![f]).toBe('string')
            if (p!.address) for (const f of ['street', 'postalCode', 'city'] as const) expect(typeof p!.address[f]).toBe('string')
            if (p!.organisationsnummer !== undefined) expect(typeof p!.organisationsnummer).toBe('string')
            if (typeof value !== 'object' || Array.isArray(value)) expect(damaged).toEqual(['profile'])
          }
          return true
        }
      )
    )
  })
})

describe('a damaged record in a list is skipped, not fatal', () => {
  it('boards: the others still list, the damaged one is noted, opening it says "missing"', async () => {
    const good = await createBoard('Socialnämnden')
    await db().boards.put({ id: 'bad', name: 12345, archived: 'nej', createdAt: 5 } as never)
    const list = await listBoards(true)
    expect(list.map((b) => b.id)).toEqual([good.id])
    expect(await getBoard('bad')).toBeUndefined()
    expect(damagedRecords()).toEqual([{ table: 'boards', key: 'bad' }])
  })

  it('agreement drafts: the same', async () => {
    const good = await createAgreementDraft('b1', 'Avtal', prefilledAgreement(null, 'Socialnämnden', '2026-01-05'))
    await db()
      .table('agreementDrafts')
      .put({ id: 'bad', boardId: 'b1', name: 'Trasig', status: 'draft', createdAt: 'x', updatedAt: { boom: true }, data: 'nej' })
    expect((await listAgreementDrafts('b1')).map((d) => d.id)).toEqual([good.id])
    expect(await getAgreementDraft('bad')).toBeUndefined()
    expect(await getAgreementDraft(good.id)).toBeDefined()
    expect(damagedRecords()).toEqual([{ table: 'agreementDrafts', key: 'bad' }])
  })
})

describe('a damaged person in the caseworker register is skipped, not fatal', () => {
  it('list, open, add and the dashboard data leave out `name: 12345, email: {}` and note it', async () => {
    const { addCaseworker, getCaseworker, listCaseworkers, loadUndertakingData } = await import('@renderer/db/caseworkers/register')
    const good = await addCaseworker({ name: 'Åsa Öberg', email: 'asa@example.se', unit: 'Nordost' })
    await db().table('caseworkers').put({ id: 'bad', name: 12345, email: {}, unit: 'Nordost' })
    expect((await listCaseworkers()).map((c) => c.id)).toEqual([good.id])
    expect(await getCaseworker('bad')).toBeUndefined()
    expect((await loadUndertakingData()).caseworkers.map((c) => c.id)).toEqual([good.id])
    // Adding someone still checks duplicates against the sound records instead of failing on the damaged one.
    await expect(addCaseworker({ name: 'Bo Ek', email: 'bo@example.se', unit: 'Nordost' })).resolves.toMatchObject({ name: 'Bo Ek' })
    expect(damagedRecords()).toEqual([{ table: 'caseworkers', key: 'bad' }])
  })
})
