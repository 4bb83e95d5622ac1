import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCaseworkerCsv, previewCaseworkerCsv } from '@renderer/domain'
import { encodeWindows1252 } from '@renderer/domain/text/windows1252'
import { CSV_COLUMN_HEADERS } from '@renderer/domain/caseworkers/csvImport'
import { cw } from '@renderer/i18n/caseworkers/register'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const withBom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])

describe('parseCaseworkerCsv: the files users have', () => {
  it('reads Excel’s Swedish export: semicolon, Windows-1252, CRLF', () => {
    const text =
      'Namn;E-post;Enhet;Roll;Anställningsnummer;Startdatum\r\nÅsa Šimek;asa@kommun.se;Försörjningsstöd Öst;handläggare;1001;2026-01-15\r\nŽeljko Öberg;zeljko@kommun.se;Kontaktcenter;kontaktcenter;;\r\n'
    const result = parseCaseworkerCsv(encodeWindows1252(text))
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        name: 'Åsa Šimek',
        email: 'asa@kommun.se',
        unit: 'Försörjningsstöd Öst',
        role: 'handläggare',
        employeeId: '1001',
        startDate: '2026-01-15'
      },
      { name: 'Željko Öberg', email: 'zeljko@kommun.se', unit: 'Kontaktcenter', role: 'kontaktcenter' }
    ])
  })

  it('honours Excel’s "sep=" hint line and still counts it as line 1', () => {
    const result = parseCaseworkerCsv(utf8('sep=,\r\nNamn,E-post,Enhet\r\n"Ek; Bo",bo@k.se,X\r\nA,fel,X\r\n'))
    expect(result.rows).toEqual([{ name: 'Ek; Bo', email: 'bo@k.se', unit: 'X' }])
    expect(result.errors).toEqual([{ line: 4, message: '”fel” är inte en giltig e-postadress.' }])
  })

  it('reads UTF-8 with BOM and semicolons', () => {
    const result = parseCaseworkerCsv(withBom('Namn;E-post;Enhet\nŁukasz Żółć;lukasz@kommun.se;Enhet 1\n'))
    expect(result.rows).toEqual([{ name: 'Łukasz Żółć', email: 'lukasz@kommun.se', unit: 'Enhet 1' }])
    expect(previewCaseworkerCsv(withBom('Namn;E-post;Enhet\n')).encoding).toBe('utf-8')
  })

  it('reads Excel’s "Unicode text": UTF-16 with BOM, tab-separated', () => {
    const text = 'Namn\tE-post\tEnhet\r\nŁukasz Żółć\tl@k.se\tÖst\r\n'
    const le = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff
      le[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(previewCaseworkerCsv(le)).toMatchObject({ encoding: 'utf-16le', separator: '\t' })
    expect(parseCaseworkerCsv(le)).toEqual({ rows: [{ name: 'Łukasz Żółć', email: 'l@k.se', unit: 'Öst' }], errors: [] })
  })

  it('reads comma-separated UTF-8 with English headers in another order, any case, with spaces', () => {
    const result = parseCaseworkerCsv(
      utf8(' EMAIL , start date ,Name,  unit ,Employee id,ROLE\nnguyen@kommun.se,2026-02-01,Nguyễn Thị Minh Khai,Vuxen,77,teamledare\n')
    )
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        name: 'Nguyễn Thị Minh Khai',
        email: 'nguyen@kommun.se',
        unit: 'Vuxen',
        role: 'teamledare',
        employeeId: '77',
        startDate: '2026-02-01'
      }
    ])
  })

  it('handles quoted fields with separators, quotes and line breaks, and counts physical lines', () => {
    const text =
      'Namn;E-post;Enhet\r\n"Berg; Anna";anna@k.se;"Enhet ""Norr"""\r\n"Lars\r\nLarsson";lars@k.se;Syd\r\nFel Person;inte-en-adress;Syd\r\n'
    const result = parseCaseworkerCsv(utf8(text))
    expect(result.rows).toEqual([
      { name: 'Berg; Anna', email: 'anna@k.se', unit: 'Enhet "Norr"' },
      { name: 'Lars Larsson', email: 'lars@k.se', unit: 'Syd' }
    ])
    // Header 1, Anna 2, Lars 3–4, the bad row starts on physical line 5.
    expect(result.errors).toEqual([{ line: 5, message: '”inte-en-adress” är inte en giltig e-postadress.' }])
  })

  it('skips empty lines but keeps counting them', () => {
    const result = parseCaseworkerCsv(utf8('\nNamn,E-post,Enhet\n\n,,\nA,a@k.se,X\n\n,b@k.se,Y\n'))
    expect(result.rows).toHaveLength(1)
    expect(result.errors).toEqual([{ line: 7, message: 'Namn saknas.' }])
  })

  it('reports invalid dates in Swedish, and accepts Excel’s date-with-time form', () => {
    const result = parseCaseworkerCsv(
      utf8('Namn;E-post;Enhet;Startdatum\nA;a@k.se;X;2026-02-30\nB;b@k.se;X;2026-03-01 00:00\nC;c@k.se;X;1/3/2026\n')
    )
    expect(result.rows.map((r) => [r.name, r.startDate])).toEqual([['B', '2026-03-01']])
    expect(result.errors).toEqual([
      { line: 2, message: 'Startdatum ”2026-02-30” är inte ett giltigt datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01.' },
      { line: 4, message: 'Startdatum ”1/3/2026” är inte ett giltigt datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01.' }
    ])
  })

  it('reports a missing required header on line 1 and reads no rows', () => {
    const result = parseCaseworkerCsv(utf8('Namn;Mejl;Enhet\nA;a@k.se;X\n'))
    expect(result.rows).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]!.line).toBe(1)
    expect(result.errors[0]!.message).toMatch(/”E-post” saknas på rad 1/)
  })

  it('reports an empty file', () => {
    expect(parseCaseworkerCsv(new Uint8Array()).errors).toEqual([{ line: 1, message: expect.stringMatching(/tom/) }])
  })

  it('reports duplicates in the file by e-mail (any case) and employee id', () => {
    const result = parseCaseworkerCsv(utf8('Namn;E-post;Enhet;Anställningsnummer\nA;a@k.se;X;1\nB;A@K.SE;X;2\nC;c@k.se;X;1\n'))
    expect(result.rows.map((r) => r.name)).toEqual(['A'])
    expect(result.errors).toEqual([
      { line: 3, message: 'Samma e-postadress som rad 2.' },
      { line: 4, message: 'Samma anställningsnummer som rad 2.' }
    ])
  })

  it('marks duplicates against the register in the preview', () => {
    const preview = previewCaseworkerCsv(utf8('Namn;E-post;Enhet\nA;a@k.se;X\nB;b@k.se;X\n'), [{ email: 'B@k.se', name: 'Bertil' }])
    expect(preview.rows[0]!.problems).toEqual([])
    expect(preview.rows[1]!.problems).toEqual([{ kind: 'duplicate-in-register', message: 'Finns redan i registret (Bertil).' }])
  })

  it('never reads a personnummer column', () => {
    const preview = previewCaseworkerCsv(utf8('Personnummer;Namn;E-post;Enhet\n19800101-1234;A;a@k.se;X\n'))
    expect(preview.ignoredColumns).toEqual(['Personnummer'])
    expect(JSON.stringify(preview.rows)).not.toContain('19800101')
  })

  it('reads 10,000 rows (its speed is measured by npm run bench)', () => {
    const lines = ['Namn;E-post;Enhet;Roll;Anställningsnummer;Startdatum']
    for (let i = 0; i < 10_000; i++)
      lines.push(`Person Ö${i};p${i}@kommun.se;Enhet ${i % 40};handläggare;${i};2026-01-${String((i % 28) + 1).padStart(2, '0')}`)
    const bytes = encodeWindows1252(lines.join('\r\n'))
    const result = parseCaseworkerCsv(bytes)
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(10_000)
    expect(result.rows[9_999]).toMatchObject({ name: 'Person Ö9999', unit: 'Enhet 39' })
  })
})

