import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildDashboard } from '@renderer/domain/caseworkers/dashboard'
import { registerCsv, reportRows, summaryLines } from '@renderer/features/caseworkers/reportData'
import { buildCaseworkerReportPdf } from '@renderer/pdf'

const dash = buildDashboard({
  caseworkers: [
    { id: 'a', name: 'Åsa Öberg', email: 'a@k.se', unit: 'Öst', startDate: '2026-01-01', accessFrom: '2026-01-10' },
    { id: 'b', name: 'Bo Ek', email: 'b@k.se', unit: 'Öst', startDate: '2026-01-01', accessFrom: '2026-01-10', accessTo: '2026-12-31' },
    { id: 'c', name: 'Cia Lind', email: 'c@k.se', unit: 'Öst', startDate: '2026-01-01' }
  ],
  acknowledgements: [{ caseworkerId: 'b', versionId: 'v1', signedOn: '2026-02-01' }],
  versions: [{ id: 'v1', number: 1, publishedOn: '2026-01-15' }],
  today: '2026-02-10',
  policy: { signWithinDays: 30 }
})

describe('access to SSBTEK in the reports', () => {
  it('adds "Behörighet från" and "Behörighet till" to the CSV', () => {
    const table = Papa.parse<string[]>(new TextDecoder().decode(registerCsv(dash.rows)), { delimiter: ';', skipEmptyLines: true }).data
    expect(table[0]!.slice(-2)).toEqual(['Behörighet från', 'Behörighet till'])
    expect(table.slice(1).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Åsa Öberg', '2026-01-10', ''],
      ['Bo Ek', '2026-01-10', '2026-12-31'],
      ['Cia Lind', '', '']
    ])
  })

  it('counts access without a valid undertaking in the summary', () => {
    expect(summaryLines(dash.rows, 0)).toContain('Behörighet utan giltig försäkran: 1')
  })

  it('prints an access column in the PDF report (qpdf and poppler read it)', async () => {
    const bytes = await buildCaseworkerReportPdf({
      municipality: 'Göteborgs stad',
      date: '2026-02-10',
      unit: 'Öst',
      version: null,
      summary: summaryLines(dash.rows, 0),
      rows: reportRows(dash.rows)
    })
    const file = join(mkdtempSync(join(tmpdir(), 'access-report-')), 'report.pdf')
    writeFileSync(file, bytes)
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/)
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    expect(text).toMatch(/Behörighet\s*$/m)
    expect(text).toMatch(/Åsa Öberg.*från 2026-01-10/)
    expect(text).toMatch(/Bo Ek.*2026-01-10 – 2026-12-31/)
    expect(text).toMatch(/Cia Lind.*Nej/)
    expect(text).toContain('Behörighet utan giltig försäkran: 1')
  })
})
