import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applySignature, clearSignatures, draftStage, isSigned } from '@renderer/domain/agreement/signing'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { ag } from '@renderer/i18n/agreement'
import { sampleAgreement } from '../pdf/agreementSample'

const STORED = ['draft', 'signed', 'exported'] as const
const unsigned = clearSignatures(sampleAgreement())
const one = applySignature(unsigned, 0, { kind: 'typed', text: 'Åsa Öberg-Ärlig' }, new Date('2026-11-26T10:00:00Z'))
const both = applySignature(one, 1, { kind: 'typed', text: 'Miloš Dvořák Szőke' }, new Date('2026-11-26T11:00:00Z'))

describe('draftStage: where a draft stands, decided by its signatures', () => {
  it('a round in progress is "Underskrift pågår (n av m)" whatever the stored status says', () => {
    for (const stored of STORED) expect(ag.drafts.stageText(draftStage(stored, one))).toBe('Underskrift pågår (1 av 2)')
  })

  it('every signatory signed is "Undertecknat", also when an older version stored it as a draft', () => {
    expect(ag.drafts.stageText(draftStage('draft', both))).toBe('Undertecknat')
    expect(ag.drafts.stageText(draftStage('signed', both))).toBe('Undertecknat')
    expect(ag.drafts.stageText(draftStage('exported', both))).toBe('Exporterat')
  })

  it('a stored "signed" or "exported" without the signatures is not signed', () => {
    expect(draftStage('signed', unsigned)).toEqual({ kind: 'draft' })
    expect(draftStage('exported', unsigned)).toEqual({ kind: 'draft' })
    // A round started (content frozen) but nobody signed yet.
    const started: AgreementInput = { ...unsigned, signingRound: { startedAt: '2026-11-26T10:00:00Z', contentSha256: 'a'.repeat(64) } }
    expect(draftStage('draft', started)).toEqual({ kind: 'signing', signed: 0, total: 2 })
  })

  it('property: "Undertecknat" or "Exporterat" exactly when every signatory has signed; the count never exceeds the total', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STORED), fc.array(fc.boolean(), { minLength: 0, maxLength: 6 }), (stored, signedFlags) => {
        const base = sampleAgreement()
        const input: AgreementInput = {
          ...clearSignatures(base),
          signatories: signedFlags.map((signed, i) => ({
            name: `Person ${i}`,
            title: 'Titel',
            ...(signed ? { signature: { kind: 'typed' as const, text: `Person ${i}` }, signedAt: '2026-11-26T10:00:00.000Z' } : {})
          }))
        }
        const stage = draftStage(stored, input)
        expect(stage.kind === 'signed' || stage.kind === 'exported').toBe(isSigned(input))
        if (stage.kind === 'signing') {
          expect(stage.total).toBe(signedFlags.length)
          expect(stage.signed).toBe(signedFlags.filter(Boolean).length)
          expect(stage.signed).toBeLessThan(stage.total)
        }
        if (stage.kind === 'exported') expect(stored).toBe('exported')
      })
    )
  })
})
