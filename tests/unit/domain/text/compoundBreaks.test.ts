import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compoundPieces } from '@renderer/domain/text/compoundBreaks'

describe('compoundPieces: where a board’s name may break in a narrow column', () => {
  it.each([
    ['Arbetsmarknadsnämnden', ['Arbetsmarknads', 'nämnden']],
    ['Socialnämnden Nordost', ['Social', 'nämnden Nordost']],
    ['Vuxenutbildnings- och arbetsmarknadsnämnden', ['Vuxenutbildnings- och arbetsmarknads', 'nämnden']],
    ['Kommunstyrelsen', ['Kommun', 'styrelsen']],
    ['Individ- och familjeomsorgsutskottet', ['Individ- och familjeomsorgs', 'utskottet']],
    ['ARBETSMARKNADSNÄMNDEN', ['ARBETSMARKNADS', 'NÄMNDEN']]
  ])('%s', (name, pieces) => {
    expect(compoundPieces(name)).toEqual(pieces)
  })

  it('leaves a name alone where the word stands by itself or the first part is too short to stand alone', () => {
    expect(compoundPieces('Gemensamma nämnden')).toEqual(['Gemensamma nämnden'])
    expect(compoundPieces('Nämnden för arbete')).toEqual(['Nämnden för arbete'])
    expect(compoundPieces('Ksnämnd')).toEqual(['Ksnämnd'])
    expect(compoundPieces('')).toEqual([''])
  })

  it('always joins back to exactly the name, in non-empty pieces (property)', () => {
    const part = fc.constantFrom('Social', 'nämnden', 'nämnd', 'styrelse', 'utskott', ' ', '-', 'å', 'Ö', 'x', 'och ')
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }).map((p) => p.join('')),
        (name) => {
          const pieces = compoundPieces(name)
          expect(pieces.join('')).toBe(name)
          if (name) expect(pieces.every((p) => p.length > 0)).toBe(true)
        }
      )
    )
  })
})
