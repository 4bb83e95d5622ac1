import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  checkReturnedForms,
  stockholmToday,
  type CheckContext,
  type ReadForm,
  type ReturnedFile
} from '@renderer/domain/caseworkers/returnedForms'

const context: CheckContext = {
  people: new Map([
    ['p-asa', { name: 'Åsa Öberg' }],
    ['p-bo', { name: 'Bo Anders Ek' }],
    ['p-gone', { name: 'Gunnel Slut', endDate: '2026-11-01' }]
  ]),
  versions: new Map([
    ['v1', { number: 1, sha256: 'a'.repeat(64), publishedOn: '2026-01-10' }],
    ['v2', { number: 2, sha256: 'b'.repeat(64), publishedOn: '2026-11-15' }]
  ]),
  currentVersionId: 'v2',
  today: '2026-12-01',
  storedFileHashes: new Set(['stored'])
}

const good: ReadForm = {
  personId: 'p-asa',
  versionId: 'v2',
  textSha256: 'b'.repeat(64),
  contentIntact: true,
  acknowledged: true,
  typedName: 'Åsa Öberg',
  signedOn: '2026-11-30'
}

const file = (form: Partial<ReadForm>, fileSha256 = 'f1', fileName = 'Försäkran v2 – Åsa Öberg.pdf'): ReturnedFile => ({
  fileName,
  fileSha256,
  read: { ok: true, form: { ...good, ...form } }
})
const check = (...files: ReturnedFile[]) => checkReturnedForms(files, context)

describe('checkReturnedForms', () => {
  it('accepts a complete form for the person and the version in force', () => {
    expect(check(file({}))).toEqual([
      {
        fileName: 'Försäkran v2 – Åsa Öberg.pdf',
        fileSha256: 'f1',
        outcome: 'accepted',
        reasons: [],
        personId: 'p-asa',
        personName: 'Åsa Öberg',
        versionId: 'v2',
        versionNumber: 2,
        signedOn: '2026-11-30'
      }
    ])
  })

  it('uses the ids inside the file, never its name', () => {
    const [v] = check(file({ personId: 'p-bo', typedName: 'Bo Ek' }, 'f2', 'Försäkran v2 – Åsa Öberg.pdf'))
    expect(v).toMatchObject({ outcome: 'accepted', personId: 'p-bo', personName: 'Bo Anders Ek' })
  })

  it.each([
    [{ personId: 'p-unknown' }, ['unknown-person']],
    [{ personId: 'p-gone', typedName: 'Gunnel Slut' }, ['person-inactive']],
    [{ versionId: 'v9' }, ['unknown-version']],
    [{ versionId: 'v1', textSha256: 'a'.repeat(64) }, ['not-current-version']],
    [{ textSha256: 'c'.repeat(64) }, ['text-mismatch']],
    [{ contentIntact: false }, ['content-changed']],
    [{ acknowledged: false }, ['not-ticked']],
    [{ typedName: '  ' }, ['name-missing']],
    [{ typedName: 'Asa Oberg' }, ['name-mismatch']],
    [{ typedName: 'Bo Anders Ek' }, ['name-mismatch']],
    [{ signedOn: null }, ['date-missing']],
    [{ signedOn: '2026-02-30' }, ['date-missing']],
    [{ signedOn: '2026-12-02' }, ['date-future']],
    [{ signedOn: '2026-11-14' }, ['date-before-published']],
    [{ acknowledged: false, typedName: '', signedOn: null }, ['not-ticked', 'name-missing', 'date-missing']]
  ] as [Partial<ReadForm>, string[]][])('refuses %o with %o', (form, reasons) => {
    const [v] = check(file(form))
    expect(v!.outcome).toBe('needs-attention')
    expect(v!.reasons).toEqual(reasons)
  })

  it('accepts the typed name by the shared rule: case, spaces, first and last name', () => {
    expect(check(file({ typedName: '  åsa   ÖBERG ' }))[0]!.outcome).toBe('accepted')
    expect(check(file({ personId: 'p-bo', typedName: 'bo ek' }))[0]!.outcome).toBe('accepted')
  })

  it('today is the last accepted day', () => {
    expect(check(file({ signedOn: '2026-12-01' }))[0]!.outcome).toBe('accepted')
  })

  it('a file already stored is recognised by its hash and changes nothing', () => {
    expect(check(file({}, 'stored'))[0]).toMatchObject({ outcome: 'already-imported', reasons: [] })
  })

  it('within one batch, the same file or the same person and version is taken once', () => {
    const verdicts = check(file({}, 'x'), file({}, 'x'), file({ signedOn: '2026-11-29' }, 'y'))
    expect(verdicts.map((v) => [v.outcome, v.reasons])).toEqual([
      ['accepted', []],
      ['needs-attention', ['duplicate-in-batch']],
      ['needs-attention', ['duplicate-in-batch']]
    ])
  })

  it('an unreadable file needs attention with its problem', () => {
    expect(check({ fileName: 'x.pdf', fileSha256: 'z', read: { ok: false, problem: 'encrypted' } })[0]).toEqual({
      fileName: 'x.pdf',
      fileSha256: 'z',
      outcome: 'needs-attention',
      reasons: ['unreadable'],
      problem: 'encrypted'
    })
  })

  it('property: accepted only when every check passes, and then for the person and version in the file', () => {
    const arb = fc.record({
      personId: fc.constantFrom('p-asa', 'p-bo', 'p-x'),
      versionId: fc.constantFrom('v1', 'v2', 'v3'),
      textSha256: fc.constantFrom('a'.repeat(64), 'b'.repeat(64)),
      contentIntact: fc.boolean(),
      acknowledged: fc.boolean(),
      typedName: fc.constantFrom('', 'Åsa Öberg', 'Bo Ek', 'Asa Oberg'),
      signedOn: fc.option(fc.constantFrom('2026-11-30', '2026-12-02', '2026-01-01', '2026-02-29'), { nil: null })
    })
    fc.assert(
      fc.property(arb, (form) => {
        const [v] = check(file(form))
        const person = context.people.get(form.personId)
        const ok =
          !!person &&
          form.versionId === 'v2' &&
          form.textSha256 === 'b'.repeat(64) &&
          form.contentIntact &&
          form.acknowledged &&
          form.typedName !== '' &&
          form.typedName !== 'Asa Oberg' &&
          (form.personId === 'p-asa' ? form.typedName === 'Åsa Öberg' : form.typedName === 'Bo Ek') &&
          form.signedOn === '2026-11-30'
        expect(v!.outcome).toBe(ok ? 'accepted' : 'needs-attention')
        if (ok) expect([v!.personId, v!.versionId]).toEqual([form.personId, 'v2'])
        else expect(v!.reasons.length).toBeGreaterThan(0)
      })
    )
  })
})

describe('stockholmToday', () => {
  it('is the calendar day in Sweden, not in UTC', () => {
    expect(stockholmToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(stockholmToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(stockholmToday(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30')
  })
})
