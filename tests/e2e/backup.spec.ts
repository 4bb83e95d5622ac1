import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { unzipSync } from 'fflate'
import { completeFirstRun, expect, expectAccessible, exportAllData, test } from './fixtures'

const V1_FIXTURE = resolve('tests/fixtures/backup/v1-goteborg-two-boards.json')

/**
 * A SHA-256 over a canonical dump of every object store, read with the browser's own IndexedDB
 * API (not the app's code): equal hash ⇔ every record and every byte is equal.
 */
async function databaseHash(page: Page): Promise<{ hash: string; counts: Record<string, number> }> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('anslutningsguiden')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const names = [...idb.objectStoreNames].sort()
    const tx = idb.transaction(names, 'readonly')
    const all: Record<string, unknown[]> = {}
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const req = tx.objectStore(n).getAll()
            req.onsuccess = () => {
              all[n] = req.result
              resolve()
            }
            req.onerror = () => reject(req.error)
          })
      )
    )
    idb.close()
    const canon = (v: unknown): string => {
      if (v instanceof Uint8Array) return `bytes:${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`
      if (v instanceof Date) return `date:${v.toISOString()}`
      if (v === undefined) return 'undefined'
      if (v === null || typeof v !== 'object') return JSON.stringify(v)
      if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`
      return `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canon(all)))
    const counts = Object.fromEntries(names.map((n) => [n, all[n]!.length]))
    return { hash: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''), counts }
  })
}

/**
 * Data whose screens other features own: PDFs, PDF templates, a drawn signature, drafts with a
 * version and a caseworker register, written straight into IndexedDB in the shapes the app writes.
 * A second board with its own draft and template is added when `secondBoard` is given.
 */
async function addRecordsWithoutUi(
  page: Page,
  options: { secondBoard?: boolean; caseworkers?: number } = {}
): Promise<{ board1: string; board2?: string }> {
  return page.evaluate(
    async ({ secondBoard, caseworkers }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('anslutningsguiden')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const board = await new Promise<{ id: string }>((resolve) => {
        const req = idb.transaction('boards').objectStore('boards').getAll()
        req.onsuccess = () => resolve(req.result[0])
      })
      const bytes = (n: number, seed: number) => {
        const out = new Uint8Array(n)
        let x = seed
        for (let i = 0; i < n; i++) {
          x = (x * 1103515245 + 12345) >>> 0
          out[i] = x >>> 24
        }
        out.set(new TextEncoder().encode('%PDF-1.7\n'))
        return out
      }
      const t = new Date().toISOString()
      const data = {
        municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
        board: 'Socialnämnden',
        address: { street: 'Box 1000', postalCode: '405 10', city: 'Göteborg' },
        adminContact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
        technicalContact: { name: 'Łukasz Čapek', email: 'lukasz@goteborg.se' },
        place: 'Göteborg',
        date: '2026-11-26',
        signatories: [{ name: 'Märta Ekström', title: 'Ordförande', signature: { kind: 'drawn', png: bytes(4000, 9) } }]
      }
      const tables = ['boards', 'attachments', 'agreementDrafts', 'agreementVersions', 'caseworkers', 'pdfTemplates']
      const tx = idb.transaction(tables, 'readwrite')
      tx.objectStore('attachments').put({
        id: 'att-1',
        boardId: board.id,
        ownerType: 'decision',
        ownerId: board.id,
        name: 'Protokollsutdrag §12.pdf',
        mimeType: 'application/pdf',
        size: 1_500_000,
        sha256: '-',
        bytes: bytes(1_500_000, 1),
        createdAt: t
      })
      tx.objectStore('pdfTemplates').put({
        fingerprint: 'fp-board-1',
        name: 'Avtalsmall nämnd 1.pdf',
        kind: 'acroform',
        bytes: bytes(20_000, 3),
        mapping: { fields: { Kommun: 'municipality.name' } },
        createdAt: t,
        updatedAt: t
      })
      tx.objectStore('agreementDrafts').put({
        id: 'draft-1',
        boardId: board.id,
        name: 'Anslutningsavtal',
        data,
        status: 'draft',
        templateFingerprint: 'fp-board-1',
        createdAt: t,
        updatedAt: t
      })
      tx.objectStore('agreementVersions').put({
        id: 'ver-1',
        draftId: 'draft-1',
        createdAt: t,
        reason: 'edit',
        summary: 'Första versionen',
        data,
        status: 'draft'
      })
      for (let i = 0; i < caseworkers; i++)
        tx.objectStore('caseworkers').put({
          id: `cw-${i}`,
          name: `Handläggare ${i} Ödegård`,
          email: `h${i}@goteborg.se`,
          unit: 'Nordost',
          createdAt: t,
          updatedAt: t
        })
      let board2: string | undefined
      if (secondBoard) {
        board2 = 'board-2'
        tx.objectStore('boards').put({
          id: board2,
          name: 'Arbetsmarknadsnämnden',
          archived: false,
          createdAt: t,
          updatedAt: t,
          connection: {}
        })
        tx.objectStore('pdfTemplates').put({
          fingerprint: 'fp-board-2',
          name: 'Avtalsmall nämnd 2.pdf',
          kind: 'flat',
          bytes: bytes(10_000, 4),
          mapping: { fields: {}, boxes: [{ page: 0, x: 72, y: 700, width: 200, height: 14, path: 'municipality.name' }] },
          createdAt: t,
          updatedAt: t
        })
        tx.objectStore('agreementDrafts').put({
          id: 'draft-2',
          boardId: board2,
          name: 'Avtal AMN',
          data: { ...data, board: 'Arbetsmarknadsnämnden', signatories: [] },
          status: 'draft',
          templateFingerprint: 'fp-board-2',
          createdAt: t,
          updatedAt: t
        })
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
      idb.close()
      return { board1: board.id, board2 }
    },
    { secondBoard: options.secondBoard ?? false, caseworkers: options.caseworkers ?? 300 }
  )
}

/** Reads one record with the browser's own IndexedDB API. */
async function getRecord(page: Page, table: string, key: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    async ({ table, key }) => {
      const idb = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('anslutningsguiden')
        req.onsuccess = () => resolve(req.result)
      })
      const value = await new Promise<Record<string, unknown> | undefined>((resolve) => {
        const req = idb.transaction(table).objectStore(table).get(key)
        req.onsuccess = () => resolve(req.result)
      })
      idb.close()
      return value
    },
    { table, key }
  )
}

