import { beforeEach, describe, expect, it } from 'vitest'
import {
  getVersion,
  listVersions,
  recordEditVersion,
  recordStoredEditVersion,
  recordVersion,
  restoreVersion,
  saveSignedDraft,
  VersionMissingError
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
const notes = { savedBefore: 'Sparad före återställning', restoredFrom: (v: { createdAt: string }) => `Återställd från ${v.createdAt}` }

describe('agreement versions', () => {
  it('stores a snapshot with the caller’s note; the changes are worked out when shown, not stored', async () => {
    const v = await recordVersion(draft('Socialnämnden'), 'exported', '  Exporterad som PDF ')
    expect(v).toMatchObject({ reason: 'exported', summary: 'Exporterad som PDF', status: 'draft', draftId: 'd1' })
    expect(v.data.board).toBe('Socialnämnden')
    expect((await recordVersion(draft('x'), 'edit')).summary).toBe('')
  })

  it('keeps versions in order even when recorded in the same millisecond', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await recordVersion(draft(`N${i}`), 'edit')).id)
    expect((await listVersions('d1')).map((v) => v.id)).toEqual(ids.reverse())
  })

  it('an editing session ends in a version only when the data differs from the newest version', async () => {
    expect(await recordEditVersion(draft('A'))).not.toBeNull() // the first version
    expect(await recordEditVersion(draft('A'))).toBeNull() // nothing new
    expect(await recordEditVersion(draft(' A '))).toBeNull() // spaces around a value are no change
    expect(await recordEditVersion(draft('B'))).toMatchObject({ reason: 'edit', summary: '' })
    expect((await listVersions('d1')).map((v) => v.data.board)).toEqual(['B', 'A'])
  })

  it('a session’s end reads the stored draft; a draft that is gone makes no version', async () => {
    await save(draft('Stored'))
    expect((await recordStoredEditVersion('d1'))?.data.board).toBe('Stored')
    expect(await recordStoredEditVersion('d1')).toBeNull()
    expect(await recordStoredEditVersion('nope')).toBeNull()
  })

  it('restoring brings old text back as a new version; newer text stays in history', async () => {
    const d = draft('Socialnämnden')
    await save(d)
    const v1 = (await recordEditVersion(d))!
    // Edited in a session that has not ended: the draft is newer than any version.
    const edited = { ...draft('Socialnämnden i Nordost'), status: 'signed' as const }
    await save(edited)

    const restored = await restoreVersion('d1', v1.id, notes)
    expect(restored.data.board).toBe('Socialnämnden')
    expect(restored.status).toBe('draft')
    expect((await db().table('agreementDrafts').get('d1')).data.board).toBe('Socialnämnden')

    const history = await listVersions('d1')
    expect(history.map((v) => v.reason)).toEqual(['restored', 'edit', 'edit'])
    expect(history[1]!.data.board).toBe('Socialnämnden i Nordost')
    expect(history[1]!.summary).toBe('Sparad före återställning')
    expect(history[0]!.summary).toBe(`Återställd från ${v1.createdAt}`)
    expect(await getVersion(v1.id)).toEqual(v1) // history never rewritten

    // Restoring the newer text again works the same way, without a redundant snapshot.
    await restoreVersion('d1', history[1]!.id, notes)
    expect((await db().table('agreementDrafts').get('d1')).data.board).toBe('Socialnämnden i Nordost')
    expect((await listVersions('d1')).map((v) => v.reason)).toEqual(['restored', 'restored', 'edit', 'edit'])
  })

  it('refuses a version of another draft', async () => {
    await save(draft('A'))
    const other = await recordVersion({ ...draft('B'), id: 'd2' }, 'edit')
    await expect(restoreVersion('d1', other.id, notes)).rejects.toBeInstanceOf(VersionMissingError)
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

  it('a signature that is not the last one is a version of its own too', async () => {
    await save(draft('Socialnämnden'))
    const { version } = await saveSignedDraft(draft('Socialnämnden'), 'Undertecknat av Åsa (1 av 2)')
    expect(version).toMatchObject({ reason: 'signed', status: 'draft', summary: 'Undertecknat av Åsa (1 av 2)' })
    expect(await listVersions('d1')).toHaveLength(1)
  })
})
