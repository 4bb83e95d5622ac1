import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  agreementFileName,
  applySignature,
  clearSignatures,
  refuseSignature,
  signedContent,
  SigningError,
  signingStatus,
  startSigningRound,
  isSigned,
  nextSignatory,
  normaliseAgreement,
  parsePostalCode,
  refuseFromPackage,
  textAtPath,
  UNDERTAKING_REFUSAL,
  validateAgreement,
  validateEmail,
  validatePhone,
  CONTACT_MESSAGES
} from '@renderer/domain/agreement'
import { sampleAgreement } from '../pdf/agreementSample'

describe('postnummer, e-post and telefon', () => {
  it('postnummer: NNN NN canonical, NNNNN accepted, anything else refused in Swedish', () => {
    expect(parsePostalCode('40532')).toEqual({ ok: true, value: '405 32' })
    expect(parsePostalCode(' 405 32 ')).toEqual({ ok: true, value: '405 32' })
    for (const bad of ['', '4053', '405-32', '05 321', '405 321', 'abc de'])
      expect(parsePostalCode(bad)).toEqual({ ok: false, error: CONTACT_MESSAGES.postalCodeFormat })
  })

  it('property: every five-digit code not starting with 0 is accepted in both forms with the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 99999 }), (n) => {
        const s = String(n)
        const spaced = parsePostalCode(`${s.slice(0, 3)} ${s.slice(3)}`)
        expect(spaced).toEqual(parsePostalCode(s))
        expect(spaced.ok).toBe(true)
      })
    )
  })

  it('e-post', () => {
    for (const ok of ['anna.berg@goteborg.se', 'a+b@sub.kommun.se']) expect(validateEmail(ok)).toBeNull()
    for (const bad of ['', 'anna', 'anna@', 'anna@kommun', 'anna berg@kommun.se', 'a@@b.se', 'a@b..se'])
      expect(validateEmail(bad)).toBe(CONTACT_MESSAGES.emailFormat)
  })

  it('telefon', () => {
    for (const ok of ['031-365 00 00', '08-508 290 00', '+46 31 365 00 00', '0701234567', '+46701234567'])
      expect(validatePhone(ok), ok).toBeNull()
    for (const bad of ['', '12345', '31 365 00 00', 'ring mig', '+46', '031-365 00 00 00 00 00'])
      expect(validatePhone(bad), bad).toBe(CONTACT_MESSAGES.phoneFormat)
  })
})

describe('validateAgreement', () => {
  it('accepts a complete agreement', () => {
    expect(validateAgreement(sampleAgreement())).toEqual({})
  })

  it('puts each message on its field path', () => {
    const input = sampleAgreement({
      municipality: { name: '', organisationsnummer: '556016-0680' },
      address: { street: 'Box 1', postalCode: '4053', city: 'Göteborg' },
      adminContact: { name: 'Anna', email: 'anna@', phone: '123' },
      technicalContact: { name: '', email: '' },
      date: '2026-13-45',
      signatories: [{ name: '', title: '' }]
    })
    const errors = validateAgreement(input)
    expect(errors['municipality.name']).toBe('Ange kommunens namn.')
    expect(errors['municipality.organisationsnummer']).toMatch(/börja med 2/)
    expect(errors['address.postalCode']).toBe(CONTACT_MESSAGES.postalCodeFormat)
    expect(errors['adminContact.email']).toBe(CONTACT_MESSAGES.emailFormat)
    expect(errors['adminContact.phone']).toBe(CONTACT_MESSAGES.phoneFormat)
    expect(errors['technicalContact.name']).toBeUndefined() // an empty optional contact is fine
    expect(errors.date).toMatch(/ÅÅÅÅ-MM-DD/)
    expect(errors['signatories.0.name']).toBeTruthy()
    expect(errors['signatories.0.title']).toBeTruthy()
  })

  it('requires at least one signatory', () => {
    expect(validateAgreement(sampleAgreement({ signatories: [] })).signatories).toMatch(/minst en/)
  })

  it('normalises to canonical organisationsnummer and postnummer and NFC text', () => {
    const n = normaliseAgreement(
      sampleAgreement({
        municipality: { name: ' Göteborgs stad ', organisationsnummer: '162120001355' },
        address: { street: 'Box 5043', postalCode: '40221', city: 'Go\u0308teborg' }
      })
    )
    expect(n.municipality).toEqual({ name: 'Göteborgs stad', organisationsnummer: '212000-1355' })
    expect(n.address.postalCode).toBe('402 21')
    expect(n.address.city).toBe('Göteborg')
  })
})

