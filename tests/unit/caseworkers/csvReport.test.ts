import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCsv, csvCell } from '@renderer/domain'

describe('CSV report writer', () => {
  it('writes UTF-8 with BOM, semicolons and CRLF', () => {
    const bytes = buildCsv(['Namn', 'Enhet'], [['Åsa Öberg', 'Försörjningsstöd']])
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Namn;Enhet\r\nÅsa Öberg;Försörjningsstöd\r\n')
  })

  it('guards against formula injection', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+46 31 123')).toBe("'+46 31 123")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('2026-03-01')).toBe('2026-03-01')
  })

  it('reads back exactly (apart from the formula guard) for any cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        const bytes = buildCsv(['A', 'B'], rows)
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
        const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: false }).data
        parsed.pop() // the final CRLF leaves an empty record
        const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)
        expect(parsed).toEqual([['A', 'B'], ...rows.map((r) => r.map(guard))])
      })
    )
  })
})
