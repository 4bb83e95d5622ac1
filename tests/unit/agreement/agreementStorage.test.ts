import { beforeEach, describe, expect, it } from 'vitest'
import {
  addPackageAttachment,
  createAgreementDraft,
  deleteAgreementDraft,
  duplicateAgreementDraft,
  listAgreementDrafts,
  listAppDocuments,
  listPackageAttachments,
  PackageRefusedError,
  prefilledAgreement,
  renameAgreementDraft
} from '@renderer/db/agreementDrafts'
import { getFkAddress, saveFkAddress } from '@renderer/db/agreementFkAddress'
import { listVersions, recordVersion } from '@renderer/db/agreementVersions'
import { db } from '@renderer/db/database'
import { getPdfTemplate, listPdfTemplates, savePdfTemplate } from '@renderer/db/pdfTemplates'
import type { MunicipalityProfile } from '@renderer/db/types'
import { UNDERTAKING_REFUSAL } from '@renderer/domain/agreement'
import { sampleAgreement } from '../pdf/agreementSample'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)

const profile: MunicipalityProfile = {
  code: '1480',
  name: 'Göteborg',
  officialName: 'Göteborgs stad',
  organisationsnummer: '212000-1355',
  address: { street: 'Box 5043', postalCode: '402 21', city: 'Göteborg' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z'
}

describe('agreement drafts', () => {
  it('prefills a new draft from the profile and the board', () => {
    const data = prefilledAgreement(profile, 'Socialnämnden', '2026-11-26')
    expect(data.municipality).toEqual({ name: 'Göteborgs stad', organisationsnummer: '212000-1355' })
    expect(data.address).toEqual(profile.address)
    expect(data.board).toBe('Socialnämnden')
    expect(data.place).toBe('Göteborg')
    expect(data.date).toBe('2026-11-26')
    expect(data.signatories).toEqual([{ name: '', title: '' }])
  })

  it('lists per board, renames, copies without signatures, and deletes a draft with its versions', async () => {
    const a = await createAgreementDraft('b1', 'Avtal 1', sampleAgreement())
    await createAgreementDraft('b2', 'Annan nämnd', sampleAgreement())
    expect((await listAgreementDrafts('b1')).map((d) => d.name)).toEqual(['Avtal 1'])
    expect(a.data.events?.[0]?.text).toBe('Utkastet skapades')

    await renameAgreementDraft(a.id, '  Avtal med ny titel ')
    const copy = await duplicateAgreementDraft(a.id, (n) => `Kopia av ${n}`)
    expect(copy.name).toBe('Kopia av Avtal med ny titel')
    expect(copy.data.signatories.every((s) => !s.signature && !s.signedAt)).toBe(true)
    expect(copy.data.adminContact.name).toBe('Łukasz Żółć')
    expect((await listAgreementDrafts('b1')).length).toBe(2)

    await recordVersion(a, 'signed', 'Undertecknat')
    expect(await listVersions(a.id)).toHaveLength(1)
    await deleteAgreementDraft(a.id)
    expect((await listAgreementDrafts('b1')).map((d) => d.id)).toEqual([copy.id])
    expect(await listVersions(a.id)).toHaveLength(0)
  })

  it('deletes the draft’s send package with it (a scan of a hand signature among it), and nothing of another draft', async () => {
    const a = await createAgreementDraft('b1', 'Avtal 1', sampleAgreement())
    const b = await createAgreementDraft('b1', 'Avtal 2', sampleAgreement())
    const file = (name: string) => ({ name, mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4\n') })
    await addPackageAttachment(a, file('skanning.pdf'))
    await addPackageAttachment(a, file('beslut.pdf'))
    await addPackageAttachment(b, file('annat beslut.pdf'))

    await deleteAgreementDraft(a.id)
    expect(await listPackageAttachments(a.id)).toEqual([])
    expect((await listPackageAttachments(b.id)).map((f) => f.name)).toEqual(['annat beslut.pdf'])
    expect(await db().table('attachments').count()).toBe(1)
  })
})

describe('FK form templates', () => {
  it('keeps the mapping under the file’s fingerprint, replacing it on a later save', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    await savePdfTemplate({
      fingerprint: 'abc',
      name: 'blankett.pdf',
      kind: 'acroform',
      bytes,
      mapping: { fields: { kommun: 'municipality.name' } }
    })
    const first = await getPdfTemplate('abc')
    await savePdfTemplate({
      fingerprint: 'abc',
      name: 'blankett.pdf',
      kind: 'acroform',
      bytes,
      mapping: { fields: { kommun: 'municipality.name', orgnr: 'municipality.organisationsnummer' } }
    })
    const second = await getPdfTemplate('abc')
    expect(second?.mapping.fields).toEqual({ kommun: 'municipality.name', orgnr: 'municipality.organisationsnummer' })
    expect(second?.createdAt).toBe(first?.createdAt)
    expect(second?.bytes).toEqual(bytes)
    expect(await listPdfTemplates()).toHaveLength(1)
  })
})

describe('the send package', () => {
  it('refuses an undertaking — marked, named or stored as one — and stores nothing', async () => {
    const draft = await createAgreementDraft('b1', 'Avtal', sampleAgreement())
    const before = await db().table('attachments').count()
    for (const file of [
      { name: 'scan.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80]), markedAsUndertaking: true },
      { name: 'Påminnelse för handläggare SSBTEK.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37]) },
      { name: 'signerad.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37]), ownerType: 'undertaking' }
    ]) {
      const error = await addPackageAttachment(draft, file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PackageRefusedError)
      expect((error as Error).message).toBe(UNDERTAKING_REFUSAL)
    }
    expect(await db().table('attachments').count()).toBe(before)

    const ok = await addPackageAttachment(draft, {
      name: 'Protokollsutdrag.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70])
    })
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect((await listPackageAttachments(draft.id)).map((a) => a.name)).toEqual(['Protokollsutdrag.pdf'])
    // Package copies are not offered again as "documents in the app".
    expect((await listAppDocuments('b1')).map((a) => a.name)).not.toContain('Protokollsutdrag.pdf')
  })

  it('ships FK’s address as unconfirmed content, and keeps the user’s correction', async () => {
    const shipped = await getFkAddress()
    expect(shipped.confirmed).toBe(false)
    expect(shipped.edited).toBe(false)
    await saveFkAddress(['Försäkringskassan', 'Box 1', '123 45 Ort'], true)
    expect(await getFkAddress()).toMatchObject({ lines: ['Försäkringskassan', 'Box 1', '123 45 Ort'], confirmed: true, edited: true })
  })
})
