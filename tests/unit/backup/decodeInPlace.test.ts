import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeInPlace, decodeValue, encodeValue, takeOnce, type Json } from '@renderer/domain/backup/codec'
import { storedValue } from './arbitraries'

/** The importer decodes parsed JSON where it lies; it must give exactly what decodeValue gives. */
describe('decodeInPlace', () => {
  it('gives what decodeValue gives for any stored value, binary entries included', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        const files = new Map<string, Uint8Array>()
        const text = JSON.stringify(
          encodeValue(value, (bytes) => {
            const name = `files/${files.size + 1}.bin`
            files.set(name, bytes.slice())
            return name
          })
        )
        const expected = decodeValue(JSON.parse(text) as Json, files)
        const actual = decodeInPlace(JSON.parse(text) as Json, takeOnce(files))
        expect(actual).toStrictEqual(expected)
        expect(actual).toStrictEqual(value)
      }),
      { numRuns: 300 }
    )
  })

  it('hands an entry out once as it is, and a copy to any later record naming it', () => {
    const bytes = new Uint8Array([1, 2, 3])
    const take = takeOnce(new Map([['files/1.bin', bytes]]))
    const [a, b] = decodeInPlace(JSON.parse('[{"$file":"files/1.bin"},{"$file":"files/1.bin"}]') as Json, take) as Uint8Array[]
    expect(a).toBe(bytes)
    expect(b).not.toBe(bytes)
    expect(b!.buffer).not.toBe(bytes.buffer)
    expect([...b!]).toEqual([1, 2, 3])
  })

  it('copies an entry that is a view into a larger buffer, so only its own bytes are stored', () => {
    const whole = new Uint8Array([9, 9, 1, 2, 3])
    const view = whole.subarray(2)
    const out = decodeInPlace({ $file: 'files/1.bin' }, takeOnce(new Map([['files/1.bin', view]]))) as Uint8Array
    expect(out.byteOffset).toBe(0)
    expect(out.buffer.byteLength).toBe(3)
    expect([...out]).toEqual([1, 2, 3])
  })

  it('keeps a "__proto__" member as data while decoding it', () => {
    const back = decodeInPlace(
      JSON.parse('{"__proto__":{"$date":"2026-01-01T00:00:00.000Z"},"a":1}') as Json,
      takeOnce(undefined)
    ) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.keys(back)).toEqual(['__proto__', 'a'])
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual(new Date('2026-01-01T00:00:00.000Z'))
  })

  it('refuses damaged tags and a missing entry like decodeValue', () => {
    const take = takeOnce(new Map())
    for (const bad of [
      '{"$bytes":"QR=="}',
      '{"$date":"2026-13-45"}',
      '{"$number":"42"}',
      '{"$unknown":1}',
      '{"a":[{"$file":"files/9.bin"}]}'
    ]) {
      expect(() => decodeValue(JSON.parse(bad) as Json, new Map()), bad).toThrow()
      expect(() => decodeInPlace(JSON.parse(bad) as Json, take), bad).toThrow()
    }
  })
})
