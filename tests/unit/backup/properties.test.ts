import fc from 'fast-check'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@renderer/db'
import { BackupError, prepareBackup, type PreparedBackup } from '@renderer/db/backup'
import { db } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'
import { writeArchive } from '@renderer/domain/backup/archive'
import { checkRecordShape, settingShapes, tableShapes } from '@renderer/domain/backup/tableShapes'
import { storedValue } from './arbitraries'
import { dump, freshDatabase, seedAppData } from './helpers'

const time = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString())

/** Arbitrary records in the shapes the app writes, with arbitrary extra members other features may add. */
const records = fc.record({
  caseworkers: fc.uniqueArray(
    fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        name: fc.string({ maxLength: 60, unit: 'binary' }),
        email: fc.string({ maxLength: 60 }),
        unit: fc.string({ maxLength: 30 }),
        createdAt: time,
        updatedAt: time,
        extra: storedValue
      },
      { noNullPrototype: true }
    ),
    { selector: (r) => r.id, maxLength: 6 }
  ),
  attachments: fc.uniqueArray(
    fc.record(
      {
        id: fc.uuid(),
        ownerType: fc.string({ minLength: 1, maxLength: 20 }),
        ownerId: fc.string({ minLength: 1, maxLength: 20 }),
        name: fc.string({ maxLength: 80, unit: 'grapheme' }),
        mimeType: fc.constant('application/pdf'),
        size: fc.nat({ max: 5000 }),
        sha256: fc.string({ maxLength: 64 }),
        bytes: fc.uint8Array({ maxLength: 5000 }),
        createdAt: time,
        meta: storedValue
      },
      { noNullPrototype: true }
    ),
    { selector: (r) => r.id, maxLength: 3 }
  ),
  settings: fc.uniqueArray(
    fc.record(
      {
        key: fc.string({ minLength: 1, maxLength: 40 }).filter((k) => !k.startsWith('backup.') && !(k in settingShapes)),
        value: storedValue
      },
      { noNullPrototype: true }
    ),
    { selector: (r) => r.key, maxLength: 4 }
  )
})

describe('property: export → import (v2)', () => {
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
        for (const [table, rows] of Object.entries(data)) {
          for (const row of rows) {
            const key = table === 'settings' ? (row as { key: string }).key : (row as { id: string }).id
            expect(await db().table(table).get(key)).toStrictEqual(row)
          }
        }
      }),
      { numRuns: 30 }
    )
  })
})

const PROBE = {
  id: 'probe',
  name: 'Probe efter exporten',
  archived: false,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  connection: {}
}

describe('property: a damaged archive is always refused and changes nothing', () => {
  let bytes: Uint8Array
  let before: string
  let original: PreparedBackup

  beforeAll(async () => {
    await freshDatabase()
    await seedAppData()
    bytes = new Uint8Array(await (await exportBackup()).arrayBuffer())
    original = await prepareBackup(new Blob([bytes as BlobPart]))
    await db().table('boards').put(PROBE)
    before = await dump()
  })

  /**
   * A changed file is refused with nothing written — unless the change only touched bits that carry
   * no information (the padding after a compressed stream's last block, or code lengths a stream
   * never uses: the entry inflates to the very same bytes, so CRC and SHA-256 agree). Such a file is
   * read as exactly the original content, which is checked here instead.
   */
  const refused = async (damaged: Uint8Array) => {
    const read = await prepareBackup(new Blob([damaged as BlobPart])).then(
      (prepared) => prepared,
      () => null
    )
    if (read) {
      expect(read.records).toEqual(original.records)
      expect(read.facts).toEqual(original.facts)
      return
    }
    const error = await importBackup(new Blob([damaged as BlobPart]), { mode: 'replace' }).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(BackupError)
    expect(await db().table('boards').get('probe')).toEqual(PROBE)
    expect(await dump()).toBe(before)
  }

  it('one changed byte anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
        const damaged = bytes.slice()
        damaged[at] = (damaged[at]! + delta) & 255
        await refused(damaged)
      }),
      { numRuns: 300 }
    )
    // Each run imports and compares the whole database: 300 of them take longer than the default
    // limit on a busy 2-core machine, and a timed-out property must not run on into the next test.
  }, 180_000)

  it('several changed bytes, dropped or inserted bytes, or a cut', async () => {
    const damage = fc.oneof(
      fc
        .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 2, maxLength: 8 })
        .map((edits) => {
          const out = bytes.slice()
          for (const [at, delta] of edits) out[at] = (out[at]! + delta) & 255
          return out
        }),
      fc.nat({ max: bytes.length - 1 }).map((at) => new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)])),
      fc
        .tuple(fc.nat({ max: bytes.length }), fc.integer({ min: 0, max: 255 }))
        .map(([at, b]) => new Uint8Array([...bytes.subarray(0, at), b, ...bytes.subarray(at)])),
      fc.nat({ max: bytes.length - 1 }).map((at) => bytes.slice(0, at))
    )
    await fc.assert(
      fc.asyncProperty(damage, async (damaged) => {
        fc.pre(damaged.length !== bytes.length || !damaged.every((b, i) => b === bytes[i]))
        await refused(damaged)
      }),
      { numRuns: 150 }
    )
  }, 180_000)

  it('the undamaged file is accepted (so the refusals above are not vacuous)', async () => {
    await importBackup(new Blob([bytes as BlobPart]), { mode: 'merge' })
    expect(await db().table('boards').get('probe')).toEqual(PROBE)
  })
})

