import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseOrganisationsnummer, parseAgreementOrganisationsnummer, luhnCheckDigit, ORGNR_MESSAGES } from '@renderer/domain'

/** Nine digits with the third ≥ 2, plus their Luhn check digit: a valid organisationsnummer. */
const validDigits = fc
  .tuple(
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 2, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 })
  )
  .map(([a, b, c, rest]) => {
    const nine = `${a}${b}${c}${rest.join('')}`
    return `${nine}${luhnCheckDigit(nine)}`
  })

const dashed = (d: string) => `${d.slice(0, 6)}-${d.slice(6)}`

describe('parseOrganisationsnummer', () => {
  it('accepts known numbers and gives the canonical form and group', () => {
    expect(parseOrganisationsnummer('212000-1355')).toEqual({ ok: true, value: '212000-1355', group: 2 })
    expect(parseOrganisationsnummer('2120001355')).toEqual({ ok: true, value: '212000-1355', group: 2 })
    expect(parseOrganisationsnummer('162120001355')).toEqual({ ok: true, value: '212000-1355', group: 2 })
    expect(parseOrganisationsnummer('16212000-1355')).toEqual({ ok: true, value: '212000-1355', group: 2 })
    expect(parseOrganisationsnummer(' 212000-1355 ')).toEqual({ ok: true, value: '212000-1355', group: 2 })
    // Stockholms stad, Skatteverket, an aktiebolag (group 5)
    expect(parseOrganisationsnummer('212000-0142')).toMatchObject({ ok: true, group: 2 })
    expect(parseOrganisationsnummer('202100-5448')).toMatchObject({ ok: true, group: 2 })
    expect(parseOrganisationsnummer('556016-0680')).toMatchObject({ ok: true, group: 5 })
  })

  it('rejects with a Swedish message saying what is wrong', () => {
    expect(parseOrganisationsnummer('')).toEqual({ ok: false, error: ORGNR_MESSAGES.empty })
    expect(parseOrganisationsnummer('212000-135')).toEqual({ ok: false, error: ORGNR_MESSAGES.format })
    expect(parseOrganisationsnummer('21200O-1355')).toEqual({ ok: false, error: ORGNR_MESSAGES.format })
    expect(parseOrganisationsnummer('212000--1355')).toEqual({ ok: false, error: ORGNR_MESSAGES.format })
    expect(parseOrganisationsnummer('192120001355')).toEqual({ ok: false, error: ORGNR_MESSAGES.prefix16 })
    expect(parseOrganisationsnummer('212000-1356')).toEqual({ ok: false, error: ORGNR_MESSAGES.checkDigit })
    // A personnummer (third digit is a month's first digit, 0 or 1) is not an organisationsnummer.
    expect(parseOrganisationsnummer('811218-9876')).toEqual({ ok: false, error: ORGNR_MESSAGES.thirdDigit })
  })

  it('property: every valid number is accepted in all forms with one canonical value', () => {
    fc.assert(
      fc.property(validDigits, (d) => {
        const forms = [dashed(d), d, `16${d}`, `16${dashed(d)}`]
        const results = forms.map(parseOrganisationsnummer)
        for (const r of results) expect(r).toEqual({ ok: true, value: dashed(d), group: Number(d[0]) })
      }),
      { numRuns: 500 }
    )
  })

  it('property: changing any single digit makes it invalid', () => {
    fc.assert(
      fc.property(validDigits, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const changed = d.slice(0, pos) + String((Number(d[pos]) + delta) % 10) + d.slice(pos + 1)
        expect(parseOrganisationsnummer(dashed(changed)).ok).toBe(false)
        expect(parseOrganisationsnummer(changed).ok).toBe(false)
        expect(parseOrganisationsnummer(`16${changed}`).ok).toBe(false)
      }),
      { numRuns: 500 }
    )
  })

  it('property: error messages are Swedish sentences, never thrown exceptions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseOrganisationsnummer(s)
        if (!r.ok) expect(r.error).toMatch(/[.]$/)
      })
    )
  })
})

describe('parseAgreementOrganisationsnummer', () => {
  it('requires group 2 with its own message', () => {
    expect(parseAgreementOrganisationsnummer('212000-1355')).toMatchObject({ ok: true })
    expect(parseAgreementOrganisationsnummer('556016-0680')).toEqual({ ok: false, error: ORGNR_MESSAGES.notPublicBody })
    expect(parseAgreementOrganisationsnummer('212000-1356')).toEqual({ ok: false, error: ORGNR_MESSAGES.checkDigit })
  })
})
