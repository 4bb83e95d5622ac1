import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCsv, csvCell } from '@renderer/domain'

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)

describe('CSV report writer', () => {
  it('writes UTF-8 with BOM, semicolons, CRLF and every cell quoted', () => {
    const bytes = buildCsv(['Namn', 'Enhet'], [['Åsa Öberg', 'Försörjningsstöd']])
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(decode(bytes)).toBe('"Namn";"Enhet"\r\n"Åsa Öberg";"Försörjningsstöd"\r\n')
  })

  it('quotes every cell and doubles inner quotes (RFC 4180)', () => {
    expect(csvCell('Bo')).toBe('"Bo"')
    expect(csvCell('Bo,=1+1')).toBe('"Bo,=1+1"')
    expect(csvCell('a\tb')).toBe('"a\tb"')
    expect(csvCell('säg "hej"')).toBe('"säg ""hej"""')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(3)).toBe('"3"')
  })

  it('guards against formula injection', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+46 31 123')).toBe(`"'+46 31 123"`)
    expect(csvCell('-1')).toBe(`"'-1"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\t=1')).toBe(`"'\t=1"`)
    expect(csvCell('\r=1')).toBe(`"'\r=1"`)
    expect(csvCell('2026-03-01')).toBe('"2026-03-01"')
  })

  it('"Bo,=1+1" stays one text cell when the file is read with a comma separator', () => {
    // How Excel set up with a comma list separator reads the file.
    const parsed = Papa.parse<string[]>(decode(buildCsv(['Namn'], [['Bo,=1+1']])), { delimiter: ',', newline: '\r\n' }).data
    expect(parsed[1]).toEqual(['Bo,=1+1'])
  })

  it('no cell becomes a formula when a one-column file is read with any separator (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 10 }), fc.constantFrom(',', ';', '\t'), (cells, readWith) => {
        const parsed = Papa.parse<string[]>(
          decode(
            buildCsv(
              ['A'],
              cells.map((c) => [c])
            )
          ),
          { delimiter: readWith, newline: '\r\n' }
        ).data
        parsed.pop()
        expect(parsed).toEqual([['A'], ...cells.map((c) => [guard(c)])])
        for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      })
    )
  })

  it('any cells read back exactly (apart from the guard) with the separator they were written with (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(';' as const, ',' as const, '\t' as const),
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(
            fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Bo,=1+1', '"', '""', '\r\n', ';', '\t')), {
              minLength: width,
              maxLength: width
            }),
            { maxLength: 10 }
          )
        ),
        (separator, rows) => {
          const width = rows[0]?.length ?? 2
          const header = Array.from({ length: width }, (_, i) => `K${i}`)
          const parsed = Papa.parse<string[]>(decode(buildCsv(header, rows, separator)), {
            delimiter: separator,
            newline: '\r\n',
            skipEmptyLines: false
          }).data
          parsed.pop() // the final CRLF leaves an empty record
          expect(parsed).toEqual([header, ...rows.map((r) => r.map(guard))])
        }
      ),
      { numRuns: 300 }
    )
  })
})
