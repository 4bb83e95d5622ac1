import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppDatabase, DB_NAME } from '@renderer/db/database'
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema'

// The first screen's data is read in ONE IndexedDB transaction, directly (without the
// database library), while the app starts; anything unusual goes the usual way through Dexie.
// db/firstView.ts keeps module state (one start per page), so each test loads the modules afresh.
type Modules = {
  firstView: typeof import('@renderer/db/firstView')
  database: typeof import('@renderer/db/database')
  damaged: typeof import('@renderer/db/damagedRecords')
}
async function fresh(): Promise<Modules> {
  vi.resetModules()
  return {
    firstView: await import('@renderer/db/firstView'),
    database: await import('@renderer/db/database'),
    damaged: await import('@renderer/db/damagedRecords')
  }
}

const at = '2026-11-20T10:00:00.000Z'
const profile = { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', createdAt: at, updatedAt: at }

/** Stores a municipality the way the app does, then closes the connection (as at a new start). */
async function seed(extra?: (d: AppDatabase) => Promise<void>): Promise<void> {
  const d = new AppDatabase()
  await d.open()
  await d.table('settings').bulkPut([
    { key: 'profile', value: profile },
    { key: 'backup.lastBackupAt', value: '2026-11-01T08:00:00.000Z' }
  ])
  await d.table('boards').bulkPut([
    { id: 'b2', name: 'Arbetsmarknadsnämnden', archived: false, createdAt: '2026-01-02T00:00:00Z', updatedAt: at, connection: {} },
    {
      id: 'b1',
      name: 'Socialnämnden',
      archived: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: at,
      connection: { consent: { kind: 'granted', date: '2026-02-01' }, decision: { date: 'inte ett datum' } },
      fkEvents: [{ id: 'fk1', kind: 'case-number', date: '2026-03-02', caseNumber: 'FK 2026/4711' }]
    },
    { id: 'b3', name: 'Arkiverad', archived: true, createdAt: '2026-01-03T00:00:00Z', updatedAt: at, connection: {} }
  ])
  await d.table('taskStates').bulkPut([
    { boardId: 'b1', taskId: 't1', status: 'done', updatedAt: at },
    { boardId: 'b1', taskId: 't2', status: 'in-progress', updatedAt: at },
    { boardId: 'b2', taskId: 't1', status: 'not-started', updatedAt: at }
  ])
  await d.table('agreementDrafts').bulkPut([
    {
      id: 'd1',
      boardId: 'b1',
      name: 'Äldre',
      status: 'draft',
      data: { adminContact: { name: 'Gammal' } },
      createdAt: at,
      updatedAt: '2026-01-01'
    },
    {
      id: 'd2',
      boardId: 'b1',
      name: 'Nyare',
      status: 'draft',
      data: { adminContact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' } },
      createdAt: at,
      updatedAt: '2026-03-01'
    }
  ])
  await d.table('contentEdits').bulkAdd([
    { itemKey: 'rule:a', kind: 'rule', value: null, at, by: 'Åsa' },
    { itemKey: 'rule:b', kind: 'rule', value: null, at, by: 'Åsa' }
  ])
  await d.table('goLiveEvents').bulkPut([
    {
      id: 'g1',
      boardId: 'b1',
      recordedAt: at,
      kind: 'contact',
      role: 'admin',
      contact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
      from: '2026-03-01',
      reason: '',
      source: 'agreement'
    }
  ])
  await extra?.(d)
  d.close()
}

let transactions = 0
const realTransaction = IDBDatabase.prototype.transaction
beforeEach(async () => {
  await Dexie.delete(DB_NAME)
  transactions = 0
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    transactions++
    return realTransaction.apply(this, args)
  } as IDBDatabase['transaction']
})
afterEach(() => {
  IDBDatabase.prototype.transaction = realTransaction
})

/** A database written by a newer app (a higher schema version), closed again. */
async function storeNewerDatabase(): Promise<void> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, (LATEST_SCHEMA_VERSION + 5) * 10)
    open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'key' })
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  raw.close()
}

