import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffAgreement, fieldLabel, summarizeChanges } from '@renderer/domain/drafts/agreementDiff'

const base = {
  municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
  board: 'Socialnämnden',
  address: { street: 'Box 1000', postalCode: '', city: 'Göteborg' },
  adminContact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
  place: 'Göteborg',
  date: '2026-11-26',
  signatories: [{ name: 'Märta', title: 'Ordförande' }]
}

describe('diffAgreement', () => {
  it('names each changed field in Swedish, with before and after', () => {
    const after = structuredClone(base)
    after.address.postalCode = '405 10'
    after.board = 'Arbetsmarknadsnämnden'
    after.adminContact.email = ''
    expect(diffAgreement(base, after)).toEqual([
      { path: 'board', label: 'nämnd', kind: 'changed', before: 'Socialnämnden', after: 'Arbetsmarknadsnämnden' },
      { path: 'address.postalCode', label: 'postnummer', kind: 'added', before: '', after: '405 10' },
      { path: 'adminContact.email', label: 'kontaktperson för avtalet (e-post)', kind: 'removed', before: 'asa@goteborg.se', after: '' }
    ])
  })

  it('sees a new signature as one change, and a different drawing as a change', () => {
    const signed = structuredClone(base) as typeof base & { signatories: Array<Record<string, unknown>> }
    signed.signatories[0]!.signature = { kind: 'drawn', png: new Uint8Array([1, 2, 3]) }
    expect(diffAgreement(base, signed).map((c) => c.label)).toEqual(['undertecknare 1 (underskrift)'])
    const redrawn = structuredClone(signed)
    redrawn.signatories[0]!.signature = { kind: 'drawn', png: new Uint8Array([1, 2, 4]) }
    expect(diffAgreement(signed, redrawn)).toHaveLength(1)
    expect(diffAgreement(signed, structuredClone(signed))).toEqual([])
  })

  it('reports fields it has no label for by their path', () => {
    expect(diffAgreement({ a: { b: 1 } }, { a: { b: 2 } })[0]).toMatchObject({ path: 'a.b', label: 'a.b' })
    expect(fieldLabel('technicalContact.phone')).toBe('kontaktperson för tekniska frågor (telefon)')
  })

  it('property: no change with itself, and every changed leaf is reported', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(diffAgreement(value, structuredClone(value))).toEqual([])
      })
    )
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => !k.includes('.')),
          fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
          { minKeys: 1 }
        ),
        (dict) => {
          const changed = Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, `${v}!`]))
          expect(
            diffAgreement(dict, changed)
              .map((c) => c.path)
              .sort()
          ).toEqual(Object.keys(dict).sort())
        }
      )
    )
  })
})

describe('summarizeChanges', () => {
  it('writes one readable Swedish line', () => {
    const after = structuredClone(base)
    after.address.postalCode = '405 10'
    after.board = 'Arbetsmarknadsnämnden'
    after.adminContact.email = ''
    expect(summarizeChanges(base, after)).toBe('Ifyllt: postnummer. Ändrat: nämnd. Tömt: kontaktperson för avtalet (e-post).')
  })

  it('lists at most four fields and counts the rest', () => {
    const after = {
      ...structuredClone(base),
      board: 'X',
      place: 'Y',
      date: '2027-01-01',
      municipality: { name: 'Z', organisationsnummer: '1' }
    }
    after.address.city = 'Mölndal'
    expect(summarizeChanges(base, after)).toBe('Ändrat: kommunens namn, organisationsnummer, nämnd, postort och 2 till.')
  })

  it('describes a first version and no change', () => {
    expect(summarizeChanges(undefined, base)).toBe('Första versionen: 11 uppgifter ifyllda')
    expect(summarizeChanges(undefined, {})).toBe('Första versionen (tom)')
    expect(summarizeChanges(base, structuredClone(base))).toBe('Inga ändringar i uppgifterna')
  })
})