// Property tests: any set of people written the way Excel or a script would write them reads back.
const cellText = fc
  .string({ unit: fc.constantFrom('a', 'Å', 'ö', 'é', 'Š', ' ', ';', ',', '"', '\n', 'x', 'Z', '-'), minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0)

const person = fc.record({
  name: cellText,
  unit: cellText,
  role: fc.option(cellText, { nil: undefined }),
  startDate: fc.option(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    { nil: undefined }
  )
})

const quote = (value: string, sep: string): string =>
  value.includes(sep) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value

describe('parseCaseworkerCsv properties', () => {
  it('reads back what was written, whatever the separator, encoding, BOM, line ending or column order', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(';', ','),
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        fc.shuffledSubarray(['Namn', 'E-post', 'Enhet', 'Roll', 'Startdatum'], { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (people, sep, encoding, eol, swedish, order, blankLines) => {
          const headerName: Record<string, string> = swedish
            ? { Namn: 'Namn', 'E-post': 'E-post', Enhet: 'Enhet', Roll: 'Roll', Startdatum: 'Startdatum' }
            : { Namn: 'Name', 'E-post': 'Email', Enhet: 'Unit', Roll: 'Role', Startdatum: 'Start date' }
          const valueOf = (p: (typeof people)[number], i: number, col: string): string =>
            col === 'Namn'
              ? p.name
              : col === 'E-post'
                ? `p${i}@kommun.se`
                : col === 'Enhet'
                  ? p.unit
                  : col === 'Roll'
                    ? (p.role ?? '')
                    : (p.startDate ?? '')
          const lines = [order.map((c) => headerName[c]!).join(sep)]
          people.forEach((p, i) => {
            lines.push(order.map((c) => quote(valueOf(p, i, c), sep)).join(sep))
            for (let b = 0; b < blankLines && i === 0; b++) lines.push('')
          })
          const text = lines.join(eol) + eol
          const bytes =
            encoding === 'windows-1252'
              ? encodeWindows1252(text)
              : encoding === 'utf-8-bom'
                ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
                : new TextEncoder().encode(text)
          const result = parseCaseworkerCsv(bytes)
          expect(result.errors).toEqual([])
          expect(result.rows).toEqual(
            people.map((p, i) => {
              const expected: Record<string, string> = { name: p.name, email: `p${i}@kommun.se`, unit: p.unit }
              if (p.role) expected.role = p.role
              if (p.startDate) expected.startDate = p.startDate
              return expected
            })
          )
        }
      ),
      { numRuns: 200 }
    )
  })

  it('gives the physical line of every bad row, however many line breaks quoted fields hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 20 }), (spec) => {
        const lines = ['Namn;E-post;Enhet']
        const expectedBad: number[] = []
        let physical = 2
        spec.forEach(([bad, breaks], i) => {
          const name = `"N${'\n'.repeat(breaks)}amn ${i}"`
          if (bad) expectedBad.push(physical)
          lines.push(`${name};${bad ? `trasig${i}` : `p${i}@k.se`};E`)
          physical += 1 + breaks
        })
        const result = parseCaseworkerCsv(new TextEncoder().encode(lines.join('\r\n')))
        expect(result.errors.map((e) => e.line)).toEqual(expectedBad)
        expect(result.rows).toHaveLength(spec.length - expectedBad.length)
      })
    )
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseCaseworkerCsv(bytes)
        expect(Array.isArray(result.rows) && Array.isArray(result.errors)).toBe(true)
        for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      })
    )
  })
})

describe('the committed Excel fixture', () => {
  it('is Windows-1252 with errors on lines 6 and 8 only', async () => {
    const { readFileSync } = await import('node:fs')
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/csv/caseworkers-sv-excel.csv', import.meta.url)))
    const preview = previewCaseworkerCsv(bytes)
    expect(preview.encoding).toBe('windows-1252')
    expect(preview.separator).toBe(';')
    const result = parseCaseworkerCsv(bytes)
    expect(result.errors.map((e) => e.line)).toEqual([6, 8])
    expect(result.rows.map((r) => r.name)).toEqual([
      'Åsa Öberg',
      'Björn Ängström',
      'Željka Šimek',
      'Mikael "Micke" Lind',
      'Ström; Anna',
      'Øystein Ærø'
    ])
  })
})

describe('column headers', () => {
  it('the headers the file format names are the words the register form shows', () => {
    expect(CSV_COLUMN_HEADERS).toEqual(cw.fields)
  })
})
