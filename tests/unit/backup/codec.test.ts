import fc from 'fast-check'
import { storedValue } from './arbitraries'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from '@renderer/domain/backup/base64'
import { canonicalJson, decodeValue, encodeValue, sameStoredValue, usesStringifyForms, type Json } from '@renderer/domain/backup/codec'

describe('base64', () => {
  it('agrees with Node for every length and content', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = bytesToBase64(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64'))
        expect(base64ToBytes(text)).toEqual(bytes)
      })
    )
  })

  it('refuses text no encoder writes', () => {
    for (const bad of ['A', 'AB=', 'A===', 'QR==', 'QUI=x===', 'QU*=', 'QUJD\n', 'Ã¥AA']) expect(base64ToBytes(bad), bad).toBeNull()
    expect(base64ToBytes('')).toEqual(new Uint8Array())
  })

  it('round-trips a 6 MB PDF-sized buffer exactly (its speed is measured by npm run bench)', () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 31) & 255)
    const back = base64ToBytes(bytesToBase64(bytes))!
    expect(back.length).toBe(bytes.length)
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('encodeValue / decodeValue', () => {
  it('round-trips arbitrary stored values exactly through JSON text', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        const text = JSON.stringify(encodeValue(value))
        expect(decodeValue(JSON.parse(text) as Json)).toStrictEqual(value)
      }),
      { numRuns: 300 }
    )
  })

  it('keeps objects that look like tags, and -0, NaN and undefined members', () => {
    const value = { a: { $bytes: 'not binary' }, b: -0, c: Number.NaN, d: undefined, e: [Infinity, -Infinity], f: new Uint8Array([0, 255]) }
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as typeof value
    expect(back).toStrictEqual(value)
    expect(Object.is(back.b, -0)).toBe(true)
    expect('d' in back).toBe(true)
  })

  it('never lets a "__proto__" key change an object prototype', () => {
    const back = decodeValue(JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(back)).toEqual(['__proto__'])
  })

  it('refuses types it cannot restore rather than losing them', () => {
    expect(() => encodeValue(new Map())).toThrow(/Map/)
    expect(() => encodeValue({ f: () => 1 })).toThrow()
  })

  it('rejects damaged tags', () => {
    expect(() => decodeValue({ $bytes: 'QR==' })).toThrow()
    expect(() => decodeValue({ $date: '2026-13-45' })).toThrow()
    expect(() => decodeValue({ $number: '42' })).toThrow()
    expect(() => decodeValue({ $unknown: 1 })).toThrow()
  })
})

describe('canonicalJson', () => {
  it('is independent of member order and equals JSON for sorted input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = value as Json
        const text = canonicalJson(json)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(json)))
        const shuffled = JSON.parse(JSON.stringify(json), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v
        ) as Json
        expect(canonicalJson(shuffled)).toBe(text)
      })
    )
  })

  it('JSON.stringify output, compact or indented, always uses the stringify forms', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(usesStringifyForms(JSON.stringify(value, null, indent))).toBe(true)
      })
    )
    expect(usesStringifyForms(JSON.stringify({ s: '\u001f\ud800 "x" \\ \n', n: [1e21, 5e-7] }))).toBe(true)
  })

  it('finds bytes that parse to the same data but are not what JSON.stringify writes', () => {
    for (const text of ['"\\u001F"', '[1E+21]', '"\\u0061"', '"\\/"', '"\\u000a"', '"\\u00e5"'])
      expect(usesStringifyForms(text), text).toBe(false)
    expect(usesStringifyForms('"1E5 inside a string is text"')).toBe(true)
  })
})

describe('sameStoredValue', () => {
  it('agrees with comparing canonical encodings', () => {
    fc.assert(
      fc.property(storedValue, storedValue, (a, b) => {
        expect(sameStoredValue(a, structuredClone(a))).toBe(true)
        const same = canonicalJson(encodeValue(a)) === canonicalJson(encodeValue(b))
        expect(sameStoredValue(a, b)).toBe(same)
      }),
      { numRuns: 300 }
    )
    expect(sameStoredValue(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false)
    expect(sameStoredValue({ a: undefined }, {})).toBe(false)
    expect(sameStoredValue(-0, 0)).toBe(false)
    expect(sameStoredValue([1], { 0: 1 })).toBe(false)
  })
})
