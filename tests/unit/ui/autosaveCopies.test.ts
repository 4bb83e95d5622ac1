import { beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase } from '../freshDatabase'
import { installMemoryLocalStorage } from '../memoryLocalStorage'

installMemoryLocalStorage()

const { autosaveCopyKeys, createCopyTracker, discardAutosaveCopies, peekAutosaveCopy, recoverAutosaveCopy, writeAutosaveCopy } =
  await import('@renderer/platform/autosaveCopies')
const { contentRevision } = await import('@renderer/domain/drafts/contentRevision')
const {
  addCaseworker,
  createAgreementDraft,
  deleteAgreementDraft,
  eraseCaseworkers,
  exportBackup,
  getAgreementDraft,
  importBackup,
  prefilledAgreement,
  saveAgreementDraft
} = await import('@renderer/db')

type Form = { text: string; png?: Uint8Array }
const rev = (v: Form) => contentRevision(v)
const storedKeys = () => {
  const names: string[] = []
  for (let i = 0; i < localStorage.length; i++) names.push(localStorage.key(i)!)
  return names
}

beforeEach(() => {
  installMemoryLocalStorage()
})

describe('autosave copies know the revision they were taken from', () => {
  it('recover: a copy of the stored revision is applied, its bytes intact, and the recovery save removes it', () => {
    const stored: Form = { text: '' }
    const typing = createCopyTracker<Form>('draft:1', rev)
    expect(typing.begin(stored)).toBe(false)
    const png = new Uint8Array([137, 80, 78, 71, 0, 255])
    typing.changed({ text: 'Lifecare', png })
    // Crash: the database still holds `stored`.

    const back = recoverAutosaveCopy<Form>('draft:1', rev(stored))!
    expect(back.text).toBe('Lifecare')
    expect([...back.png!]).toEqual([...png])
    const reopened = createCopyTracker<Form>('draft:1', rev)
    expect(reopened.begin(back), 'the recovered value needs a real save').toBe(true)
    reopened.saved(back)
    expect(peekAutosaveCopy('draft:1')).toBeUndefined()
    expect(storedKeys()).toEqual([])
  })

  it('restore after recover: once the stored record has another revision, the copy is deleted and the record wins', () => {
    const stored: Form = { text: '' }
    const typing = createCopyTracker<Form>('draft:2', rev)
    typing.begin(stored)
    typing.changed({ text: 'old typed text' })
    // A backup (or an older version) is put back: the record now says VERSION-A.
    const restored: Form = { text: 'VERSION-A' }
    expect(recoverAutosaveCopy<Form>('draft:2', rev(restored))).toBeUndefined()
    expect(peekAutosaveCopy('draft:2'), 'the stale copy is gone for good').toBeUndefined()
    expect(recoverAutosaveCopy<Form>('draft:2', rev(stored))).toBeUndefined()
  })

  it('a value typed while an earlier save ran is moved onto the revision that save stored', () => {
    const typing = createCopyTracker<Form>('draft:3', rev)
    typing.begin({ text: '' })
    const first = { text: 'Life' }
    const second = { text: 'Lifecare' }
    typing.changed(first)
    typing.changed(second)
    typing.saved(first)
    // Crash before `second` is stored: the database holds `first`.
    expect(recoverAutosaveCopy<Form>('draft:3', rev(first))).toEqual(second)
    typing.saved(second)
    expect(peekAutosaveCopy('draft:3')).toBeUndefined()
  })

  it('quota error: the older copy is removed, so it can never win later', () => {
    const typing = createCopyTracker<Form>('draft:4', rev)
    const stored = { text: '' }
    typing.begin(stored)
    typing.changed({ text: 'old' })
    expect(peekAutosaveCopy('draft:4')).toBeDefined()
    const real = localStorage.setItem
    localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(() => typing.changed({ text: 'old and new' })).not.toThrow()
    localStorage.setItem = real
    expect(recoverAutosaveCopy<Form>('draft:4', rev(stored))).toBeUndefined()
    expect(storedKeys()).toEqual([])
  })

  it('a copy without a revision (written by an older app version) or a damaged one is never applied', () => {
    localStorage.setItem('anslutningsguiden:autosave:draft:5', JSON.stringify({ seq: 1, value: { text: 'old' } }))
    localStorage.setItem('anslutningsguiden:autosave:draft:6', '{not json')
    expect(recoverAutosaveCopy('draft:5', rev({ text: '' }))).toBeUndefined()
    expect(recoverAutosaveCopy('draft:6', rev({ text: '' }))).toBeUndefined()
    expect(storedKeys()).toEqual([])
  })

  it('discardAutosaveCopies removes every copy, or those under a prefix, and leaves other storage alone', () => {
    localStorage.setItem('someone-else', 'x')
    writeAutosaveCopy('board:a:task', { text: 'a' }, 'r')
    writeAutosaveCopy('board:b:task', { text: 'b' }, 'r')
    discardAutosaveCopies(autosaveCopyKeys.boardPrefix('a'))
    expect(storedKeys().sort()).toEqual(['anslutningsguiden:autosave:board:b:task', 'someone-else'])
    discardAutosaveCopies()
    expect(storedKeys()).toEqual(['someone-else'])
  })

  it('the revision ignores key order and sees every change, bytes included', () => {
    expect(contentRevision({ a: 1, b: 'x' })).toBe(contentRevision({ b: 'x', a: 1 }))
    expect(contentRevision({ a: 1 })).not.toBe(contentRevision({ a: 2 }))
    expect(contentRevision({ png: new Uint8Array([1, 2]) })).not.toBe(contentRevision({ png: new Uint8Array([1, 3]) }))
  })
})

