import fc from 'fast-check'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { FALLBACK_NAME, safeNamePart, uniqueEntryPath } from '@renderer/domain/text/fileNames'
import { fileSafe } from '@renderer/features/caseworkers/fileNames'

const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Everything Windows, macOS and Linux need of one path segment. */
function assertSafeSegment(s: string): void {
  expect(s.length).toBeGreaterThan(0)
  expect(s).not.toMatch(/^\.+$/)
  expect(s).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/)
  expect(s).not.toMatch(/[.\s]$/)
  expect(s).not.toMatch(/^[.\s]/)
  expect(RESERVED.test(s.split('.')[0]!.trim())).toBe(false)
}

describe('safeNamePart', () => {
  it.each([
    ['..', FALLBACK_NAME],
    ['.', FALLBACK_NAME],
    ['...', FALLBACK_NAME],
    ['', FALLBACK_NAME],
    ['  \t ', FALLBACK_NAME],
    ['../../etc/passwd', 'etcpasswd'],
    ['..\\..\\Windows\\x.pdf', 'Windowsx.pdf'],
    ['C:\\x.pdf', 'Cx.pdf'],
    ['Rapport. ', 'Rapport'],
    ['Rapport...', 'Rapport'],
    ['.hidden', 'hidden'],
    ['CON', '_CON'],
    ['con.pdf', '_con.pdf'],
    ['Nul .txt', '_Nul .txt'],
    ['COM1.pdf', '_COM1.pdf'],
    ['lpt9', '_lpt9'],
    ['COM¹', '_COM¹'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    ['Försäkran Åsa Öberg.pdf', 'Försäkran Åsa Öberg.pdf'],
    ['a\u0000b\u001fc\u007fd', 'abcd'],
    ['x\u202Efdp.exe', 'xfdp.exe']
  ])('%j → %j', (input, expected) => {
    expect(safeNamePart(input)).toBe(expected)
  })

  it('cuts at the length limit without splitting a character or leaving a trailing dot', () => {
    expect(Array.from(safeNamePart('😀'.repeat(100), 10))).toHaveLength(10)
    expect(safeNamePart('a'.repeat(9) + '. b', 10)).toBe('a'.repeat(9))
  })

  it('keeps the old features helper safe too: a unit named ".." is not a parent folder', () => {
    expect(fileSafe('..')).not.toBe('..')
    expect(fileSafe('..')).toBe(FALLBACK_NAME)
  })

  it('gives a safe segment for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('..', '.', 'CON', 'nul.pdf', ' . ', 'COM3.txt', 'a/b', '\\\\srv\\x')
        ),
        (s) => {
          assertSafeSegment(safeNamePart(s))
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('uniqueEntryPath', () => {
  it('a unit named ".." does not give ../x.pdf', () => {
    const used = new Set<string>()
    const path = uniqueEntryPath(['..', 'x.pdf'], used)
    expect(path).toBe(`${FALLBACK_NAME}/x.pdf`)
    expect(path.split('/')).not.toContain('..')
  })

  it('numbers duplicates before the extension, ignoring case', () => {
    const used = new Set<string>(['förteckning.csv'])
    expect(uniqueEntryPath(['Enhet A', 'x.pdf'], used)).toBe('Enhet A/x.pdf')
    expect(uniqueEntryPath(['enhet a', 'X.PDF'], used)).toBe('enhet a/X (2).PDF')
    expect(uniqueEntryPath(['Enhet A', 'x.pdf'], used)).toBe('Enhet A/x (3).pdf')
    expect(uniqueEntryPath(['Förteckning.CSV'], used)).toBe('Förteckning (2).CSV')
  })

  it('gives unique, safe entries that fflate writes and reads back unchanged (property)', () => {
    const segment = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('..', '.', 'CON', 'aux.pdf', 'x.pdf', 'X.PDF', '', ' ', 'a/b'))
    fc.assert(
      fc.property(fc.array(fc.tuple(segment, segment), { maxLength: 25 }), (pairs) => {
        const used = new Set<string>()
        const paths = pairs.map((p) => uniqueEntryPath(p, used))
        expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length)
        for (const p of paths) {
          const parts = p.split('/')
          expect(parts).toHaveLength(2)
          parts.forEach(assertSafeSegment)
        }
        const zip = zipSync(Object.fromEntries(paths.map((p, i) => [p, new Uint8Array([i])])), { level: 0 })
        expect(Object.keys(unzipSync(zip)).sort()).toEqual([...paths].sort())
      }),
      { numRuns: 300 }
    )
  })
})
