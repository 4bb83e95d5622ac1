import { describe, expect, it } from 'vitest'
import { suggestMapping, suggestPath } from '@renderer/domain/agreement'

describe('suggestPath (a first guess the user reviews)', () => {
  it.each([
    ['kommun', 'text', 'municipality.name'],
    ['orgnr', 'text', 'municipality.organisationsnummer'],
    ['Organisationsnummer', 'text', 'municipality.organisationsnummer'],
    ['namnd', 'text', 'board'],
    ['Nämnd', 'text', 'board'],
    ['adress', 'text', 'address.street'],
    ['postnr', 'text', 'address.postalCode'],
    ['ort', 'text', 'address.city'],
    ['avtal_namn', 'text', 'adminContact.name'],
    ['avtal_epost', 'text', 'adminContact.email'],
    ['avtal_telefon', 'text', 'adminContact.phone'],
    ['kontakt.teknik.namn', 'text', 'technicalContact.name'],
    ['kontakt.teknik.epost', 'text', 'technicalContact.email'],
    ['system', 'text', 'caseSystem.product'],
    ['Leverantör', 'text', 'caseSystem.vendor'],
    ['ort_datum', 'text', 'placeAndDate'],
    ['underskrift', 'signature', 'signatories.0.signature'],
    ['underskrift2', 'signature', 'signatories.1.signature'],
    ['namnfortydligande', 'text', 'signatories.0.name'],
    ['titel', 'text', 'signatories.0.title'],
    ['villkor_lasta', 'checkbox', ''],
    ['Text1', 'text', '']
  ])('%s (%s) → %s', (name, type, path) => {
    expect(suggestPath(name, type)).toBe(path)
  })

  it('keeps what the user already mapped, including "not filled"', () => {
    expect(
      suggestMapping(
        [
          { name: 'kommun', type: 'text' },
          { name: 'orgnr', type: 'text' }
        ],
        { kommun: '' }
      )
    ).toEqual({ kommun: '', orgnr: 'municipality.organisationsnummer' })
  })
})
