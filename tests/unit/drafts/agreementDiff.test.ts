import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { agreementDataDiffers, diffAgreement, flattenAgreement } from '@renderer/domain/drafts/agreementDiff'

const base = {
  municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
  board: 'Socialnämnden',
  address: { street: 'Box 1000', postalCode: '', city: 'Göteborg' },
  adminContact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
  place: 'Göteborg',
  date: '2026-11-26',
  signatories: [{ name: 'Märta', title: 'Ordförande' }]
}

describe('diffAgreement (data and codes; the words are the history screen’s)', () => {
  it('reports each changed field by path, kind and the values before and after', () => {
    const after = structuredClone(base)
    after.address.postalCode = '405 10'
    after.board = 'Arbetsmarknadsnämnden'
    after.adminContact.email = ''
    expect(diffAgreement(base, after)).toEqual([
      { path: 'board', kind: 'changed', before: 'Socialnämnden', after: 'Arbetsmarknadsnämnden' },
      { path: 'address.postalCode', kind: 'added', before: '', after: '405 10' },
      { path: 'adminContact.email', kind: 'removed', before: 'asa@goteborg.se', after: '' }
    ])
  })

  it('sees a new signature as one change, and a different drawing as a change', () => {
    const signed = structuredClone(base) as typeof base & { signatories: Array<Record<string, unknown>> }
    signed.signatories[0]!.signature = { kind: 'drawn', png: new Uint8Array([1, 2, 3]) }
    expect(diffAgreement(base, signed).map((c) => [c.path, c.kind])).toEqual([['signatories.0.signature', 'added']])
    const redrawn = structuredClone(signed)
    redrawn.signatories[0]!.signature = { kind: 'drawn', png: new Uint8Array([1, 2, 4]) }
    expect(diffAgreement(signed, redrawn)).toHaveLength(1)
    expect(diffAgreement(signed, structuredClone(signed))).toEqual([])
  })

  it('takes an event as one value and a removed field as removed', () => {
    const withEvent = { ...structuredClone(base), events: [{ at: '2026-12-01T20:21:59.237Z', text: 'Utkastet skapades' }] }
    expect(flattenAgreement(withEvent).get('events.0')).toEqual({
      kind: 'event',
      at: '2026-12-01T20:21:59.237Z',
      text: 'Utkastet skapades'
    })
    expect(diffAgreement(base, withEvent)).toEqual([
      { path: 'events.0', kind: 'added', after: flattenAgreement(withEvent).get('events.0') }
    ])
    expect(diffAgreement(withEvent, base)).toEqual([
      { path: 'events.0', kind: 'removed', before: flattenAgreement(withEvent).get('events.0') }
    ])
  })

  it('ignores spaces around a value; reports a field the form adds later by its path', () => {
    expect(agreementDataDiffers(base, { ...structuredClone(base), board: ' Socialnämnden ' })).toBe(false)
    expect(diffAgreement({ a: { b: 1 } }, { a: { b: 2 } })[0]).toMatchObject({ path: 'a.b', kind: 'changed' })
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