describe('records that go take their copies with them', () => {
  beforeEach(freshDatabase)

  it('deleting a draft removes its copy, signature images included', async () => {
    const draft = await createAgreementDraft('board-1', 'Avtal', prefilledAgreement(null, 'Socialnämnden', '2026-01-05'))
    const key = autosaveCopyKeys.agreementDraft(draft.id)
    const signed = {
      ...draft.data,
      signatories: [{ name: 'Åsa', title: 'Ordf', signature: { kind: 'drawn', png: new Uint8Array([1, 2, 3]) } }]
    }
    writeAutosaveCopy(key, { ...draft, data: signed }, 'r')
    writeAutosaveCopy(autosaveCopyKeys.agreementDraft('other'), { text: 'kept' }, 'r')
    await deleteAgreementDraft(draft.id)
    expect(await getAgreementDraft(draft.id)).toBeUndefined()
    expect(peekAutosaveCopy(key)).toBeUndefined()
    expect(peekAutosaveCopy(autosaveCopyKeys.agreementDraft('other')), 'another draft keeps its copy').toBeDefined()
  })

  it('erasing a caseworker removes copies of their data', async () => {
    const person = await addCaseworker({
      name: 'Åsa Öberg',
      email: 'asa@example.se',
      unit: 'Ekonomiskt bistånd',
      role: 'Handläggare',
      startDate: '2026-01-01'
    } as never)
    writeAutosaveCopy(`${autosaveCopyKeys.caseworkerPrefix(person.id)}form`, { text: 'personuppgifter' }, 'r')
    writeAutosaveCopy(autosaveCopyKeys.profileFacts(), { text: 'kept' }, 'r')
    await eraseCaseworkers([person.id])
    expect(storedKeys()).toEqual(['anslutningsguiden:autosave:profile-facts'])
  })

  it('an import removes every copy; a refused import removes none', async () => {
    const draft = await createAgreementDraft('board-1', 'Avtal', prefilledAgreement(null, 'Socialnämnden', '2026-01-05'))
    const backup = await exportBackup()
    await saveAgreementDraft({ ...draft, name: 'Ändrat efter säkerhetskopian' })
    writeAutosaveCopy(autosaveCopyKeys.agreementDraft(draft.id), { text: 'typed' }, 'r')

    await expect(importBackup(new Blob(['{"inte": "en säkerhetskopia"}']), { mode: 'replace' })).rejects.toThrow()
    expect(storedKeys(), 'nothing changes when the file is refused').toHaveLength(1)

    await importBackup(backup, { mode: 'replace' })
    expect((await getAgreementDraft(draft.id))!.name).toBe('Avtal')
    expect(storedKeys()).toEqual([])
  })
})
