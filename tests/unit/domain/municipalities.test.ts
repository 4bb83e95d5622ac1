import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MunicipalityDataError, parseMunicipalities, searchMunicipalities } from '@renderer/domain'

const csv = readFileSync(new URL('../../../resources/content/kommuner.csv', import.meta.url), 'utf8')

describe('the shipped municipality list', () => {
  const list = parseMunicipalities(csv)
  it('holds all 290 municipalities with unique four-digit codes', () => {
    expect(list).toHaveLength(290)
    expect(new Set(list.map((m) => m.code)).size).toBe(290)
    expect(list.every((m) => /^\d{4}$/.test(m.code))).toBe(true)
  })
  it('corrects official names the source gets wrong', () => {
    const byCode = new Map(list.map((m) => [m.code, m]))
    expect(byCode.get('1480')?.officialName).toBe('Göteborgs stad')
    expect(byCode.get('0180')?.officialName).toBe('Stockholms stad')
    expect(byCode.get('0980')?.officialName).toBe('Region Gotland')
  })
  it('sorts in Swedish order (Å, Ä, Ö last)', () => {
    const names = list.map((m) => m.name)
    expect(names.indexOf('Örebro')).toBeGreaterThan(names.indexOf('Ystad'))
    expect(names.indexOf('Åre')).toBeLessThan(names.indexOf('Örebro'))
  })
  it('finds by prefix, infix and code, case-insensitively', () => {
    expect(searchMunicipalities(list, 'göte')[0]?.name).toBe('Göteborg')
    expect(searchMunicipalities(list, 'ÖREBRO')[0]?.code).toBe('1880')
    expect(searchMunicipalities(list, '0180')[0]?.name).toBe('Stockholm')
    expect(searchMunicipalities(list, 'zzz')).toEqual([])
  })
  it('refuses a malformed list with an error rather than a half list', () => {
    expect(() => parseMunicipalities('municipality_code,municipality_name,municipality_name_short,county_code\nabc,,X,01\n')).toThrow(
      MunicipalityDataError
    )
  })
})
