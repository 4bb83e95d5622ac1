import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAgreementDraft, getAgreementDraft, listPackageAttachments } from '@renderer/db/agreementDrafts'
import { createBoard } from '@renderer/db/boards'
import { clearSignatures } from '@renderer/domain/agreement/signing'
import { contentFingerprint, HandSignatureError, registerHandSignature, scanMimeType } from '@renderer/features/agreement/actions'
import { produceOwnAgreement } from '@renderer/pdf/agreementPdf'
import { buildHandSigningPrint } from '@renderer/pdf/handSigningPrint'
import { freshDatabase } from '../freshDatabase'
import { sampleAgreement, scribblePng } from './agreementSample'

const dir = mkdtempSync(join(tmpdir(), 'hand-signing-'))

function check(name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  const qpdf = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

const scanPdf = () => new TextEncoder().encode('%PDF-1.4\n% inskannad blankett\n')

beforeEach(freshDatabase)

describe('the hand-signature route', () => {
  it('prints the prefilled agreement with empty signature lines and no signature of any kind', async () => {
    const signed = sampleAgreement() // has a drawn and a typed signature: neither may reach the print
    const bytes = await buildHandSigningPrint(signed)
    const text = check('print.pdf', bytes)
    for (const v of [
      'Göteborgs stad',
      '212000-1355',
      'Åsa Öberg-Ärlig',
      'Miloš Dvořák Szőke',
      'Undertecknare 1: namn',
      'Undertecknare 2: namn'
    ])
      expect(text, v).toContain(v)
    expect(text).toContain('Utskrivet ifyllt, med tomma underskriftsrader, för underskrift för hand')
    expect(text).toContain('Inte undertecknat')
    expect(text).not.toContain('Undertecknat av')
    // The typed signature's text appears only as the printed name, once per signatory block and list.
    expect(text).not.toMatch(/inskrivet namn|ritad underskrift/)
  })

  it('registers who signed by hand and when, keeps the scan in the package, and the verification page says so', async () => {
    const board = await createBoard('Socialnämnden')
    const draft = await createAgreementDraft(board.id, 'Avtal', clearSignatures(sampleAgreement()))
    const fingerprint = await contentFingerprint(draft.data)
    const one = await registerHandSignature(
      draft,
      0,
      '2026-12-01',
      { name: 'underskrift-asa.pdf', bytes: scanPdf() },
      new Date('2026-12-01T13:05:00Z')
    )
    expect(one.data.signatories[0]!.signature).toMatchObject({ kind: 'hand', signedOn: '2026-12-01', scanName: 'underskrift-asa.pdf' })
    expect(one.status).toBe('draft')
    const both = await registerHandSignature(
      one,
      1,
      '2026-12-01',
      { name: 'underskrift-milos.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]) },
      new Date('2026-12-01T14:00:00Z')
    )
    expect(both.status).toBe('signed')
    expect((await listPackageAttachments(draft.id)).map((f) => [f.name, f.mimeType])).toEqual([
      ['underskrift-asa.pdf', 'application/pdf'],
      ['underskrift-milos.jpg', 'image/jpeg']
    ])

    const { bytes } = await produceOwnAgreement(both.data)
    const text = check('verification.pdf', bytes)
    expect(text).toContain(`SHA-256 för innehållet när underskriftsomgången startade (visades för varje undertecknare) ${fingerprint}`)
    expect(text).toContain('Underskriftsomgången startade 2026-12-01 14:05:00 (+01:00)')
    expect(text).toContain('underskrift för hand 2026-12-01, inskannad som ”underskrift-asa.pdf”')
    expect(text).toContain('2026-12-01 15:00:00 (+01:00) Undertecknat av Miloš Dvořák Szőke (underskrift för hand 2026-12-01')
  })

  it('refuses a scan that is not a PDF or picture, a bad date, or no file, and stores nothing', async () => {
    const board = await createBoard('Socialnämnden')
    const draft = await createAgreementDraft(board.id, 'Avtal', clearSignatures(sampleAgreement()))
    const before = await getAgreementDraft(draft.id)
    await expect(
      registerHandSignature(draft, 0, '2026-12-01', { name: 'scan.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) })
    ).rejects.toThrow(/är inte en PDF eller en bild/)
    await expect(registerHandSignature(draft, 0, '2026-02-30', { name: 'scan.pdf', bytes: scanPdf() })).rejects.toBeInstanceOf(
      HandSignatureError
    )
    await expect(registerHandSignature(draft, 0, '2026-12-01', null)).rejects.toThrow(/Bifoga den inskannade/)
    await expect(
      registerHandSignature(draft, 0, '2099-01-01', { name: 'scan.pdf', bytes: scanPdf() }, new Date('2026-12-01T12:00:00Z'))
    ).rejects.toThrow(/senare än i dag/)
    expect(await getAgreementDraft(draft.id)).toEqual(before)
    expect(await listPackageAttachments(draft.id)).toEqual([])
  })

  it('recognises scans by their bytes', () => {
    expect(scanMimeType(scanPdf())).toBe('application/pdf')
    expect(scanMimeType(scribblePng())).toBe('image/png')
    expect(scanMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg')
    expect(scanMimeType(new TextEncoder().encode('PDF-1.4'))).toBeNull()
  })
})
