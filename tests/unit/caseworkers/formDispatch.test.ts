import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildFormMailto, buildFormMailtoForAll, planFormFiles, safeZipName } from '@renderer/domain/caseworkers/formDispatch'

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

describe('safeZipName', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows win.ini'],
    ['CON', '_CON'],
    ['nul.pdf', '_nul.pdf'],
    ['LPT1.txt', '_LPT1.txt'],
    ['Åsa: "Öberg" <chef>?', 'Åsa Öberg chef'],
    ['namn. ', 'namn'],
    ['...', 'fil'],
    ['', 'fil'],
    ['Łukasz\u0000\u0007 Nowak', 'Łukasz Nowak']
  ])('%j → %j', (input, expected) => {
    expect(safeZipName(input)).toBe(expected)
  })

  it('keeps the extension when it shortens a long name', () => {
    const out = safeZipName(`${'Å'.repeat(300)}.pdf`, 'fil', 100)
    expect(out).toHaveLength(100)
    expect(out.endsWith('.pdf')).toBe(true)
  })

  it('property: never a path, "..", control or reserved character, device name, or trailing dot/space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const out = safeZipName(input)
        expect(out.length).toBeGreaterThan(0)
        expect(out.length).toBeLessThanOrEqual(120)
        expect(out).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/)
        expect(out).not.toContain('..')
        expect(out).not.toMatch(RESERVED)
        expect(out).not.toMatch(/[. ]$/)
        expect(out).not.toMatch(/^[. ]/)
        expect(safeZipName(out)).toBe(out)
      })
    )
  })
})

describe('planFormFiles', () => {
  it('gives every person their own safe PDF name, numbering namesakes without regard to case', () => {
    const planned = planFormFiles(
      [
        { id: '1', name: 'Åsa Öberg', email: 'a@k.se' },
        { id: '2', name: 'ÅSA ÖBERG', email: 'b@k.se' },
        { id: '3', name: '../CON', email: 'c@k.se' }
      ],
      2
    )
    expect(planned.map((p) => p.fileName)).toEqual([
      'Försäkran v2 – Åsa Öberg.pdf',
      'Försäkran v2 – ÅSA ÖBERG (2).pdf',
      'Försäkran v2 – CON.pdf'
    ])
  })
})

describe('mail drafts', () => {
  it('one person: addressed to them, names the file to attach and says the mail program cannot attach it', () => {
    const url = buildFormMailto({ email: 'asa.oberg@kiruna.se', fileName: 'Försäkran v2 – Åsa Öberg.pdf', municipality: 'Kiruna kommun' })
    expect(url.startsWith('mailto:asa.oberg%40kiruna.se?')).toBe(true)
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1))
    const body = params.get('body')!
    expect(params.get('subject')).toBe('Försäkran för SSBTEK att fylla i')
    expect(body).toContain('bifoga filen "Försäkran v2 – Åsa Öberg.pdf"')
    expect(body).toContain('E-postprogrammet kan inte bifoga den automatiskt')
    expect(body).toContain('Kiruna kommuns försäkran')
  })

  it('everyone: in BCC, each address once, and says files cannot be attached automatically', () => {
    const url = buildFormMailtoForAll({ emails: ['a@k.se', ' a@k.se', 'b@k.se', ''], municipality: '' })
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1))
    expect(url.startsWith('mailto:?')).toBe(true)
    expect(params.get('bcc')).toBe('a@k.se,b@k.se')
    expect(params.get('body')).toContain('e-postprogrammet kan inte bifoga filer automatiskt')
  })
})
