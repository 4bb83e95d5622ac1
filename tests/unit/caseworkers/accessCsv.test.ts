import { describe, expect, it } from 'vitest'
import { parseCaseworkerCsv, previewCaseworkerCsv } from '@renderer/domain/caseworkers/csvImport'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('CSV import of access to SSBTEK', () => {
  it('reads the optional Swedish columns "Behörighet från" and "Behörighet till"', () => {
    const { rows, errors } = parseCaseworkerCsv(
      bytes(
        'Namn;E-post;Enhet;Behörighet från;Behörighet till\nAnna;anna@k.se;Öst;2026-03-01;\nBo;bo@k.se;Öst;2026-01-01;2026-06-30\nCia;cia@k.se;Öst;;\n'
      )
    )
    expect(errors).toEqual([])
    expect(rows.map((r) => [r.name, r.accessFrom, r.accessTo])).toEqual([
      ['Anna', '2026-03-01', undefined],
      ['Bo', '2026-01-01', '2026-06-30'],
      ['Cia', undefined, undefined]
    ])
  })
  it('reads English headers and "t.o.m."', () => {
    expect(previewCaseworkerCsv(bytes('Name,Email,Unit,Access from,Access to\nA,a@k.se,X,2026-01-01,2026-02-01\n')).columns).toEqual([
      'name',
      'email',
      'unit',
      'accessFrom',
      'accessTo'
    ])
    expect(previewCaseworkerCsv(bytes('Namn;E-post;Enhet;Behörighet fr.o.m.;Behörighet t.o.m.\n')).columns).toEqual([
      'name',
      'email',
      'unit',
      'accessFrom',
      'accessTo'
    ])
  })
  it('gives a line-numbered Swedish message for a bad access date', () => {
    const { rows, errors } = parseCaseworkerCsv(
      bytes('Namn;E-post;Enhet;Behörighet från;Behörighet till\nAnna;anna@k.se;Öst;2026-13-01;\nBo;bo@k.se;Öst;2026-05-01;2026-04-01\n')
    )
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 2, message: expect.stringMatching(/^Behörighet från ”2026-13-01” är inte ett giltigt datum/) },
      { line: 3, message: 'Behörighet till är före Behörighet från.' }
    ])
  })
})
