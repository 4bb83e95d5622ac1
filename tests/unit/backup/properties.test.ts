import fc from 'fast-check'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@renderer/db'
import { db } from '@renderer/db/database'
import { storedValue } from './arbitraries'
import { dump, freshDatabase, seedRealisticData } from './helpers'

/** Arbitrary records for a few real tables: unicode, binary, nested objects, dates. */
const records = fc.record({
  caseworkers: fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, unit: 'grapheme' }), name: fc.string({ unit: 'binary' }), extra: storedValue }, { noNullPrototype: true }),
    { selector: (r) => r.id, maxLength: 6 }
  ),
  attachments: fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      ownerType: fc.string(),
      ownerId: fc.string(),
      name: fc.string({ unit: 'grapheme' }),
      mimeType: fc.constant('application/pdf'),
      bytes: fc.uint8Array({ maxLength: 5000 }),
      createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      meta: storedValue
    }, { noNullPrototype: true }),
    { selector: (r) => r.id, maxLength: 3 }
  ),
  settings: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1 }).filter((k) => !k.startsWith('backup.')), value: storedValue }, { noNullPrototype: true }), {
    selector: (r) => r.key,
    maxLength: 4
  })
})

describe('property: export → import', () => {
  beforeEach(freshDatabase)

  it('round-trips arbitrary generated data exactly', async () => {
    await fc.assert(
      fc.asyncProperty(records, async (data) => {
        await freshDatabase()
        for (const [table, rows] of Object.entries(data)) await db().table(table).bulkPut(rows)
        const before = await dump()
        const blob = await exportBackup()
        await freshDatabase()
        await importBackup(blob, { mode: 'replace' })
        expect(await dump()).toBe(before)
        // And the records themselves, not only their canonical text.
        for (const [table, rows] of Object.entries(data)) {
          for (const row of rows) {
            const key = table === 'settings' ? (row as { key: string }).key : (row as { id: string }).id
            expect(await db().table(table).get(key)).toStrictEqual(row)
          }
        }
      }),
      { numRuns: 40 }
    )
  })
})

describe('property: a damaged backup is always refused and changes nothing', () => {
  let bytes: Uint8Array
  let before: string

  beforeAll(async () => {
    await freshDatabase()
    await seedRealisticData()
    // Control characters and non-ASCII in strings: the places where a changed byte can still parse.
    await db().table('caseworkers').put({ id: 'edge', name: 'Ärlig \u001f\u0000 "citat" \\ 😀 Łódź', n: 1e21, small: 5e-7 })
    const text = await (await exportBackup()).text()
    bytes = new TextEncoder().encode(text)
    // Something in the database that the file does not hold, so "changes nothing" is visible.
    await db().table('boards').update('board-a', { name: 'Efter exporten' })
    before = await dump()
  })

  it('one changed byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
        const damaged = bytes.slice()
        damaged[at] = (damaged[at]! + delta) & 255
        await expect(importBackup(new Blob([damaged]), { mode: 'replace' })).rejects.toThrow(/Inget har ändrats/)
        expect(await dump()).toBe(before)
      }),
      { numRuns: 300 }
    )
  })

  it('several changed bytes, dropped bytes, or a cut', async () => {
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 2, maxLength: 8 }).map((edits) => {
        const out = bytes.slice()
        for (const [at, delta] of edits) out[at] = (out[at]! + delta) & 255
        return out
      }),
      fc.nat({ max: bytes.length - 1 }).map((at) => new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)])),
      fc.nat({ max: bytes.length - 1 }).map((at) => bytes.slice(0, at))
    )
    await fc.assert(
      fc.asyncProperty(damage, async (damaged) => {
        fc.pre(!damaged.every((b, i) => b === bytes[i]) || damaged.length !== bytes.length)
        await expect(importBackup(new Blob([damaged]), { mode: 'replace' })).rejects.toThrow(/Inget har ändrats/)
        expect(await dump()).toBe(before)
      }),
      { numRuns: 150 }
    )
  })

  it('the undamaged file is accepted (so the rejections above are not vacuous)', async () => {
    await importBackup(new Blob([bytes as Uint8Array<ArrayBuffer>]), { mode: 'merge' })
    expect((await db().table('boards').get('board-a')).name).toBe('Socialnämnden Nordost')
  })
})
