import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseChecklistContent } from '@renderer/domain/connection/content'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import { buildChecklistPdf, checklistPdfFileName } from '@renderer/pdf/checklistPdf'

const content = parseChecklistContent(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/content/connection-checklist.json'), 'utf8'))
)
const dir = mkdtempSync(join(tmpdir(), 'checklist-pdf-'))
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const t = (taskId: string, status: TaskState['status'], extra: Partial<TaskState> = {}): TaskState => ({
  boardId: 'b',
  taskId,
  status,
  updatedAt: '2026-12-01T00:00:00Z',
  ...extra
})

const connection: ConnectionState = {
  decision: { body: 'Arbetsmarknadsnämnden', date: '2026-11-25', paragraph: '§ 123', diarienummer: 'AMN 2026/456' },
  agreement: { termsReadDate: '2026-12-01', sent: { date: '2026-12-16', method: 'post' }, fkReceivedDate: '2026-12-18' },
  consent: { kind: 'have', grantedDate: '2025-03-10', reference: 'TSV 2025-1234' }
}

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('checklist status PDF', () => {
  it('is a valid one-page A4 PDF with Swedish text, embedded fonts and the forecast', async () => {
    const bytes = await buildChecklistPdf({
      content,
      municipality: 'Göteborgs stad',
      boardName: 'Arbetsmarknadsnämnden – Łódź-gruppen',
      states: [
        t('leverantor-stod', 'done', { owner: 'Åsa Öberg', dueDate: '2026-12-31' }),
        t('kostnader', 'not-applicable', { reason: 'Ingår i befintligt avtal' }),
        t('beslut', 'in-progress', { owner: 'Zoë Ärlig' })
      ],
      connection,
      attachments: [{ ownerId: 'b/protokollsutdrag' }],
      today: '2026-12-21'
    })
    const path = await write('status.pdf', bytes)
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors')
    const info = run('pdfinfo', [path])
    expect(info).toMatch(/Pages:\s+1\n/)
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/)
    const text = run('pdftotext', ['-layout', path, '-'])
    for (const expected of [
      'Göteborgs stad',
      'Łódź-gruppen',
      'Steg 1: Stäm av',
      'Steg 5: Ställ krav',
      'Åsa Öberg',
      'Zoë Ärlig',
      'Uppskattning 2027-01-08 – 2027-01-15',
      'Läge: Steg 1 av 5: Stäm av',
      'skäl: Ingår i befintligt avtal',
      'dnr AMN 2026/456',
      '1 bilaga',
      'TSV 2025-1234'
    ]) {
      // Lines wrap where the layout needs: compare with runs of white space as one space.
      expect(text.replace(/\s+/g, ' ')).toContain(expected)
    }
    const fonts = run('pdffonts', [path])
    // Both fonts embedded as subsets (emb yes, sub yes), nothing from the reader's system.
    const rows = fonts.split('\n').filter((l) => /DejaVu/.test(l))
    expect(rows.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold'])
    expect(rows.every((l) => /\byes\s+yes\s+yes\b/.test(l))).toBe(true)
  })

  it('still fits on one page with long owners, reasons and notes everywhere', async () => {
    const long = 'Mycket lång text med å, ä och ö som upprepas '.repeat(6)
    const states = content.steps.flatMap((s) =>
      s.tasks.map((task) => t(task.id, 'not-applicable', { reason: long, owner: long, dueDate: '2027-01-31' }))
    )
    const bytes = await buildChecklistPdf({
      content,
      municipality: long,
      boardName: long,
      states,
      connection,
      attachments: [],
      today: '2026-12-21'
    })
    const path = await write('long.pdf', bytes)
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors')
    expect(run('pdfinfo', [path])).toMatch(/Pages:\s+1\n/)
    const text = run('pdftotext', [path, '-'])
    expect(text).toContain('Steg 5: Ställ krav')
    expect(text).toContain('Utbilda handläggarna')
  })

  it('prints FK’s handling: case number, the komplettering, the window counted from the completed underlag', async () => {
    const events = [
      { id: 'c', kind: 'case-number' as const, date: '2026-12-19', caseNumber: 'FK 2026/4711' },
      { id: 'r', kind: 'completion-requested' as const, date: '2026-12-22', what: 'Firmatecknarens underskrift saknas' },
      { id: 's', kind: 'completion-sent' as const, date: '2027-01-04' }
    ]
    const bytes = await buildChecklistPdf({
      content,
      municipality: 'Göteborgs stad',
      boardName: 'Socialnämnden',
      states: [],
      connection,
      events: [...events].reverse(),
      attachments: [],
      today: '2027-01-05'
    })
    const path = await write('fk.pdf', bytes)
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors')
    expect(run('pdfinfo', [path])).toMatch(/Pages:\s+1\n/)
    const text = run('pdftotext', [path, '-']).replace(/\s+/g, ' ')
    for (const expected of [
      'Försäkringskassans ärendenummer FK 2026/4711',
      'komplettering skickad 2027-01-04',
      'Räknat från 2027-01-04, då det kompletterade underlaget skickades (avtalet kom in 2026-12-18)',
      'tolkning: Begär Försäkringskassan en komplettering',
      'Källa: Försäkringskassan, Avtal och anslutning inom tjänsten SSBTEK',
      '2026-12-22 Försäkringskassan begärde komplettering: Firmatecknarens underskrift saknas',
      '2027-01-04 Kompletterat underlag skickat'
    ])
      expect(text).toContain(expected)
    // Events print in the order they happened, whatever order they were recorded in.
    expect(text.indexOf('2026-12-19 Ärendenummer')).toBeLessThan(text.indexOf('2026-12-22 Försäkringskassan begärde'))
  })

  it('names the file after the board and date, without characters a file system refuses', () => {
    expect(checklistPdfFileName('Social/nämnden: "A"', '2026-12-21')).toBe('Anslutning SSBTEK – Socialnämnden A – 2026-12-21.pdf')
  })
})
