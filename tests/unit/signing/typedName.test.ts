import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normaliseName, typedNameMatches } from '@renderer/domain/signing/typedName'

describe('typedNameMatches', () => {
  it('accepts the registered name whatever the case and spacing', () => {
    expect(typedNameMatches('åsa  öberg', ['Åsa Öberg'])).toBe(true)
    expect(typedNameMatches(' ÅSA ÖBERG ', ['Åsa Öberg'])).toBe(true)
    expect(typedNameMatches('Åsa Öberg - Ärlig', ['Åsa Öberg-Ärlig'])).toBe(true)
  })

  it('accepts a decomposed spelling of the same letters', () => {
    expect(typedNameMatches('A\u030Asa O\u0308berg', ['Åsa Öberg'])).toBe(true)
  })

  it('refuses another name', () => {
    expect(typedNameMatches('Kalle Anka', ['Åsa Öberg'])).toBe(false)
    expect(typedNameMatches('Asa Oberg', ['Åsa Öberg'])).toBe(false)
    expect(typedNameMatches('Åsa', ['Åsa Öberg'])).toBe(false)
    expect(typedNameMatches('', ['Åsa Öberg'])).toBe(false)
    expect(typedNameMatches('   ', [''])).toBe(false)
  })

  it('accepts a preferred name registered beside the full name', () => {
    expect(typedNameMatches('Lisa Berg', ['Elisabeth Berg', 'Lisa Berg'])).toBe(true)
  })

  it('accepts first given name and surname of a longer name, not other pairs', () => {
    expect(typedNameMatches('Anna Svensson', ['Anna Maria Svensson'])).toBe(true)
    expect(typedNameMatches('Maria Svensson', ['Anna Maria Svensson'])).toBe(false)
  })

  it('always accepts the registered name itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(normaliseName(name) !== '')
        expect(typedNameMatches(name, [name])).toBe(true)
      })
    )
  })
})
