import Dexie, { type DBCore, type DBCoreQueryRequest } from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, importBackup, type ImportReport } from '@renderer/db'
import { exportBoardBackup, prepareBackup, previewImport } from '@renderer/db/backup'
import { db, DB_NAME, openDatabase, resetDatabaseInstance } from '@renderer/db/database'
import { dump, seedAppData } from './helpers'

/**
 * Issue 16: "Ersätt" over existing data compared the file with a snapshot of the WHOLE database,
 * so the JS heap held both at once (2.1–2.8× the file). The import now reads the stored records a
 * page at a time, table by table, inside the same single transaction. A DBCore middleware watches
 * every read the database answers during an import.
 */
const PAGE = 500
let largestRead = 0

beforeEach(async () => {
  resetDatabaseInstance()
  await Dexie.delete(DB_NAME)
  db().use({
    stack: 'dbcore',
    name: 'largest-read',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          query: async (req: DBCoreQueryRequest) => {
            const res = await table.query(req)
            largestRead = Math.max(largestRead, res.result.length)
            return res
          }
        }
      }
    })
  })
  await openDatabase()
})

const N = 1203 // more than two pages
const at = '2026-11-20T10:00:00.000Z'
const person = (i: number, unit = `Enhet ${i % 7}`) => ({
  id: `cw-${String(i).padStart(5, '0')}`,
  name: `Handläggare ${i}`,
  email: `h${i}@goteborg.se`,
  unit,
  role: 'handläggare',
  accessHistory: [],
  createdAt: at,
  updatedAt: at
})
const task = (board: string, i: number, note = '') => ({
  boardId: board,
  taskId: `t-${i}`,
  status: i % 2 ? 'done' : 'in-progress',
  ...(note ? { note } : {}),
  updatedAt: at
})

async function seedMany(): Promise<{ boardA: string; boardB: string }> {
  const { boardA, boardB } = await seedAppData()
  await db()
    .table('caseworkers')
    .bulkPut(Array.from({ length: N }, (_, i) => person(i)))
  // A compound primary key ([boardId+taskId]) across two boards.
  await db()
    .table('taskStates')
    .bulkPut(Array.from({ length: N }, (_, i) => task(i % 3 ? boardA : boardB, i)))
  return { boardA, boardB }
}

const byTable = (r: ImportReport, t: string) => r.tables.find((x) => x.table === t)!

describe('import compares and writes table by table, a page at a time', () => {
  it('"Ersätt" over changed data: exact counts, the preview agrees with what is applied, and the result equals the file', async () => {
    const { boardA } = await seedMany()
    const before = await dump()
    const file = await exportBackup()
    // Change 10, remove 20, add 30 caseworkers; change 5 tasks (in the middle of the second page) and add 4.
    const cw = db().table('caseworkers')
    for (let i = 0; i < 10; i++) await cw.put(person(i * 97, 'Flyttad'))
    await cw.bulkDelete(Array.from({ length: 20 }, (_, i) => person(600 + i).id))
    await cw.bulkPut(Array.from({ length: 30 }, (_, i) => person(N + i)))
    const tasks = db().table('taskStates')
    for (let i = 0; i < 5; i++) await tasks.put(task(boardA, 700 + i * 3 + 1, 'ändrad'))
    await tasks.bulkPut(Array.from({ length: 4 }, (_, i) => task(boardA, N + i)))

    const prepared = await prepareBackup(file)
    largestRead = 0
    const preview = await previewImport(prepared, 'replace')
    expect(byTable(preview, 'caseworkers')).toMatchObject({ inFile: N + 3, added: 20, replaced: 10, removed: 30 })
    expect(byTable(preview, 'caseworkers').unchanged).toBe(N + 3 - 30)
    expect(byTable(preview, 'taskStates')).toMatchObject({ added: 0, replaced: 5, removed: 4 })
    expect(largestRead).toBeLessThanOrEqual(PAGE)

    largestRead = 0
    const applied = await importBackup(file, { mode: 'replace' })
    expect(largestRead).toBeLessThanOrEqual(PAGE)
    expect(applied.applied).toBe(true)
    expect({ ...applied, applied: false }).toEqual(preview)
    expect(await dump()).toBe(before)
  })

  it('"Slå samman" adds and replaces but removes nothing, over several pages', async () => {
    await seedMany()
    const file = await exportBackup()
    const cw = db().table('caseworkers')
    await cw.bulkDelete([person(1).id, person(N - 1).id])
    await cw.put(person(N + 5))
    largestRead = 0
    const report = await importBackup(file, { mode: 'merge' })
    expect(largestRead).toBeLessThanOrEqual(PAGE)
    expect(byTable(report, 'caseworkers')).toMatchObject({ added: 2, replaced: 0, removed: 0 })
    expect(await cw.get(person(N + 5).id)).toBeDefined()
    expect(await cw.count()).toBe(N + 3 + 1)
  })

  it('a one-board "Ersätt" removes only that board’s records, across pages of a compound key', async () => {
    const { boardA, boardB } = await seedMany()
    const file = await exportBoardBackup(boardB)
    const tasks = db().table('taskStates')
    const countOf = async (board: string) => tasks.where('boardId').equals(board).count()
    const a = await countOf(boardA)
    const b = await countOf(boardB)
    await tasks.bulkPut([task(boardB, N + 1), task(boardA, N + 2)])
    const report = await importBackup(file, { mode: 'replace' })
    expect(byTable(report, 'taskStates')).toMatchObject({ removed: 1, added: 0 })
    expect(await countOf(boardB)).toBe(b)
    expect(await countOf(boardA)).toBe(a + 1)
  })

  it('an unchanged database is left alone: everything unchanged, nothing written', async () => {
    await seedMany()
    const before = await dump()
    const report = await importBackup(await exportBackup(), { mode: 'replace' })
    expect(report.totals).toMatchObject({ added: 0, replaced: 0, removed: 0 })
    expect(report.totals.unchanged).toBe(report.totals.inFile)
    expect(await dump()).toBe(before)
  })
})
