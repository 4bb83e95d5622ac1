import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCaseworkerReportPdf, buildUndertakingPdf } from '@renderer/pdf'
import { composeUndertakingText, sha256Hex } from '@renderer/domain'
import defaultFile from '../../../resources/content/undertaking-default.json'
import { defaultUndertakingContent, type UndertakingDefaultFile } from '@renderer/domain/caseworkers/undertakingText'
import { appearsUnmarked, needsMarkWhenSigned, SIGNED_MARKS } from '@renderer/domain/content/statement'

const file = defaultFile as UndertakingDefaultFile
// The shipped default as published with an explicit approval: the reference is still unconfirmed.
const defaultContent = defaultUndertakingContent(file)

const dir = mkdtempSync(join(tmpdir(), 'undertaking-pdf-'))

/** Writes the PDF, runs qpdf --check and poppler on it, and returns its text. */
function check(name: string, bytes: Uint8Array): { text: string; info: string; fonts: string } {
  const file = join(dir, name)
  writeFileSync(file, bytes)
  const qpdf = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })
  expect(qpdf).toMatch(/No syntax or stream encoding errors found/)
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  // Lines wrap where the layout decides: compare with runs of white space collapsed.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  return { text, info, fonts }
}

const names = ['Łukasz Żółć', 'Nguyễn Thị Minh Khai', 'Åsa Öberg-Čapek', 'Zoë Ødegård', 'Ștefan Țăranu']

async function version() {
  const text = composeUndertakingText(defaultContent)
  return { number: 3, title: defaultContent.title, text, sha256: await sha256Hex(text), publishedOn: '2026-03-01' }
}

// A 1×1 transparent PNG stands in for a drawn signature.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0)
)

describe('undertaking PDF', () => {
  it('prefilled for a wet signature: the exact text, the person, the hash, and lines to sign on', async () => {
    const v = await version()
    for (const [i, name] of names.entries()) {
      const { text, info, fonts } = check(
        `blank-${i}.pdf`,
        await buildUndertakingPdf({
          municipality: 'Göteborgs stad',
          version: v,
          caseworker: { name, email: 'x@k.se', unit: 'Enhet Öst', employeeId: '42' }
        })
      )
      expect(text).toContain(name)
      expect(text).toContain('Enhet Öst')
      expect(text).toContain('Underskrift')
      expect(text).toContain('Namnförtydligande')
      expect(text).toContain('Lagrum: [Obekräftat – inte granskat av kommunen] socialtjänstlagen (2025:400).')
      expect(text).toContain('Försäkringskassans sida (uppdaterad 2025-02-15) anger 4 kap. socialtjänstlagen (2001:453).')
      expect(text).not.toContain('senast granskad')
      // No suggestion or unconfirmed statement reaches the signed text unmarked.
      const marked = [...file.paragraphs, file.legalReference].filter(needsMarkWhenSigned)
      expect(marked.length).toBeGreaterThan(0)
      for (const s of marked) expect(appearsUnmarked(text, s), s.text).toBe(false)
      expect(text).toContain(`${SIGNED_MARKS.förslag} ${file.paragraphs.find((p) => p.status === 'förslag')!.text}`)
      expect(text).toContain(v.sha256)
      expect(text).toContain('bifogas aldrig anslutningsavtalet')
      expect(info).toMatch(/Pages:\s+[12]/)
      expect(info).toMatch(/Keywords:\s+anslutningsguiden-undertaking/)
      expect(fonts).toMatch(/DejaVuSans/)
      expect(fonts).toMatch(/yes\s+yes/) // embedded and subset
    }
  })

  it('signed on screen, with a drawn or a typed signature', async () => {
    const v = await version()
    const drawn = check(
      'drawn.pdf',
      await buildUndertakingPdf({
        municipality: 'Malmö stad',
        version: v,
        caseworker: { name: names[0]!, email: 'l@k.se', unit: 'U' },
        signature: { kind: 'drawn', png: PNG, signedOn: '2026-03-02', signedAt: '2026-03-02T09:15:00.000Z' }
      })
    )
    expect(drawn.text).toContain('Undertecknat på skärmen 2026-03-02')
    expect(drawn.text).toContain('Ritad underskrift av Łukasz Żółć')
    const typed = check(
      'typed.pdf',
      await buildUndertakingPdf({
        municipality: 'Malmö stad',
        version: v,
        caseworker: { name: names[1]!, email: 'n@k.se', unit: 'U' },
        signature: { kind: 'typed', typedName: names[1]!, signedOn: '2026-03-02', signedAt: '2026-03-02T09:15:00.000Z' }
      })
    )
    expect(typed.text).toContain('Skrivet namn som underskrift av Nguyễn Thị Minh Khai')
  })
})