async function putRecord(page: Page, table: string, value: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ table, value }) => {
      const idb = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('anslutningsguiden')
        req.onsuccess = () => resolve(req.result)
      })
      const tx = idb.transaction(table, 'readwrite')
      tx.objectStore(table).put(value)
      await new Promise((r) => (tx.oncomplete = r))
      idb.close()
    },
    { table, value }
  )
}

async function openBackupScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopiering' })).toBeVisible()
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer })
}

async function wipeAndStartOver(page: Page, municipality: string, board: string): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('anslutningsguiden')
        req.onsuccess = () => resolve()
        req.onerror = () => reject(req.error)
      })
  )
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Välkommen till Anslutningsguiden' })).toBeVisible()
  await completeFirstRun(page, municipality, board)
  await openBackupScreen(page)
}

test('export with a password, clear all data, import it: every record and every byte is back', async ({ page }) => {
  // Two key derivations (600 000 PBKDF2 rounds each) and several accessibility scans.
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await addRecordsWithoutUi(page)
  await openBackupScreen(page)
  await expect(page.getByTestId('last-backup')).toHaveText('Ingen säkerhetskopia har gjorts på den här datorn ännu.')
  await expectAccessible(page, 'Säkerhetskopiering')

  // The password step: strength hint, the warning, and a mismatch caught before anything is saved.
  await page.getByRole('button', { name: 'Exportera all data' }).click()
  await expect(page.getByText('Om du glömmer det går filen inte att läsa')).toBeVisible()
  await page.getByLabel('Lösenord', { exact: true }).fill('kort')
  await expect(page.getByText('För kort: använd minst 10 tecken, gärna flera ord.')).toBeVisible()
  await page.getByLabel('Lösenord', { exact: true }).fill('blå hund går över bron')
  await expect(page.getByText('Starkt.')).toBeVisible()
  await page.getByLabel('Upprepa lösenordet').fill('blå hund går över bro')
  await page.getByRole('button', { name: 'Spara säkerhetskopian' }).click()
  await expect(page.getByRole('alert')).toHaveText('Lösenorden är inte lika.')
  await expectAccessible(page, 'password step')
  await page.getByRole('button', { name: 'Avbryt' }).click()

  const file = await exportAllData(page, 'blå hund går över bron')
  expect(file.name).toMatch(/^Anslutningsguiden säkerhetskopia Göteborg \d{4}-\d{2}-\d{2}\.asgkopia$/)
  await expect(page.getByTestId('last-backup')).toContainText('Senaste säkerhetskopia')
  // Nothing but the format marker and key parameters in the clear.
  expect(file.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
  for (const secret of ['Göteborg', 'Handläggare', 'Ödegård', 'h1@goteborg.se', 'manifest', '%PDF'])
    expect(file.bytes.includes(Buffer.from(secret))).toBe(false)
  const before = await databaseHash(page)
  expect(before.counts).toMatchObject({ boards: 1, caseworkers: 300, attachments: 1, agreementDrafts: 1 })

  // IT wipes the profile folder: the app starts from the beginning.
  await wipeAndStartOver(page, 'Göteborg', 'Arbetsmarknadsnämnden')
  await chooseFile(page, file.name, file.bytes)
  await expect(page.getByRole('heading', { name: 'Filen är skyddad med lösenord' })).toBeVisible()
  await page.getByLabel('Lösenord för säkerhetskopian').fill('fel lösenord')
  await page.getByRole('button', { name: 'Lås upp och kontrollera' }).click()
  await expect(page.getByRole('alert')).toContainText('Lösenordet stämmer inte')
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats.')
  await expectAccessible(page, 'password prompt with an error')
  await page.getByLabel('Lösenord för säkerhetskopian').fill('blå hund går över bron')
  await page.getByRole('button', { name: 'Lås upp och kontrollera' }).click()
  await expect(page.getByRole('heading', { name: 'Det här händer om du läser in filen' })).toBeVisible()
  await expect(page.getByText('Ja, krypterad med lösenord')).toBeVisible()
  await expect(page.getByRole('row', { name: /Handläggare 300 300/ })).toBeVisible()
  await expectAccessible(page, 'import preview')
  await page.getByRole('radio', { name: /Ersätt/ }).check()
  await expect(page.getByText('Data som inte finns i säkerhetskopian tas bort från den här datorn.')).toBeVisible()
  await expect(page.getByRole('row', { name: /^Nämnder 1 1 0 0 1$/ })).toBeVisible()
  await page.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()
  await expect(page.locator('.brand-municipality')).toHaveText('Göteborgs stad')

  const after = await databaseHash(page)
  expect(after.counts).toEqual(before.counts)
  expect(after.hash).toBe(before.hash)
  await expectAccessible(page, 'Säkerhetskopiering after import')
  await page.reload()
  expect((await databaseHash(page)).hash).toBe(before.hash)
})

test('a truncated, damaged, foreign, crafted or future-version file shows its message and changes nothing', async ({ page }) => {
  // Seven files, each checked in full and compared against a hash of the whole database.
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await addRecordsWithoutUi(page, { caseworkers: 20 })
  await openBackupScreen(page)
  const file = await exportAllData(page)
  await putRecord(page, 'boards', {
    id: 'probe',
    name: 'Probe efter exporten',
    archived: false,
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    connection: {}
  })
  const before = await databaseHash(page)

  const flipped = Buffer.from(file.bytes)
  flipped[Math.floor(flipped.length / 2)]! ^= 0x20
  // Finding 2: a v1 file with a valid checksum (anyone can recompute it) and a wrong-typed profile.
  const v1 = JSON.parse(await readFile(V1_FIXTURE, 'utf8'))
  const { checksum: _c, ...unsigned } = v1
  const profile = unsigned.payload.tables.settings.find((s: { key: string }) => s.key === 'profile')
  profile.value.officialName = { boom: true }
  // The v1 checksum is a SHA-256 over canonical JSON: anyone can recompute it.
  const canonical = (v: unknown): string =>
    v === null || typeof v !== 'object'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.map(canonical).join(',')}]`
        : `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
  const crafted = Buffer.from(
    JSON.stringify({
      ...unsigned,
      checksum: { algorithm: 'SHA-256', value: createHash('sha256').update(canonical(unsigned)).digest('hex') }
    })
  )
  const v1Text = await readFile(V1_FIXTURE, 'utf8')
  const cases: Array<[string, Buffer, RegExp]> = [
    ['avkortad.asgkopia', file.bytes.subarray(0, Math.floor(file.bytes.length / 2)), /Filen är skadad eller ofullständig/],
    ['vänd-byte.asgkopia', flipped, /Filen är skadad eller ofullständig/],
    ['ändrad-v1.json', Buffer.from(v1Text.replace('Socialnämnden Nordost', 'Socialnämnden Nordväst')), /Filen är skadad/],
    ['skapad.json', crafted, /Inställningar och kommunprofil, post \d+, fältet ”value\.officialName”: har fel typ/],
    ['annat.json', Buffer.from(JSON.stringify({ kommun: 'Göteborg', handlaggare: [] })), /ingen säkerhetskopia från Anslutningsguiden/],
    [
      'framtida.json',
      Buffer.from(v1Text.replace(/"schemaVersion":\d+/, '"schemaVersion":99')),
      /nyare version av Anslutningsguiden \(databasversion 99/
    ],
    [
      'djup.json',
      Buffer.from(v1Text.replace('"caseworkers":[{', `"caseworkers":[{"x":${'['.repeat(200_000)}${']'.repeat(200_000)},`)),
      /för djupt nästlad/
    ]
  ]
  for (const [name, bytes, message] of cases) {
    await chooseFile(page, name, bytes)
    const alert = page.getByRole('alert')
    await expect(alert, name).toContainText(message)
    await expect(alert).toContainText('Inget har ändrats.')
    await expect(alert).not.toContainText('har ändrats efter')
    await expect(page.getByRole('button', { name: 'Läs in säkerhetskopian' })).toHaveCount(0)
    expect((await databaseHash(page)).hash, name).toBe(before.hash)
  }
  await expectAccessible(page, 'Säkerhetskopiering with an error')
  // The app still starts and the backup screen works.
  await page.reload()
  await openBackupScreen(page)
  await expect(page.getByRole('button', { name: 'Välj säkerhetskopia…' })).toBeEnabled()
})