/** A value of another type than `v` (and never undefined, which "optional" would accept). */
const wrongTypeFor = (v: unknown): fc.Arbitrary<unknown> => {
  const options: Array<fc.Arbitrary<unknown>> = []
  if (typeof v !== 'string') options.push(fc.string({ maxLength: 10 }))
  if (typeof v !== 'number') options.push(fc.integer())
  if (typeof v !== 'boolean') options.push(fc.boolean())
  if (v !== null) options.push(fc.constant(null))
  if (!Array.isArray(v)) options.push(fc.array(fc.integer(), { maxLength: 3 }))
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Uint8Array) options.push(fc.constant({ boom: true }))
  return fc.oneof(...options)
}

/** Leaf paths of a record: where a wrong type can be put. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [prefix]
  if (Array.isArray(value)) return value.length ? leafPaths(value[0], [...prefix, '0']) : [prefix]
  const out: string[][] = []
  for (const [k, v] of Object.entries(value)) out.push(...leafPaths(v, [...prefix, k]))
  return out.length ? out : [prefix]
}

function withValueAt(record: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>
  let at: Record<string, unknown> = copy
  for (const p of path.slice(0, -1)) at = at[p] as Record<string, unknown>
  at[path[path.length - 1]!] = value
  return copy
}

describe('property: wrong-typed records are refused for every table', () => {
  let samples: Record<string, Array<Record<string, unknown>>>
  beforeAll(async () => {
    await freshDatabase()
    await seedAppData()
    samples = {}
    for (const t of db().tables) samples[t.name] = (await t.toArray()) as Array<Record<string, unknown>>
  })

  // Fields whose type is free by design (any bounded value): settings for keys no feature declared.
  const free = (table: string, record: Record<string, unknown>, path: string[]) =>
    table === 'settings' && path[0] === 'value' && !(String(record.key) in settingShapes)

  it('every sample record fits its table (so the refusals are about the change)', () => {
    for (const [table, list] of Object.entries(samples)) for (const r of list) expect(checkRecordShape(table, r), table).toBeNull()
  })

  for (const table of Object.keys(tableShapes)) {
    it(table, async () => {
      const list = samples[table] ?? []
      if (list.length === 0) return // auditLog: the app writes none (its shape is still checked above for extra fields)
      const cases = fc
        .record({ record: fc.constantFrom(...list) })
        .chain(({ record }) =>
          fc.record({
            record: fc.constant(record),
            path: fc.constantFrom(...leafPaths(record).filter((p) => p.length > 0 && !free(table, record, p)))
          })
        )
        .chain(({ record, path }) => {
          let original: unknown = record
          for (const p of path) original = (original as Record<string, unknown>)[p]
          // These fields are nullable by design (a turned-off renewal, an unreviewed address).
          const nullable =
            ['renewEveryMonths', 'lastReviewed'].includes(path.at(-1)!) ||
            (table === 'settings' && record.key === 'undertaking.retentionMonths')
          return fc.record({
            record: fc.constant(record),
            path: fc.constant(path),
            value: wrongTypeFor(original).filter((v) => !(nullable && v === null))
          })
        })
      fc.assert(
        fc.property(cases, ({ record, path, value }) => {
          const result = checkRecordShape(table, withValueAt(record, path, value))
          expect(result, `${table}.${path.join('.')} = ${JSON.stringify(value)}`).not.toBeNull()
        }),
        { numRuns: 60 }
      )
      // And through the real import of a correctly built archive: refused, the probe record intact.
      // Not the primary key: a key of the wrong type is refused earlier, as an invalid key.
      const keys = ['id', 'key', 'fingerprint', 'boardId', 'taskId']
      const valueAt = (r: unknown, p: string[]) => p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], r)
      const path = leafPaths(list[0])
        .filter((p) => p.length > 0 && !free(table, list[0]!, p) && !(p.length === 1 && keys.includes(p[0]!)))
        .filter((p) => typeof valueAt(list[0], p) !== 'object')
        .at(-1)!
      const tables = { ...samples, [table]: [withValueAt(list[0], path, { boom: true }), ...list.slice(1)] }
      const header = {
        schemaVersion: LATEST_SCHEMA_VERSION,
        exportedAt: new Date().toISOString(),
        appVersion: 'test',
        scope: { kind: 'all' as const },
        municipality: null,
        boards: samples.boards!.map((b) => ({ id: String(b.id), name: String(b.name) }))
      }
      const file = await writeArchive(header, tables)
      await db().table('boards').put(PROBE)
      const before = await dump()
      const error = await importBackup(file, { mode: 'replace' }).catch((e: unknown) => e)
      expect((error as BackupError).code).toBe('invalid-content')
      expect((error as BackupError).params).toMatchObject({ table, record: 1, field: path.join('.') })
      expect(await db().table('boards').get('probe')).toEqual(PROBE)
      expect(await dump()).toBe(before)
      await db().table('boards').delete('probe')
    })
  }
})
