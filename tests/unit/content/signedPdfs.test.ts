import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildAgreementPdf, buildUndertakingPdf } from '@renderer/pdf'
import { appearsUnmarked, needsMarkWhenSigned, type Statement } from '@renderer/domain/content/statement'
import {
  composeUndertakingText,
  defaultUndertakingContent,
  sha256Hex,
  type UndertakingDefaultFile
} from '@renderer/domain/caseworkers/undertakingText'
import { AGREEMENT_TEXT } from '@renderer/pdf/agreementText'
import { sampleAgreement } from '../pdf/agreementSample'
import { pdftotext, qpdfCheck, tempPdf } from '../pdf/pdfTools'

/**
 * Every PDF people sign — the undertaking (on screen or on paper) and the app's own agreement
 * document — shows no suggestion and no unconfirmed statement from any content file unmarked.
 */
const dir = resolve(import.meta.dirname, '../../../resources/content')
const statements: Statement[] = []
const collect = (v: unknown): void => {
  if (Array.isArray(v)) v.forEach(collect)
  else if (v && typeof v === 'object') {
    if ('text' in v && 'status' in v) statements.push(v as Statement)
    Object.values(v).forEach(collect)
  }
}
for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) collect(JSON.parse(readFileSync(resolve(dir, f), 'utf8')))
const mustBeMarked = statements.filter(needsMarkWhenSigned)

function textOf(bytes: Uint8Array): string {
  const path = tempPdf(bytes)
  expect(qpdfCheck(path).status).toBe(0)
  return pdftotext(path, '-enc', 'UTF-8').replace(/\s+/g, ' ')
}

const expectNothingUnmarked = (text: string) => {
  const unmarked = mustBeMarked.filter((s) => appearsUnmarked(text, s)).map((s) => s.text)
  expect(unmarked).toEqual([])
}

describe('the agreement names the municipality in the genitive', () => {
  it.each([
    ['Kiruna kommun', 'Kiruna kommuns ifyllda'],
    ['Göteborgs stad', 'Göteborgs stads ifyllda'],
    ['Västerås', 'Västerås ifyllda'],
    ['', 'kommunens ifyllda']
  ])('%s', (name, expected) => {
    expect(AGREEMENT_TEXT.intro(name)).toContain(`Detta dokument är ${expected} exemplar`)
  })
})

describe('signed PDFs mark every suggestion and unconfirmed statement', () => {
  it('there are such statements to check', () => {
    expect(mustBeMarked.length).toBeGreaterThan(3)
  })

  it('the undertaking with the shipped default text, on paper and signed on screen', async () => {
    const content = defaultUndertakingContent(
      JSON.parse(readFileSync(resolve(dir, 'undertaking-default.json'), 'utf8')) as UndertakingDefaultFile
    )
    const text = composeUndertakingText(content)
    const version = { number: 1, title: content.title, text, sha256: await sha256Hex(text), publishedOn: '2026-12-01' }
    const caseworker = { name: 'Åsa Öberg', email: 'asa@k.se', unit: 'Enhet Öst' }
    const paper = textOf(await buildUndertakingPdf({ municipality: 'Kiruna kommun', version, caseworker }))
    const signed = textOf(
      await buildUndertakingPdf({
        municipality: 'Kiruna kommun',
        version,
        caseworker,
        signature: { kind: 'typed', typedName: 'Åsa Öberg', signedOn: '2026-12-02', signedAt: '2026-12-02T09:00:00.000Z' }
      })
    )
    for (const t of [paper, signed]) {
      expect(t).toContain('[Obekräftat – inte granskat av kommunen] socialtjänstlagen (2025:400)')
      expectNothingUnmarked(t)
    }
  })

  it('the undertaking shows an unmarked statement as unmarked (the check can fail)', () => {
    const suggestion = mustBeMarked.find((s) => s.status === 'förslag')!
    expect(appearsUnmarked(`Försäkran. ${suggestion.text} Jag har tagit del av informationen.`, suggestion)).toBe(true)
  })

  it('the app’s own agreement document', async () => {
    const text = textOf(await buildAgreementPdf(sampleAgreement()))
    expect(text).toContain('Detta dokument är Göteborgs stads ifyllda exemplar')
    expectNothingUnmarked(text)
    expect(text).not.toMatch(/bekräftar anslutningen till kontaktpersonen/)
  })
})
