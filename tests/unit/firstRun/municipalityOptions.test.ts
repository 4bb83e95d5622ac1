import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findMunicipality, municipalityList, municipalityOptions } from '@renderer/features/firstRun/municipalityList'

const strip = (s: string) => s.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}/gu, '')

describe('the municipality combobox options', () => {
  const list = municipalityList()

  it('offers all 290 for an empty field, in the list order', () => {
    const options = municipalityOptions('  ')
    expect(options).toHaveLength(290)
    expect(options.map((o) => o.id)).toEqual(list.map((m) => m.code))
  })

  it('filters by name as typed: "kir" offers Kiruna and not Göteborg', () => {
    const names = municipalityOptions('kir').map((o) => o.text)
    expect(names).toContain('Kiruna')
    expect(names).not.toContain('Göteborg')
  })

  it('finds by kommunkod, and shows the code beside the name', () => {
    expect(municipalityOptions('2584')).toEqual([{ id: '2584', text: 'Kiruna', detail: '2584' }])
  })

  it('ignores case and accents, with the exact spelling first', () => {
    expect(municipalityOptions('ostersund')[0]?.text).toBe('Östersund')
    expect(municipalityOptions('ÖSTERSUND')[0]?.text).toBe('Östersund')
    // "Å" typed finds names starting with Å before names starting with A once accents are ignored.
    const a = municipalityOptions('å').map((o) => o.text)
    expect(a[0]?.startsWith('Å')).toBe(true)
    expect(a.some((n) => n.startsWith('A'))).toBe(true)
    expect(a.findIndex((n) => n.startsWith('A'))).toBeGreaterThan(a.findLastIndex((n) => n.startsWith('Å')))
  })

  it('offers nothing for a name that is not a municipality', () => {
    expect(municipalityOptions('Atlantis')).toEqual([])
  })

  it('every option matches the text, none twice, and a full name typed puts that municipality first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...list), fc.nat(), fc.nat(), (m, a, b) => {
        const name = m.name
        const from = a % name.length
        const query = name.slice(from, from + 1 + (b % (name.length - from)))
        const options = municipalityOptions(query)
        expect(new Set(options.map((o) => o.id)).size).toBe(options.length)
        // Spaces around what is typed do not count ("Lilla Edet" sliced at the space gives " "): blank offers all.
        const typed = query.trim()
        if (!typed) expect(options).toHaveLength(list.length)
        for (const o of options) expect(!typed || strip(o.text).includes(strip(typed)) || o.id.startsWith(typed)).toBe(true)
        expect(options.map((o) => o.id)).toContain(m.code)
        expect(municipalityOptions(name)[0]?.id).toBe(m.code)
        expect(findMunicipality(name)?.code).toBe(m.code)
      })
    )
  })

  it('treats a query of spaces, or spaces around a name, as what is typed between them', () => {
    expect(municipalityOptions(' ')).toHaveLength(list.length)
    expect(municipalityOptions(' Edet ').map((o) => o.text)).toContain('Lilla Edet')
  })

  it('never throws and offers a subset of the list for any text', () => {
    const codes = new Set(list.map((m) => m.code))
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const o of municipalityOptions(text)) expect(codes.has(o.id)).toBe(true)
      })
    )
  })
})
