import { beforeEach, describe, expect, it } from 'vitest'
import { createAgreementDraft, getAgreementDraft } from '@renderer/db/agreementDrafts'
import { createBoard } from '@renderer/db/boards'
import { listVersions } from '@renderer/db/agreementVersions'
import { clearSignatures, SigningError } from '@renderer/domain/agreement/signing'
import { contentFingerprint, signDraft } from '@renderer/features/agreement/actions'
import { freshDatabase } from '../freshDatabase'
import { sampleAgreement } from '../pdf/agreementSample'

beforeEach(freshDatabase)

describe('signing a draft', () => {
  it('freezes and fingerprints the content at the first signature, and is "signed" only when everyone has signed', async () => {
    const board = await createBoard('Socialnämnden')
    const draft = await createAgreementDraft(board.id, 'Avtal', clearSignatures(sampleAgreement()))
    const expected = await contentFingerprint(draft.data)

    const one = await signDraft(draft, 0, { kind: 'typed', text: 'Åsa Öberg-Ärlig' }, new Date('2026-12-01T13:05:00Z'))
    expect(one.status).toBe('draft')
    expect(one.data.signingRound).toEqual({ startedAt: '2026-12-01T13:05:00.000Z', contentSha256: expected })
    expect(one.data.events?.at(-1)?.text).toContain(expected)
    // The editing before the signature is kept as a version, then the signature is one of its own.
    const afterOne = await listVersions(draft.id)
    expect(afterOne.map((v) => v.reason)).toEqual(['signed', 'edit'])
    expect(afterOne[0]!.summary).toBe('Undertecknat av Åsa Öberg-Ärlig (1 av 2)')
    expect(afterOne[1]!.data.signatories.every((s) => !s.signature)).toBe(true)

    const both = await signDraft(one, 1, { kind: 'drawn', png: new Uint8Array([137, 80, 78, 71]) }, new Date('2026-12-01T13:10:00Z'))
    expect(both.status).toBe('signed')
    expect(both.data.signingRound?.contentSha256).toBe(expected)
    const afterBoth = await listVersions(draft.id)
    expect(afterBoth.map((v) => v.reason)).toEqual(['signed', 'signed', 'edit'])
    expect(afterBoth[0]).toMatchObject({ status: 'signed', summary: 'Undertecknat av Miloš Dvořák Szőke (2 av 2)' })
  })

  it('refuses a typed name that is not the signatory’s and saves nothing (probe: the stored draft is unchanged)', async () => {
    const board = await createBoard('Socialnämnden')
    const draft = await createAgreementDraft(board.id, 'Avtal', clearSignatures(sampleAgreement()))
    const before = await getAgreementDraft(draft.id)
    await expect(signDraft(draft, 0, { kind: 'typed', text: 'Kalle Anka' })).rejects.toBeInstanceOf(SigningError)
    expect(await getAgreementDraft(draft.id)).toEqual(before)
  })

  it('refuses a second signature when the content changed after the round started', async () => {
    const board = await createBoard('Socialnämnden')
    const draft = await createAgreementDraft(board.id, 'Avtal', clearSignatures(sampleAgreement()))
    const one = await signDraft(draft, 0, { kind: 'typed', text: 'Åsa Öberg-Ärlig' })
    const tampered = { ...one, data: { ...one.data, board: 'Kommunstyrelsen' } }
    await expect(signDraft(tampered, 1, { kind: 'typed', text: 'Miloš Dvořák Szőke' })).rejects.toMatchObject({
      refusal: { code: 'content-changed' }
    })
  })
})