describe('signing in turn', () => {
  const unsigned = clearSignatures(sampleAgreement())
  it('lets signatories sign only in order and locks when all have signed', () => {
    expect(nextSignatory(unsigned)).toBe(0)
    expect(() => applySignature(unsigned, 1, { kind: 'typed', text: 'X' })).toThrow(/Undertecknare 1 ska underteckna först/)
    const one = applySignature(unsigned, 0, { kind: 'typed', text: 'Åsa Öberg-Ärlig' }, new Date('2026-11-26T10:00:00Z'))
    expect(one.signatories[0]!.signedAt).toBe('2026-11-26T10:00:00.000Z')
    expect(isSigned(one)).toBe(false)
    expect(signingStatus(one)).toMatchObject({ started: true, complete: false })
    expect(signingStatus(one).remaining.map((p) => p.name)).toEqual(['Miloš Dvořák Szőke'])
    const both = applySignature(one, 1, { kind: 'typed', text: 'miloš  dvořák szőke' })
    expect(isSigned(both)).toBe(true)
    expect(signingStatus(both)).toMatchObject({ started: true, complete: true, remaining: [] })
    expect(nextSignatory(both)).toBeNull()
    expect(isSigned(clearSignatures(both))).toBe(false)
  })

  it('refuses a typed name that is not the signatory’s own name, in Swedish, before anything changes', () => {
    expect(refuseSignature(unsigned, 0, { kind: 'typed', text: 'Kalle Anka' })).toEqual({
      code: 'typed-name-mismatch',
      typed: 'Kalle Anka',
      registered: 'Åsa Öberg-Ärlig'
    })
    expect(() => applySignature(unsigned, 0, { kind: 'typed', text: 'Kalle Anka' })).toThrow(/stämmer inte med undertecknarens namn/)
    expect(() => applySignature(unsigned, 0, { kind: 'typed', text: 'Miloš Dvořák Szőke' })).toThrow(SigningError)
    expect(refuseSignature(unsigned, 0, { kind: 'typed', text: 'Asa Oberg-Arlig' })).toMatchObject({ code: 'typed-name-mismatch' })
    // Drawn and image signatures are not names; their check is the signer's own act.
    expect(refuseSignature(unsigned, 0, { kind: 'drawn', png: new Uint8Array([1]) })).toBeNull()
  })

  it('the round’s fingerprint covers the content, not the signatures or the round’s own events', () => {
    const a = clearSignatures(sampleAgreement())
    const started = startSigningRound(a, 'abc', new Date('2026-11-26T10:00:00Z'))
    expect(started.signingRound).toEqual({ startedAt: '2026-11-26T10:00:00.000Z', contentSha256: 'abc' })
    const signed = applySignature({ ...started, events: [{ at: '2026-11-26T10:00:00Z', text: 'x' }] }, 0, {
      kind: 'typed',
      text: 'Åsa Öberg-Ärlig'
    })
    expect(signedContent(signed)).toBe(signedContent(a))
    expect(signedContent({ ...a, board: 'Annan nämnd' })).not.toBe(signedContent(a))
    // A started round keeps its fingerprint and refuses different content.
    expect(startSigningRound(started, 'abc')).toBe(started)
    expect(() => startSigningRound(started, 'def')).toThrow(SigningError)
    expect(clearSignatures(started).signingRound).toBeUndefined()
  })
})

describe('paths, file name and the send package', () => {
  it('reads paths from the agreement', () => {
    const a = sampleAgreement()
    expect(textAtPath(a, 'municipality.organisationsnummer')).toBe('212000-1355')
    expect(textAtPath(a, 'signatories.1.name')).toBe('Miloš Dvořák Szőke')
    expect(textAtPath(a, 'signatories.0.signedAt')).toBe('2026-11-26')
    expect(textAtPath(a, 'address.full')).toBe('Box 5043, 402 21 Göteborg')
    expect(textAtPath(a, 'signatories.5.name')).toBe('')
  })

  it('names the exported file as agreed, without characters a file system refuses', () => {
    expect(agreementFileName('Göteborgs stad', 'Socialnämnden', '2026-11-26')).toBe(
      'Anslutningsavtal SSBTEK – Göteborgs stad – Socialnämnden – 2026-11-26.pdf'
    )
    expect(agreementFileName('A/B', 'Nämnd: "x"', '2026-11-26')).toBe('Anslutningsavtal SSBTEK – A B – Nämnd x – 2026-11-26.pdf')
  })

  it('refuses undertakings in the agreement package with the seed’s reason', () => {
    expect(UNDERTAKING_REFUSAL).toBe('Påminnelse för handläggare ska inte skickas in som bilaga till Anslutningsavtalet.')
    expect(refuseFromPackage({ name: 'Påminnelse för handläggare SSBTEK.pdf' })).toBe(UNDERTAKING_REFUSAL)
    expect(refuseFromPackage({ name: 'scan.pdf', markedAsUndertaking: true })).toBe(UNDERTAKING_REFUSAL)
    expect(refuseFromPackage({ name: 'x.pdf', ownerType: 'undertakingVersion' })).toBe(UNDERTAKING_REFUSAL)
    expect(refuseFromPackage({ name: 'Protokollsutdrag socialnämnden 2026-10-14.pdf' })).toBeNull()
  })
})

describe('agreementFileName (property)', () => {
  it('always gives a name the Electron save dialog accepts, ending in .pdf', async () => {
    const { safeFileName } = await import('@shared/ipc')
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
        fc.string({ maxLength: 300, unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
        fc.string({ maxLength: 20 }),
        (m, b, d) => {
          const name = agreementFileName(m, b, d)
          expect(name.endsWith('.pdf')).toBe(true)
          expect(safeFileName.safeParse(name).success).toBe(true)
          expect(name.isWellFormed()).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })
})
