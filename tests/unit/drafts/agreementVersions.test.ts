import { beforeEach, describe, expect, it } from 'vitest'
import {
  EDIT_VERSION_INTERVAL_MS,
  getVersion,
  listVersions,
  recordEditVersionThrottled,
  recordVersion,
  restoreVersion,
  saveSignedDraft
} from '@renderer/db/agreementVersions'
import { db } from '@renderer/db/database'
import type { AgreementDraftRecord } from '@renderer/db/types'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)

const draft = (board: string): AgreementDraftRecord =>
  ({
    id: 'd1',
    boardId: 'b1',
    name: 'Avtal',
    status: 'draft',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    data: {
      municipality: { name: 'Göteborgs stad', organisationsnummer: '' },
      board,
      address: { street: '', postalCode: '', city: '' },
      adminContact: { name: '', email: '' },
      place: '',
      date: '',
      signatories: []
    }
  }) as AgreementDraftRecord

const save = (d: AgreementDraftRecord) => db().table('agreementDrafts').put(d)

describe('agreement versions', () => {
  it('summarises what changed since the previous version in Swedish', async () => {
    await recordVersion(draft('Socialnämnden'), 'edit')
    const v = await recordVersion(draft('Arbetsmarknadsnämnden'), 'signed')
    expect(v.summary).toBe('Undertecknad. Ändrat: nämnd.')
    const [newest, first] = await listVersions('d1')
    expect(newest!.id).toBe(v.id)
    expect(first!.summary).toBe('Första versionen: 2 uppgifter ifyllda')
    expect(await recordVersion(draft('x'), 'exported', 'Exporterad som PDF')).toMatchObject({ summary: 'Exporterad som PDF' })
  })

  it('keeps versions in order even when recorded in the same millisecond', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await recordVersion(draft(`N${i}`), 'edit')).id)
    expect((await listVersions('d1')).map((v) => v.id)).toEqual(ids.reverse())
  })

  it('records while editing at most once per interval, and only when something changed', async () => {
    const first = await recordEditVersionThrottled(draft('A'))
    expect(first).not.toBeNull()
    expect(await recordEditVersionThrottled(draft('B'))).toBeNull()
    const later = Date.now() + EDIT_VERSION_INTERVAL_MS + 1
    expect(await recordEditVersionThrottled(draft('A'), later)).toBeNull() // same as the newest version
    expect(await recordEditVersionThrottled(draft('C'), later)).toMatchObject({ summary: 'Ändrat: nämnd.' })
  })

  it('restoring brings old text back as a new version; newer text stays in history', async () => {
    const d = draft('Socialnämnden')
    await save(d)
    const v1 = (await recordEditVersionThrottled(d))!
    // Edited within the throttle interval: the draft is newer than any version.
    const edited = { ...draft('Socialnämnden i Nordost'), status: 'signed' as const }
    await save(edited)

    const restored = await restoreVersion('d1', v1.id)
    expect(restored.data.board).toBe('Socialnämnden')
    expect(restored.status).toBe('draft')
    expect((await db().table('agreementDrafts').get('d1')).data.board).toBe('Socialnämnden')

    const history = await listVersions('d1')
    expect(history.map((v) => v.reason)).toEqual(['restored', 'edit', 'edit'])
    expect(history[1]!.data.board).toBe('Socialnämnden i Nordost')
    expect(history[1]!.summary).toMatch(/^Sparad före återställning/)
    expect(history[0]!.summary).toMatch(/^Återställd från versionen .*Ändrat: nämnd\.$/)
    expect(await getVersion(v1.id)).toEqual(v1) // history never rewritten

    // Restoring the newer text again works the same way, without a redundant snapshot.
    await restoreVersion('d1', history[1]!.id)
    expect((await db().table('agreementDrafts').get('d1')).data.board).toBe('Socialnämnden i Nordost')
    expect((await listVersions('d1')).map((v) => v.reason)).toEqual(['restored', 'restored', 'edit', 'edit'])
  })

  it('refuses a version of another draft', async () => {
    await save(draft('A'))
    const other = await recordVersion({ ...draft('B'), id: 'd2' }, 'edit')
    await expect(restoreVersion('d1', other.id)).rejects.toThrow('Versionen finns inte längre.')
  })
})

describe('signing stores the signed draft and its signed version together', () => {
  const signedDraft = (): AgreementDraftRecord => ({ ...draft('Socialnämnden'), status: 'signed' })

  it('stores both', async () => {
    await save(draft('Socialnämnden'))
    const { saved, version } = await saveSignedDraft(signedDraft(), 'Undertecknat av Åsa')
    expect((await db().table('agreementDrafts').get('d1')).status).toBe('signed')
    expect(version).toMatchObject({ reason: 'signed', status: 'signed', summary: 'Undertecknat av Åsa', draftId: saved.id })
    expect(await listVersions('d1')).toHaveLength(1)
  })

  it('a failure while recording the version leaves neither the signed draft nor a version', async () => {
    await save(draft('Socialnämnden'))
    const refuse = () => {
      throw new Error('disken är full')
    }
    db().table('agreementVersions').hook('creating', refuse)
    try {
      await expect(saveSignedDraft(signedDraft(), 'Undertecknat av Åsa')).rejects.toThrow('disken är full')
    } finally {
      db().table('agreementVersions').hook('creating').unsubscribe(refuse)
    }
    expect((await db().table('agreementDrafts').get('d1')).status, 'the draft is still unsigned').toBe('draft')
    expect(await listVersions('d1')).toHaveLength(0)
  })

  it('a signature that is not the last one saves the draft without a version', async () => {
    await save(draft('Socialnämnden'))
    const { version } = await saveSignedDraft(draft('Socialnämnden'), 'x')
    expect(version).toBeNull()
    expect(await listVersions('d1')).toHaveLength(0)
  })
})
