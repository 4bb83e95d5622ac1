import { describe, expect, it } from 'vitest'
import { composeUndertakingText, unchangedSincePublished, type UndertakingContent } from '@renderer/domain/caseworkers/undertakingText'

const content: UndertakingContent = {
  title: 'Försäkran',
  body: 'Jag använder SSBTEK enligt {lagrum}.\n\nStycke två.',
  legalReference: 'socialtjänstlagen (2025:400)',
  legalReview: null,
  legalContext: 'Källa: Försäkringskassan.'
}
const published = { text: composeUndertakingText(content) }

describe('unchangedSincePublished (why "Publicera som version N" is disabled)', () => {
  it('is true right after publishing: the draft is the published text', () => {
    expect(unchangedSincePublished(content, published)).toBe(true)
    expect(unchangedSincePublished({ ...content }, published)).toBe(true)
  })
  it('ignores what publishing ignores: spaces around the title and Windows line endings', () => {
    expect(unchangedSincePublished({ ...content, title: '  Försäkran ' }, published)).toBe(true)
    expect(unchangedSincePublished({ ...content, body: content.body.replace(/\n/g, '\r\n') }, published)).toBe(true)
  })
  it('is false after any change to what is signed, including confirming the legal reference', () => {
    expect(unchangedSincePublished({ ...content, body: `${content.body} Mer.` }, published)).toBe(false)
    expect(unchangedSincePublished({ ...content, legalReference: '11 kap. socialtjänstlagen (2025:400)' }, published)).toBe(false)
    expect(unchangedSincePublished({ ...content, legalReview: { by: 'Karin Jurist', on: '2026-03-01' } }, published)).toBe(false)
  })
  it('is false when nothing is published yet', () => {
    expect(unchangedSincePublished(content, null)).toBe(false)
  })
})
