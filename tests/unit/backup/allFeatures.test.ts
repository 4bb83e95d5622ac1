// A backup must restore what every feature writes, not only what the backup code knew of when it was
// written: a strict shape that refuses the app's own data would make a backup impossible to restore.
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@renderer/db'
import * as app from '@renderer/db'
import { changeFkEvents, saveAgreementProcess, saveConsent } from '@renderer/db/connection'
import { setRetentionRule } from '@renderer/db/retention'
import { changeContact, recordTermsVersion, reorganise, terminate } from '@renderer/features/connection/goLiveActions'
import { db } from '@renderer/db/database'
import { dump, freshDatabase, seedAppData } from './helpers'

beforeEach(freshDatabase)

async function seedNewerFeatures(boardA: string, draftA: string): Promise<void> {
  await saveConsent(boardA, { kind: 'have', appliedDate: '2026-10-01', grantedDate: '2026-11-10', reference: 'TSG 2026-1234' })
  const draft = (await app.getAgreementDraft(draftA))!
  const scanSha = 'a'.repeat(64)
  await app.saveAgreementDraft({
    ...draft,
    data: {
      ...draft.data,
      signingRound: { startedAt: '2026-11-20T09:00:00.000Z', contentSha256: 'b'.repeat(64) },
      signatories: [
        {
          name: 'Märta Ekström',
          title: 'Ordförande',
          signature: { kind: 'hand', signedOn: '2026-11-20', scanName: 'underskrift.pdf', scanSha256: scanSha },
          signedAt: '2026-11-20T10:00:00.000Z'
        }
      ]
    }
  })
  const [person] = await db().table('caseworkers').toArray()
  await app.updateCaseworker(person.id, {
    name: person.name,
    email: person.email,
    unit: person.unit,
    accessFrom: '2026-01-10',
    accessTo: '2026-12-31'
  })
  const [version] = await db().table('undertakingVersions').toArray()
  await app.recordAcknowledgement({
    caseworkerId: person.id,
    version,
    method: 'pdf-form',
    signedOn: '2026-11-25',
    files: [{ name: 'Försäkran.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 x') }]
  })
  await setRetentionRule({ amount: 2, unit: 'years', basis: 'both', planReference: 'DHP Socialnämnden 2025, 4.3.2' })
  await saveAgreementProcess(boardA, { sent: { date: '2026-11-20', method: 'post' }, fkReceivedDate: '2026-11-24' })
  await changeFkEvents(boardA, () => ({
    events: [
      { id: 'fk1', kind: 'case-number', date: '2026-11-25', caseNumber: 'FK 2026/4711' },
      { id: 'fk2', kind: 'completion-requested', date: '2026-11-30', what: 'Firmatecknarens underskrift saknas' },
      { id: 'fk3', kind: 'completion-sent', date: '2026-12-02' },
      { id: 'fk4', kind: 'confirmation-received', date: '2026-12-15', to: 'Tore Teknik, tore@kommun.se' },
      { id: 'fk5', kind: 'registered', date: '2026-12-16' }
    ]
  }))
  // After go-live: a contact change started from the agreement, a reorganisation, a new
  // version of the Allmänna villkor and a termination.
  const change = { role: 'admin' as const, name: 'Zoë Ødegård', title: '', email: 'zoe@goteborg.se', phone: '', from: '2027-01-10' }
  expect((await changeContact(boardA, { ...change, reason: 'Ny tjänst' })).ok).toBe(true)
  expect((await reorganise(boardA, { toName: 'Välfärdsnämnden', unit: '', date: '2027-02-01', decisionReference: 'KF § 7' })).ok).toBe(true)
  expect((await recordTermsVersion(boardA, { version: '3.0', date: '2027-03-01' })).ok).toBe(true)
  expect((await terminate(boardA, { date: '2027-06-30', reason: 'Omorganisation', by: 'Åsa Öberg', understood: true })).ok).toBe(true)
}

describe('a backup restores the data of every feature', () => {
  it('hand signature, signing round, consent dates, SSBTEK access, PDF-form signing, the retention rule, FK’s handling events and life after go-live', async () => {
    const { boardA, draftA } = await seedAppData()
    await seedNewerFeatures(boardA, draftA)
    const before = await dump()
    for (const password of [undefined, 'korrekt häst batteri häftklammer']) {
      const blob = await exportBackup(password ? { password } : undefined)
      await freshDatabase()
      const report = await importBackup(blob, { mode: 'replace', password })
      expect(report.applied).toBe(true)
      expect(await dump()).toBe(before)
    }
  })
})