describe('caseworker report PDF', () => {
  it('has date, municipality, unit, version hash and every person with status and dates, over several pages', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      name: names[i % names.length]! + ` ${i}`,
      unit: 'Försörjningsstöd Öst',
      role: 'handläggare',
      status: i % 2 ? 'Undertecknad' : 'Försenad',
      since: '2026-03-01',
      signed: i % 2 ? 'v2 2026-03-02' : '',
      method: i % 2 ? (i % 4 === 1 ? 'I PDF-läsare' : 'På skärmen') : '',
      lastReminder: ''
    }))
    const sha = 'a'.repeat(64)
    const { text, info } = check(
      'report.pdf',
      await buildCaseworkerReportPdf({
        municipality: 'Göteborgs stad',
        date: '2026-03-10',
        unit: 'Alla enheter',
        version: { number: 2, sha256: sha, publishedOn: '2026-03-01' },
        summary: ['Aktiva: 120', 'Raderade personer (anonymt antal): 3'],
        rows
      })
    )
    expect(text).toContain('Kommun: Göteborgs stad')
    expect(text).toContain('Datum: 2026-03-10')
    expect(text).toContain('Enhet: Alla enheter')
    expect(text).toContain(sha)
    expect(text).toContain('Ștefan Țăranu 119')
    expect(text).toContain('Łukasz Żółć 0')
    expect(text).toContain('Nguyễn Thị Minh Khai 116')
    expect(text).toContain('Raderade personer (anonymt antal): 3')
    // The signing method has its own column, in full.
    expect(text).toContain('Sätt')
    expect(text).toMatch(/Łukasz Żółć 5 .*v2 2026-03-02 I PDF-läsare/)
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1)
  })
  it('lists people by unit, then name, in Swedish order (the reminder list is built from a selection in any order)', async () => {
    // Swedish collation: z < å < ä < ö, and "Åsa" after "Zoë"; units first.
    const people = [
      { name: 'Örjan Ek', unit: 'Väst' },
      { name: 'Zoë Ødegård', unit: 'Öst' },
      { name: 'Åsa Berg', unit: 'Väst' },
      { name: 'Ärla Lind', unit: 'Öst' },
      { name: 'Anna Ahl', unit: 'Öst' },
      { name: 'Bo Zetterlund', unit: 'Väst' },
      { name: 'Cecilia Al', unit: 'Ängen' }
    ]
    const { text } = check(
      'reminder-order.pdf',
      await buildCaseworkerReportPdf({
        municipality: 'Kiruna kommun',
        date: '2026-03-10',
        unit: 'Alla enheter',
        version: null,
        summary: ['Påminnelse: 7 personer behöver underteckna försäkran.'],
        rows: people.map((p) => ({ ...p, status: 'Ej undertecknad' }))
      })
    )
    const expected = ['Bo Zetterlund', 'Åsa Berg', 'Örjan Ek', 'Cecilia Al', 'Anna Ahl', 'Zoë Ødegård', 'Ärla Lind']
    const positions = expected.map((name) => text.indexOf(name))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})
