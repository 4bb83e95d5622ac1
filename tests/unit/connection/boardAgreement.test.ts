import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boardAgreementFrom } from '@renderer/db/boardOverview'

const signer = (name: string, signed: boolean) => ({
  name,
  title: 'Ordförande',
  ...(signed ? { signature: { kind: 'typed', text: name }, signedAt: '2026-11-20T10:00:00.000Z' } : {})
})
const draft = (updatedAt: string, signatories: unknown[], adminName = '') => ({
  boardId: 'b',
  updatedAt,
  data: { adminContact: { name: adminName }, signatories }
})

describe('boardAgreementFrom: what the connection screens read from a board’s drafts', () => {
  it('none: undefined', () => {
    expect(boardAgreementFrom([])).toBeUndefined()
  })

  it('contacts come from the most recently edited draft; "signed" from any draft signed by all', () => {
    const signedOld = draft('2026-11-20T10:00:00Z', [signer('Märta', true)], 'Äldre')
    const newerCopy = draft('2026-11-25T10:00:00Z', [signer('Märta', false)], 'Nyare')
    const a = boardAgreementFrom([newerCopy, signedOld])!
    expect(a.adminContact?.name).toBe('Nyare')
    expect(a.signed).toBe(true)
  })

  it('half signed, no signatories, or damaged data: not signed, and nothing throws', () => {
    expect(boardAgreementFrom([draft('2026-11-20', [signer('A', true), signer('B', false)])])!.signed).toBe(false)
    expect(boardAgreementFrom([draft('2026-11-20', [])])!.signed).toBe(false)
    expect(boardAgreementFrom([{ boardId: 'b', updatedAt: 'x', data: { signatories: 'nej' } }, null, { data: null }])!.signed).toBe(false)
  })

  it('property: signed exactly when some draft has at least one signatory and all have signed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { maxLength: 4 }), { minLength: 1, maxLength: 5 }), (drafts) => {
        const rows = drafts.map((flags, i) =>
          draft(
            `2026-11-${10 + i}`,
            flags.map((f, j) => signer(`P${j}`, f))
          )
        )
        const expected = drafts.some((flags) => flags.length > 0 && flags.every(Boolean))
        expect(boardAgreementFrom(rows)!.signed).toBe(expected)
      })
    )
  })
})
