import { describe, expect, it } from 'vitest'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { flattenAgreement } from '@renderer/domain/drafts/agreementDiff'
import { changeSummary, historyLabel, versionChanges, versionSections } from '@renderer/features/agreement/versionView'
import { agreementFormFields } from '@renderer/i18n/agreement'
import { sampleAgreement } from '../pdf/agreementSample'

const complete = (): AgreementInput => ({
  ...sampleAgreement(),
  filledBy: 'Łukasz Żółć',
  signingRound: { startedAt: '2026-11-26T09:10:00.000Z', contentSha256: 'ab'.repeat(32) },
  events: [{ at: '2026-12-01T20:21:59.237Z', text: 'Utkastet skapades' }]
})

describe('the version history as people read it', () => {
  it('has a Swedish label for every value a complete agreement holds (no internal keys)', () => {
    for (const path of flattenAgreement(complete()).keys()) expect(historyLabel(path), path).not.toBe(path)
  })

  it('shows the fields section by section in the form’s order, with the form’s labels', () => {
    const sections = versionSections(complete())
    expect(sections.map((s) => s.title)).toEqual([
      'Part',
      'Postadress',
      'Kontaktperson för avtalet och administrativa frågor',
      'Kontaktperson för tekniska frågor',
      'Verksamhetssystem',
      'Ort och datum',
      'Undertecknare',
      'Underskriftsomgång',
      'Händelser'
    ])
    const formRows = sections.flatMap((s) => s.rows).filter((r) => agreementFormFields(2).some((f) => f.path === r.path))
    expect(formRows.map((r) => [r.path, r.label])).toEqual(agreementFormFields(2).map((f) => [f.path, f.label]))
    const signatories = sections.find((s) => s.id === 'signatories')!.rows.map((r) => r.label)
    expect(signatories).toEqual([
      'Undertecknare 1: namn',
      'Undertecknare 1: titel',
      'Undertecknare 1: underskrift',
      'Undertecknare 1: datum för underskrift',
      'Undertecknare 2: namn',
      'Undertecknare 2: titel',
      'Undertecknare 2: underskrift',
      'Undertecknare 2: datum för underskrift'
    ])
  })

  it('writes times in Swedish time, a signature by its kind, an event with its time', () => {
    const rows = new Map(
      versionSections(complete())
        .flatMap((s) => s.rows)
        .map((r) => [r.path, r.value])
    )
    expect(rows.get('signatories.0.signedAt')).toBe('2026-11-26 10:15')
    expect(rows.get('signatories.0.signature')).toMatch(/^Ritad underskrift \(kontrollsumma [0-9a-f]{8}\)$/)
    expect(rows.get('signatories.1.signature')).toBe('Inskrivet namn: Miloš Dvořák Szőke')
    expect(rows.get('signingRound.startedAt')).toBe('2026-11-26 10:10')
    expect(rows.get('events.0')).toBe('2026-12-01 21:21 Utkastet skapades')
    const all = versionSections(complete())
      .flatMap((s) => s.rows.map((r) => r.value))
      .join('\n')
    expect(all).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/)
  })

  it('lists what changed in the form’s order, with the old and the new value, and marks those fields', () => {
    const before = complete()
    const after = complete()
    after.signatories[0]!.name = 'Åsa Öberg'
    after.caseSystem = { product: 'Procapita', vendor: '' }
    after.address.city = 'Mölndal'
    after.place = 'Mölndal'
    after.events = [...after.events!, { at: '2026-12-02T08:00:00.000Z', text: 'Ny underskriftsomgång påbörjades' }]
    expect(versionChanges(before, after).map((c) => [c.label, c.kind, c.before, c.after])).toEqual([
      ['Postadress: ort', 'changed', 'Göteborg', 'Mölndal'],
      ['Verksamhetssystem', 'changed', 'Lifecare', 'Procapita'],
      ['Leverantör', 'removed', 'Tietoevry Sverige AB', ''],
      ['Ort och datum: ort', 'changed', 'Göteborg', 'Mölndal'],
      ['Undertecknare 1: namn', 'changed', 'Åsa Öberg-Ärlig', 'Åsa Öberg'],
      ['Händelse', 'added', '', '2026-12-02 09:00 Ny underskriftsomgång påbörjades']
    ])
    const marked = versionSections(after, before)
      .flatMap((s) => s.rows)
      .filter((r) => r.changed)
      .map((r) => r.path)
    expect(marked).toEqual(['address.city', 'caseSystem.product', 'caseSystem.vendor', 'place', 'signatories.0.name', 'events.1'])
  })

  it('sums up a version in one line', () => {
    const before = complete()
    const after = complete()
    after.board = 'Arbetsmarknadsnämnden'
    after.adminContact.email = ''
    after.filledBy = ''
    after.technicalContact = { ...after.technicalContact!, phone: '' }
    expect(changeSummary(before, after)).toBe(
      'Ändrat: Nämnd som är part. Tömt: Kontaktperson för avtalet och administrativa frågor: e-post, Kontaktperson för tekniska frågor: telefon och Ifyllt av.'
    )
    expect(changeSummary(before, complete())).toBe('Inga ändringar i uppgifterna')
    const empty = { ...complete(), events: [] }
    expect(changeSummary(undefined, empty)).toMatch(/^Första versionen: \d+ uppgifter ifyllda$/)
  })

  it('a new signature, and a new signing round, are changes people can read', () => {
    const before: AgreementInput = { ...complete(), signingRound: undefined }
    before.signatories = before.signatories.map(({ name, title }) => ({ name, title }))
    const after = structuredClone(before)
    after.signatories[0] = {
      ...after.signatories[0]!,
      signature: { kind: 'typed', text: 'Åsa Öberg-Ärlig' },
      signedAt: '2026-12-01T13:05:00.000Z'
    }
    after.signingRound = { startedAt: '2026-12-01T13:05:00.000Z', contentSha256: 'cd'.repeat(32) }
    expect(versionChanges(before, after).map((c) => `${c.label}: ${c.after}`)).toEqual([
      'Undertecknare 1: underskrift: Inskrivet namn: Åsa Öberg-Ärlig',
      'Undertecknare 1: datum för underskrift: 2026-12-01 14:05',
      'Underskriftsomgången startade: 2026-12-01 14:05',
      `Kontrollsumma (SHA-256) för innehållet som undertecknas: ${'cd'.repeat(32)}`
    ])
  })
})