describe('start-up reads the first screen in one transaction, without the database library', () => {
  it('the profile, backup status, content edits and board list come from ONE transaction and equal what Dexie reads', async () => {
    await seed()
    const { firstView, database } = await fresh()
    transactions = 0
    expect(await firstView.startDatabase({ safeMode: false })).toEqual(profile)
    const status = await firstView.readBackupStatus()
    const edits = await firstView.readContentEdits()
    const overview = await firstView.readBoardOverview()
    expect(transactions).toBe(1)

    // The same questions through the database library (the way after start-up).
    const { getBackupStatus } = await import('@renderer/db/storageHealth')
    const { listContentEdits } = await import('@renderer/db/contentEdits')
    const { readBoardOverviewFromDatabase } = await import('@renderer/db/boardOverviewStore')
    const { listBoards } = await import('@renderer/db/boards')
    const { listTaskStates, getConnectionState, getBoardAgreement, getFkEvents } = await import('@renderer/db/connection')
    const { listGoLiveEvents } = await import('@renderer/db/goLive')
    await database.openDatabase()
    expect(status).toEqual(await getBackupStatus())
    expect(edits).toEqual(await listContentEdits())
    expect(overview).toEqual(await readBoardOverviewFromDatabase())
    // …and what the separate reads the board list used before say about every board.
    expect(overview.boards).toEqual(await listBoards(true))
    expect(overview.boards.map((b) => b.id)).toEqual(['b1', 'b2', 'b3'])
    for (const b of overview.boards) {
      const entry = overview.byBoard.get(b.id)!
      expect(entry.states).toEqual(await listTaskStates(b.id))
      expect(entry.connection).toEqual(await getConnectionState(b.id))
      expect(entry.contacts).toEqual(await getBoardAgreement(b.id))
      // FK's handling and life after go-live: the board list must say what the board page says.
      expect(entry.events).toEqual(await getFkEvents(b.id))
      expect(entry.goLive).toEqual(await listGoLiveEvents(b.id))
    }
    expect(overview.byBoard.get('b1')!.events.map((e) => e.kind)).toEqual(['case-number'])
    expect(overview.byBoard.get('b1')!.goLive.map((e) => e.id)).toEqual(['g1'])
    expect(overview.byBoard.get('b1')!.connection.consent).toEqual({ kind: 'have', grantedDate: '2026-02-01' })
    expect(overview.byBoard.get('b1')!.contacts?.adminContact?.name).toBe('Åsa Öberg')
  })

  it('a screen shown at start hears of every write without having loaded the database library itself', async () => {
    await seed()
    const { firstView, database } = await fresh()
    const changes = await import('@renderer/db/changes')
    await firstView.startDatabase({ safeMode: false })
    let heard = 0
    const stop = changes.onStorageChange(() => heard++)
    const before = changes.storageGeneration()
    const { createBoard } = await import('@renderer/db/boards')
    await createBoard('Ny nämnd')
    await vi.waitFor(() => expect(heard).toBeGreaterThan(0))
    expect(changes.storageGeneration()).toBeGreaterThan(before)
    stop()
    const after = heard
    await createBoard('Ännu en nämnd')
    await new Promise((r) => setTimeout(r, 50))
    expect(heard).toBe(after) // stopped listeners are not called
    database.resetDatabaseInstance()
  })

  it('what was read at start is forgotten at the first write and at the first navigation', async () => {
    await seed()
    const { firstView, database } = await fresh()
    await firstView.startDatabase({ safeMode: false })
    expect((await firstView.readBoardOverview()).boards).toHaveLength(3)
    const { createBoard } = await import('@renderer/db/boards')
    await createBoard('Ny nämnd')
    transactions = 0
    expect((await firstView.readBoardOverview()).boards.map((b) => b.name)).toContain('Ny nämnd')
    expect(transactions).toBeGreaterThan(0) // read from the database, not the start-up copy
    database.resetDatabaseInstance()

    // A page (this suite runs in Node): the cache listens for the address to change.
    const page = new EventTarget()
    vi.stubGlobal('window', page)
    const again = await fresh()
    await again.firstView.startDatabase({ safeMode: false })
    transactions = 0
    await again.firstView.readContentEdits()
    expect(transactions).toBe(0) // still the start-up copy
    page.dispatchEvent(new Event('hashchange'))
    vi.unstubAllGlobals()
    transactions = 0
    await again.firstView.readContentEdits()
    expect(transactions).toBeGreaterThan(0)
    again.database.resetDatabaseInstance()
  })

  it('a write that lands while the start-up read is under way is not hidden by it', async () => {
    await seed()
    const { firstView, database } = await fresh()
    firstView.prefetchFirstView()
    const { putSetting } = await import('@renderer/db/settings')
    await putSetting('backup.reminderDays', 7)
    await firstView.startDatabase({ safeMode: false })
    expect((await firstView.readBackupStatus()).reminderDays).toBe(7)
    database.resetDatabaseInstance()
  })

  it('first run: no database is created by the direct read; Dexie creates it at the latest version', async () => {
    const { firstView, database } = await fresh()
    expect(await firstView.startDatabase({ safeMode: false })).toBeNull()
    expect(database.db().verno).toBe(LATEST_SCHEMA_VERSION)
    database.resetDatabaseInstance()
  })

  it('an older database is upgraded the usual way, then read', async () => {
    const old = new AppDatabase(DB_NAME, 1)
    await old.open()
    await old.table('settings').put({ key: 'profile', value: profile })
    await old.table('boards').put({ id: 'b1', name: 'Socialnämnden', archived: false, createdAt: at, updatedAt: at })
    old.close()
    const { firstView, database } = await fresh()
    expect(await firstView.startDatabase({ safeMode: false })).toEqual(profile)
    expect(database.db().verno).toBe(LATEST_SCHEMA_VERSION)
    expect((await firstView.readBoardOverview()).boards.map((b) => b.id)).toEqual(['b1'])
    database.resetDatabaseInstance()
  })

  it('a database from a newer app is refused, untouched', async () => {
    await storeNewerDatabase()
    const { firstView } = await fresh()
    await expect(firstView.startDatabase({ safeMode: false })).rejects.toBeInstanceOf(firstView.NewerDatabaseError)
  })

  it('a damaged profile and a damaged board are named, as the separate reads did', async () => {
    await seed(async (d) => {
      await d.table('settings').put({ key: 'profile', value: 'inte ett objekt' })
      await d.table('boards').put({ id: 'b9', name: 42 })
    })
    const { firstView, damaged, database } = await fresh()
    await firstView.startDatabase({ safeMode: false })
    const overview = await firstView.readBoardOverview()
    expect(overview.boards.map((b) => b.id)).not.toContain('b9')
    expect(damaged.damagedRecords()).toEqual(
      expect.arrayContaining([
        { table: 'settings', key: 'profile' },
        { table: 'boards', key: 'b9' }
      ])
    )
    database.resetDatabaseInstance()
  })

  it('the first render can wait for the start-up read: settled with the profile, before anything else asks', async () => {
    await seed()
    const { firstView } = await fresh()
    expect(firstView.finishedFirstView()).toBeUndefined()
    await firstView.firstViewSettled(0) // nothing started: nothing to wait for
    firstView.prefetchFirstView()
    expect(firstView.finishedFirstView()).toBeUndefined()
    transactions = 0
    await firstView.firstViewSettled(5_000)
    expect(firstView.finishedFirstView()).toEqual({ profile })
    expect(firstView.peekBoardOverview()?.boards.map((b) => b.id)).toEqual(['b1', 'b2', 'b3'])
    expect(firstView.peekBackupStatus()?.lastBackupAt).toBe('2026-11-01T08:00:00.000Z')
    expect(transactions).toBe(1)
  })

  it('a start-up read that does not answer holds the first render back only for the time given', async () => {
    const { firstView } = await fresh()
    // An open request that never answers (a disk that hangs).
    vi.stubGlobal('indexedDB', { open: () => ({}) })
    try {
      firstView.prefetchFirstView()
      const started = performance.now()
      await firstView.firstViewSettled(40)
      expect(performance.now() - started).toBeGreaterThanOrEqual(35)
      expect(firstView.finishedFirstView()).toBeUndefined()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('a database from a newer app: waiting for the start-up read does not throw, and nothing counts as read', async () => {
    await storeNewerDatabase()
    const { firstView } = await fresh()
    firstView.prefetchFirstView()
    await firstView.firstViewSettled(5_000)
    expect(firstView.finishedFirstView()).toBeUndefined()
    await expect(firstView.startDatabase({ safeMode: false })).rejects.toBeInstanceOf(firstView.NewerDatabaseError)
  })

  it('safe mode reads nothing but opens the database', async () => {
    await seed()
    const { firstView, database } = await fresh()
    expect(await firstView.startDatabase({ safeMode: true })).toBeNull()
    expect(database.db().isOpen()).toBe(true)
    database.resetDatabaseInstance()
  })
})
