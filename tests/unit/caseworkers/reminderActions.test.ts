import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { addCaseworker, loadUndertakingData } from '@renderer/db'
import { buildDashboard } from '@renderer/domain/caseworkers/dashboard'
import { remindByEmail, remindByPrint, reminderListInput } from '@renderer/features/caseworkers/actions/reminders'
import { freshDatabase } from '../freshDatabase'

beforeEach(freshDatabase)

const dir = mkdtempSync(join(tmpdir(), 'reminder-actions-'))

async function dashboardRows() {
  await addCaseworker({ name: 'Örjan Ek', email: 'orjan@k.se', unit: 'Väst' })
  await addCaseworker({ name: 'Anna Ahl', email: 'anna@k.se', unit: 'Öst' })
  await addCaseworker({ name: 'Åsa Berg', email: 'åsa.berg@k.se', unit: 'Väst' })
  await addCaseworker({ name: 'Bo Zetterlund', email: 'bo@k.se', unit: 'Väst' })
  const data = await loadUndertakingData()
  return buildDashboard({ ...data, today: '2026-03-10', policy: { signWithinDays: 30 } }).rows
}

const version = { id: 'v', number: 2, publishedOn: '2026-03-01', sha256: 'b'.repeat(64) }

describe('remindByEmail', () => {
  it('opens one mail with everyone in BCC, then records the reminder', async () => {
    const rows = await dashboardRows()
    const urls: string[] = []
    const outcome = await remindByEmail({ rows, municipality: 'Kiruna kommun', version }, async (url) => (urls.push(url), true))
    expect(outcome).toEqual({ ok: true, text: 'Påminnelse registrerad för 4 personer.' })
    expect(urls).toHaveLength(1)
    const bcc = decodeURIComponent(/bcc=([^&]*)/.exec(urls[0]!)![1]!).split(',')
    expect(bcc.sort()).toEqual(['anna@k.se', 'bo@k.se', 'orjan@k.se', 'åsa.berg@k.se'])
    expect(decodeURIComponent(urls[0]!)).toContain('(version 2)')
    const { reminders } = await loadUndertakingData()
    expect(reminders).toHaveLength(1)
    expect(reminders[0]).toMatchObject({ method: 'email', caseworkerIds: rows.map((r) => r.person.id) })
  })
  it('records nothing when no mail program opened, and says so', async () => {
    const rows = await dashboardRows()
    expect(await remindByEmail({ rows, municipality: 'Kiruna kommun', version: null }, async () => false)).toEqual({
      ok: false,
      text: 'E-postprogrammet kunde inte öppnas. Kontrollera att ett e-postprogram är installerat.'
    })
    expect((await loadUndertakingData()).reminders).toEqual([])
  })
})

describe('remindByPrint', () => {
  it('saves the list as a PDF sorted by unit then name, and records the reminder', async () => {
    const rows = await dashboardRows()
    let file: { name: string; bytes: Uint8Array } | null = null
    const outcome = await remindByPrint(
      { rows, municipality: 'Kiruna kommun', version, unitLabel: 'Alla enheter', today: '2026-03-10' },
      async (name, bytes) => ((file = { name, bytes }), { saved: true, path: name })
    )
    expect(outcome.ok).toBe(true)
    const saved = file as { name: string; bytes: Uint8Array } | null
    expect(saved?.name).toBe('Påminnelselista 2026-03-10.pdf')
    const path = join(dir, 'list.pdf')
    writeFileSync(path, saved!.bytes)
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/)
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1/)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Påminnelse: 4 personer behöver underteckna försäkran.')
    expect(text).toContain('Kommun: Kiruna kommun')
    const order = ['Bo Zetterlund', 'Åsa Berg', 'Örjan Ek', 'Anna Ahl'].map((n) => text.indexOf(n))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect((await loadUndertakingData()).reminders).toMatchObject([{ method: 'print' }])
  })
  it('records nothing when the user cancels saving the list', async () => {
    const rows = await dashboardRows()
    const outcome = await remindByPrint({ rows, municipality: 'K', version: null, unitLabel: 'Väst' }, async () => ({ saved: false }))
    expect(outcome).toEqual({ ok: false, text: 'Listan sparades inte, så ingen påminnelse registrerades.' })
    expect((await loadUndertakingData()).reminders).toEqual([])
  })
  it('builds the report input with the version, the unit and one summary line', async () => {
    const rows = await dashboardRows()
    const input = reminderListInput({ rows: rows.slice(0, 1), municipality: 'K', version, unitLabel: 'Väst', today: '2026-03-10' })
    expect(input).toMatchObject({
      unit: 'Väst',
      date: '2026-03-10',
      version: { number: 2, sha256: version.sha256, publishedOn: '2026-03-01' },
      summary: ['Påminnelse: 1 person behöver underteckna försäkran.']
    })
    expect(input.rows).toHaveLength(1)
  })
})
