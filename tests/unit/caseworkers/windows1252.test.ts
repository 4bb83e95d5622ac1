import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeTextFile, decodeWindows1252, encodeWindows1252 } from '@renderer/domain/text/windows1252'

describe('Windows-1252 table', () => {
  it('decodes the 0x80–0x9F characters Node gets wrong', () => {
    const cases: [number, string][] = [
      [0x80, '€'],
      [0x8a, 'Š'],
      [0x8e, 'Ž'],
      [0x9a, 'š'],
      [0x9e, 'ž'],
      [0x8c, 'Œ'],
      [0x9c, 'œ'],
      [0x89, '‰'],
      [0x96, '–'],
      [0x97, '—'],
      [0x93, '“'],
      [0x94, '”'],
      [0x9f, 'Ÿ'],
      [0x99, '™']
    ]
    for (const [byte, ch] of cases) expect(decodeWindows1252(Uint8Array.of(byte)), `byte 0x${byte.toString(16)}`).toBe(ch)
  })

  it('decodes Latin-1 letters Swedish names use', () => {
    expect(decodeWindows1252(Uint8Array.of(0xc5, 0xc4, 0xd6, 0xe5, 0xe4, 0xf6, 0xe9, 0xfc))).toBe('ÅÄÖåäöéü')
    expect(decodeWindows1252(new TextEncoder().encode('abc ;,"'))).toBe('abc ;,"')
  })

  it('keeps the five unassigned bytes as their C1 code points (WHATWG)', () => {
    expect([...decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))].map((c) => c.codePointAt(0))).toEqual([
      0x81, 0x8d, 0x8f, 0x90, 0x9d
    ])
  })

  it('round-trips every byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(encodeWindows1252(decodeWindows1252(bytes))).toEqual(bytes)
      })
    )
  })

  it('refuses to encode characters the code page lacks', () => {
    expect(() => encodeWindows1252('Łukasz')).toThrow(/Windows-1252/)
  })
})

describe('decodeTextFile', () => {
  it('reads valid UTF-8 as UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Åsa Öberg Łukasz')])
    expect(decodeTextFile(bytes)).toEqual({ text: 'Åsa Öberg Łukasz', encoding: 'utf-8' })
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeTextFile(encodeWindows1252('Åsa Šakovic Žak €'))).toEqual({ text: 'Åsa Šakovic Žak €', encoding: 'windows-1252' })
  })
})
