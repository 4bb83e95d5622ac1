import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildUndertakingPdf } from '@renderer/pdf'
import { composeUndertakingText, sha256Hex } from '@renderer/domain'
import defaultFile from '../../../resources/content/undertaking-default.json'
import { defaultUndertakingContent, type UndertakingDefaultFile } from '@renderer/domain/caseworkers/undertakingText'

const defaultContent = defaultUndertakingContent(defaultFile as UndertakingDefaultFile)

const dir = mkdtempSync(join(tmpdir(), 'undertaking-time-'))

describe('on-screen undertaking PDF', () => {
  it('prints the signing time in Swedish time with the offset (winter and summer), never UTC', async () => {
    const text = composeUndertakingText(defaultContent)
    const version = { number: 1, title: defaultContent.title, text, sha256: await sha256Hex(text), publishedOn: '2026-03-01' }
    for (const [signedAt, expected] of [
      ['2026-12-01T13:05:00.000Z', 'registrerad 2026-12-01 14:05 (+01:00) svensk tid'],
      ['2026-07-01T22:30:00.000Z', 'registrerad 2026-07-02 00:30 (+02:00) svensk tid']
    ] as const) {
      const bytes = await buildUndertakingPdf({
        municipality: 'Göteborgs stad',
        version,
        caseworker: { name: 'Åsa Öberg', email: 'a@k.se', unit: 'Öst' },
        signature: { kind: 'typed', typedName: 'Åsa Öberg', signedOn: signedAt.slice(0, 10), signedAt }
      })
      const file = join(dir, `${signedAt.slice(0, 10)}.pdf`)
      writeFileSync(file, bytes)
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/)
      const out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      expect(out).toContain(`Skrivet namn som underskrift av Åsa Öberg, ${expected}`)
      expect(out).not.toContain('UTC')
    }
  })
})
