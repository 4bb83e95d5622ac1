import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCaseworkerCsv, validateCaseworker } from '@renderer/domain'
import { emailWarning, findCaseworkerConflict, MAX_LENGTH } from '@renderer/domain/caseworkers/validate'
import { previewCaseworkerCsv } from '@renderer/domain/caseworkers/csvImport'

const ok = { name: 'Åsa Öberg', email: 'asa@kommun.se', unit: 'Försörjningsstöd', role: 'handläggare', employeeId: '1001' }
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('caseworker field lengths', () => {
  it('accepts every field at its limit', () => {
    const local = 'a'.repeat(64)
    const email = `${local}@${'k'.repeat(254 - 64 - 4)}.se`
    expect(email).toHaveLength(254)
    const { input, problems } = validateCaseworker({
      name: 'Å'.repeat(200),
      email,
      unit: 'E'.repeat(200),
      role: 'r'.repeat(100),
      employeeId: '9'.repeat(50)
    })
    expect(problems).toEqual([])
    expect(input?.name).toHaveLength(200)
  })

  it.each([
    ['name', 'Namnet är längre än 200 tecken. Korta det.'],
    ['email', 'E-postadressen är längre än 254 tecken. Korta det.'],
    ['unit', 'Enhetens namn är längre än 200 tecken. Korta det.'],
    ['role', 'Rollen är längre än 100 tecken. Korta det.'],
    ['employeeId', 'Anställningsnumret är längre än 50 tecken. Korta det.'],
    ['startDate', 'Startdatumet är längre än 40 tecken. Korta det.']
  ] as const)('refuses %s one character over its limit, in Swedish', (field, message) => {
    const long = field === 'email' ? `${'a'.repeat(60)}@${'k'.repeat(MAX_LENGTH.email - 63)}.se` : 'x'.repeat(MAX_LENGTH[field] + 1)
    const { input, problems } = validateCaseworker({ ...ok, [field]: long })
    expect(input).toBeNull()
    expect(problems).toEqual([{ field, message }])
  })

  it('refuses a 50 MB name quickly and without quoting it back', () => {
    const huge = 'A'.repeat(50 * 1024 * 1024)
    const started = performance.now()
    const { input, problems } = validateCaseworker({ ...ok, name: huge, email: huge })
    expect(performance.now() - started).toBeLessThan(500)
    expect(input).toBeNull()
    expect(problems.map((p) => p.field)).toEqual(['name', 'email'])
    for (const p of problems) expect(p.message.length).toBeLessThan(100)
  })

  it('refuses an e-mail address whose local part is longer than 64 characters', () => {
    expect(validateCaseworker({ ...ok, email: `${'a'.repeat(65)}@kommun.se` }).problems).toEqual([
      { field: 'email', message: 'Delen före @ i e-postadressen är längre än 64 tecken.' }
    ])
  })

  it('counts characters, not UTF-16 units, and measures after tidying spaces', () => {
    expect(validateCaseworker({ ...ok, name: '😀'.repeat(200) }).problems).toEqual([])
    expect(validateCaseworker({ ...ok, name: `  ${'a'.repeat(200)}   ` }).problems).toEqual([])
  })

  it('never accepts a value over its limit (property)', () => {
    const field = fc.constantFrom(...(['name', 'email', 'unit', 'role', 'employeeId'] as const))
    fc.assert(
      fc.property(field, fc.string({ minLength: 1, maxLength: 1200 }), (f, text) => {
        const { input } = validateCaseworker({ ...ok, [f]: text })
        if (input)
          for (const k of Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[])
            expect(Array.from(input[k] ?? '').length).toBeLessThanOrEqual(MAX_LENGTH[k])
      }),
      { numRuns: 500 }
    )
  })
})

describe('CSV import applies the same limits', () => {
  it('reports an overlong name on its line and keeps only part of it in the preview', () => {
    const text = `Namn;E-post;Enhet\r\nAnna;anna@k.se;Syd\r\n${'B'.repeat(1_000_000)};b@k.se;Syd\r\n`
    const result = parseCaseworkerCsv(utf8(text))
    expect(result.rows.map((r) => r.name)).toEqual(['Anna'])
    expect(result.errors).toEqual([{ line: 3, message: expect.stringContaining('Namnet är längre än 200 tecken') }])
    const preview = previewCaseworkerCsv(utf8(text))
    expect(preview.rows[1]!.values.name!.length).toBeLessThanOrEqual(801)
  })
})

describe('e-mail addresses as Outlook sends them', () => {
  it('warns, but accepts, a local part with letters outside ASCII', () => {
    const { input, problems } = validateCaseworker({ ...ok, email: 'åsa.öberg@kiruna.se' })
    expect(problems).toEqual([])
    expect(input?.email).toBe('åsa.öberg@kiruna.se')
    expect(emailWarning('åsa.öberg@kiruna.se')).toBe('non-ascii-local-part')
    expect(emailWarning(' Zoë@kommun.se ')).toBe('non-ascii-local-part')
  })
  it('says nothing about a plain address, an address with letters outside ASCII only after @, or one that is not an address', () => {
    expect(emailWarning('asa.oberg@kiruna.se')).toBeNull()
    expect(emailWarning("o'brien+ssbtek@kommun.se")).toBeNull()
    // Outlook turns a domain with å, ä or ö into its ASCII form (IDNA) itself.
    expect(emailWarning('asa@håbo.se')).toBeNull()
    expect(emailWarning('')).toBeNull()
    expect(emailWarning('inte en adress')).toBeNull()
  })
  it('warns exactly when a character before @ is outside ASCII (property)', () => {
    const localChar = fc.oneof(fc.constantFrom('a', 'z', '0', '.', '_', '-', '+'), fc.constantFrom('å', 'ä', 'ö', 'é', 'ü', 'ø', 'ł', '名'))
    fc.assert(
      fc.property(fc.array(localChar, { minLength: 1, maxLength: 30 }), (chars) => {
        const local = chars.join('')
        const email = `${local}@kommun.se`
        const outside = [...local].some((c) => c.codePointAt(0)! > 0x7f)
        expect(emailWarning(email)).toBe(outside ? 'non-ascii-local-part' : null)
      })
    )
  })
})

describe('findCaseworkerConflict (the register’s unique values, checked while typing)', () => {
  const others = [
    { id: '1', name: 'Anna', email: 'Anna@K.se', employeeId: '42' },
    { id: '2', name: 'Bo', email: 'bo@k.se' }
  ]
  it('finds the same e-mail (case and spaces ignored) or employee id in someone else', () => {
    expect(findCaseworkerConflict({ email: ' anna@k.se ' }, others, '2')).toEqual({ field: 'email', value: 'anna@k.se', name: 'Anna' })
    expect(findCaseworkerConflict({ email: 'ny@k.se', employeeId: ' 42 ' }, others)).toEqual({
      field: 'employeeId',
      value: '42',
      name: 'Anna'
    })
  })
  it('ignores the person themself and an empty employee id', () => {
    expect(findCaseworkerConflict({ email: 'anna@k.se', employeeId: '42' }, others, '1')).toBeNull()
    expect(findCaseworkerConflict({ email: 'ny@k.se', employeeId: '' }, [{ id: '3', email: 'x@k.se', employeeId: '' }])).toBeNull()
  })
})