test('finding 3: restoring one board with "Ersätt" keeps the template another board’s draft uses', async ({ page }) => {
  test.setTimeout(180_000)
  await completeFirstRun(page)
  const { board1 } = await addRecordsWithoutUi(page, { secondBoard: true, caseworkers: 0 })
  await openBackupScreen(page)
  await page.getByLabel('Nämnd', { exact: true }).selectOption(board1)
  await page.getByRole('button', { name: 'Exportera en nämnds data' }).click()
  await page.getByRole('radio', { name: 'Spara utan lösenord' }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Spara säkerhetskopian' }).click()
  const file = await download
  const bytes = await readFile((await file.path())!)
  // The file holds board 1's template only.
  expect(bytes.includes(Buffer.from('fp-board-2'))).toBe(false)

  // Later, board 1's draft switches to the template board 2 uses.
  const draft1 = (await getRecord(page, 'agreementDrafts', 'draft-1'))!
  await putRecord(page, 'agreementDrafts', { ...draft1, templateFingerprint: 'fp-board-2' })
  const template2 = await getRecord(page, 'pdfTemplates', 'fp-board-2')
  expect(template2).toBeDefined()

  await chooseFile(page, file.suggestedFilename(), bytes)
  await page.getByRole('radio', { name: 'Ersätt: gör nämndens data exakt lika med säkerhetskopian' }).check()
  await expect(page.getByRole('row', { name: /^PDF-mallar/ })).toHaveText(/PDF-mallar\s*1\s*0\s*0\s*1\s*0/)
  await page.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()
  expect((await getRecord(page, 'agreementDrafts', 'draft-1'))!.templateFingerprint).toBe('fp-board-1')
  expect(await getRecord(page, 'pdfTemplates', 'fp-board-2')).toEqual(template2)
  expect(await getRecord(page, 'agreementDrafts', 'draft-2')).toBeDefined()
})

test('finding 4: Kiruna’s backup read into a Malmö installation is warned about and needs a choice before anything is written', async ({
  page
}) => {
  test.setTimeout(180_000)
  await completeFirstRun(page, 'Kiruna', 'Socialnämnden')
  await openBackupScreen(page)
  const kiruna = await exportAllData(page)
  await wipeAndStartOver(page, 'Malmö', 'Arbetsmarknadsnämnden')
  await expect(page.locator('.brand-municipality')).toContainText('Malmö')
  const before = await databaseHash(page)

  await chooseFile(page, kiruna.name, kiruna.bytes)
  await expect(page.getByRole('heading', { name: 'Det här händer om du läser in filen' })).toBeVisible()
  const warning = page.getByTestId('other-municipality')
  await expect(warning).toContainText('Filen kommer från en annan kommun')
  await expect(warning).toContainText('Kiruna (kommunkod 2584)')
  await expect(warning).toContainText('Malmö (kommunkod 1280)')
  await expect(page.getByText('Kommunkod', { exact: true })).toBeVisible()
  await expectAccessible(page, 'preview of another municipality’s file')
  const confirm = page.getByRole('button', { name: 'Läs in säkerhetskopian' })
  await expect(confirm).toBeDisabled()
  await page.getByRole('radio', { name: /Ersätt/ }).check()
  await expect(page.getByText(/Kommunprofilen på den här datorn byts till Kiruna/)).toBeVisible()
  await expect(confirm).toBeDisabled()
  expect((await databaseHash(page)).hash).toBe(before.hash)

  await page.getByRole('checkbox', { name: 'Jag förstår att filen kommer från en annan kommun och vill läsa in den' }).check()
  await page.getByRole('radio', { name: /Slå samman/ }).check()
  await confirm.click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()
  // Merging adds Kiruna's board but never switches this installation's municipality.
  await expect(page.locator('.brand-municipality')).toContainText('Malmö')
})

test('one board exports on its own, and an old backup brings a reminder that Inställningar can change', async ({ page }) => {
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await openBackupScreen(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera en nämnds data' }).click()
  await page.getByRole('radio', { name: 'Spara utan lösenord' }).check()
  await page.getByRole('button', { name: 'Spara säkerhetskopian' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Anslutningsguiden säkerhetskopia Göteborg Socialnämnden \d{4}-\d{2}-\d{2}\.asgkopia$/)
  const manifest = JSON.parse(new TextDecoder().decode(unzipSync(await readFile((await file.path())!))['manifest.json']))
  expect(manifest.scope).toMatchObject({ kind: 'board', boardName: 'Socialnämnden' })
  // A one-board file does not count as a backup of everything.
  await expect(page.getByTestId('last-backup')).toHaveText('Ingen säkerhetskopia har gjorts på den här datorn ännu.')
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)

  // 40 days later.
  await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('anslutningsguiden')
      req.onsuccess = () => resolve(req.result)
    })
    const tx = idb.transaction('settings', 'readwrite')
    tx.objectStore('settings').put({ key: 'backup.lastBackupAt', value: new Date(Date.now() - 40 * 86_400_000).toISOString() })
    await new Promise((r) => (tx.oncomplete = r))
    idb.close()
  })
  await page.reload()
  const banner = page.getByTestId('backup-reminder')
  await expect(banner).toContainText('Det har gått 40 dagar sedan den senaste säkerhetskopian.')
  await expectAccessible(page, 'shell with backup reminder')

  await page.getByRole('link', { name: 'Inställningar' }).click()
  await expect(page.getByRole('heading', { name: 'Lagring på den här datorn' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Antal poster per typ av uppgifter' }).getByRole('row', { name: 'Nämnder 1' })).toBeVisible()
  await expect(page.getByTestId('storage-estimate')).toContainText('Använt utrymme')
  const days = page.getByRole('textbox', { name: /Påminn när den senaste säkerhetskopian är äldre än/ })
  await expect(days).toHaveValue('30')
  await days.fill('45')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  await expect(banner).toHaveCount(0)
  await days.fill('fyra')
  await expect(page.getByText('Ange ett heltal mellan 0 och 365.')).toBeVisible()
  await expectAccessible(page, 'Inställningar with storage health')
  await page.reload()
  await expect(page.getByRole('textbox', { name: /Påminn när/ })).toHaveValue('45')

  // Exporting everything clears the reminder.
  await days.fill('10')
  await expect(page.getByTestId('backup-reminder')).toBeVisible()
  await openBackupScreen(page)
  await exportAllData(page)
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
})
