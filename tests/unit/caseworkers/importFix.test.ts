import { describe, expect, it } from 'vitest'
import { checkCaseworkerRows, previewCaseworkerCsv } from '@renderer/domain/caseworkers/csvImport'
import { buildDashboard } from '@renderer/domain'
import { registerCsv, summaryLines } from '@renderer/features/caseworkers/reportData'
import Papa from 'papaparse'

describe('fixing rows in the import preview', () => {
  const preview = previewCaseworkerCsv(new TextEncoder().encode('Namn;E-post;Enhet\nA;a@k.se;X\nB;trasig;X\nC;c@k.se;X\n'), [
    { email: 'c@k.se', name: 'Cecilia' }
  ])

  it('re-checks a fixed row with the same rules', () => {
    const rows = preview.rows.map((r) => (r.line === 3 ? { line: 3, values: { ...r.values, email: 'b@k.se' } } : r))
    const checked = checkCaseworkerRows(rows, [{ email: 'c@k.se' }])
    expect(checked.map((r) => [r.line, r.problems.map((p) => p.kind)])).toEqual([
      [2, []],
      [3, []],
      [4, ['duplicate-in-register']]
    ])
  })

  it('flags a fix that collides with another row of the file', () => {
    const rows = preview.rows
      .filter((r) => r.line !== 4)
      .map((r) => (r.line === 3 ? { line: 3, values: { ...r.values, email: 'A@k.se' } } : r))
    expect(checkCaseworkerRows(rows, [])[1]!.problems).toEqual([
      { kind: 'duplicate-in-file', field: 'email', message: 'Samma e-postadress som rad 2.' }
    ])
  })
})

describe('register report rows', () => {
  const dash = buildDashboard({
    caseworkers: [
      { id: 'a', name: '=HYPERLINK("http://x")', email: 'a@k.se', unit: 'Öst', startDate: '2026-01-01' },
      { id: 'b', name: 'Bo Ek', email: 'b@k.se', unit: 'Öst', role: 'handläggare', employeeId: '-12', startDate: '2026-01-01' }
    ],
    acknowledgements: [{ caseworkerId: 'b', versionId: 'v1', signedOn: '2026-02-01' }],
    versions: [{ id: 'v1', number: 1, publishedOn: '2026-01-15' }],
    today: '2026-02-10',
    policy: { signWithinDays: 30 }
  })

  it('writes Swedish status texts, dates and guarded cells', () => {
    const bytes = registerCsv(dash.rows)
    const table = Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';', skipEmptyLines: true }).data
    expect(table[0]).toEqual([
      'Namn',
      'E-post',
      'Enhet',
      'Roll',
      'Anställningsnummer',
      'Startdatum',
      'Slutdatum',
      'Status',
      'Sedan',
      'Senast undertecknad version',
      'Senast undertecknad datum',
      'Sista dag att underteckna',
      'Senast påmind',
      'Senast undertecknad sätt',
      'Behörighet från',
      'Behörighet till'
    ])
    expect(table[1]![0]).toBe(`'=HYPERLINK("http://x")`)
    expect(table[1]![7]).toBe('Ej undertecknad')
    expect(table[1]![11]).toBe('2026-02-14')
    expect(table[2]!.slice(3, 11)).toEqual(['handläggare', "'-12", '2026-01-01', '', 'Undertecknad', '2026-02-01', '1', '2026-02-01'])
  })

  it('summarises counts only, with erased people as a number', () => {
    expect(summaryLines(dash.rows, 4)).toEqual([
      'Aktiva personer: 2',
      'Undertecknat gällande version: 1 (50 %)',
      'Behörighet utan giltig försäkran: 0',
      'Försenad: 0',
      'Ej undertecknad: 1',
      'Undertecknad äldre version: 0',
      'Dags att förnya: 0',
      'Avslutad: 0',
      'Raderade personer (anonymt antal): 4'
    ])
  })
})
