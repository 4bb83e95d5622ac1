import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

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
 * Data whose screens other features are still building: PDFs, a drawn signature, a draft with its
 * versions and a caseworker register, written straight into IndexedDB.
 */
async function addRecordsWithoutUi(page: Page): Promise<void> {
  await page.evaluate(async () => {
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
    const tx = idb.transaction(['attachments', 'agreementDrafts', 'agreementVersions', 'caseworkers'], 'readwrite')
    tx.objectStore('attachments').put({ id: 'att-1', boardId: board.id, ownerType: 'decision', ownerId: board.id, name: 'Protokollsutdrag §12.pdf', mimeType: 'application/pdf', size: 1_500_000, sha256: '-', bytes: bytes(1_500_000, 1), createdAt: t })
    tx.objectStore('agreementDrafts').put({ id: 'draft-1', boardId: board.id, name: 'Anslutningsavtal', data, status: 'draft', createdAt: t, updatedAt: t })
    tx.objectStore('agreementVersions').put({ id: 'ver-1', draftId: 'draft-1', createdAt: t, reason: 'edit', summary: 'Första versionen', data, status: 'draft' })
    for (let i = 0; i < 300; i++) tx.objectStore('caseworkers').put({ id: `cw-${i}`, name: `Handläggare ${i} Ödegård`, email: `h${i}@goteborg.se`, unit: 'Nordost', active: true })
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    idb.close()
  })
}

async function openBackupScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopiering' })).toBeVisible()
}

async function exportAll(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera all data' }).click()
  const file = await download
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian sparades som' })).toBeVisible()
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer })
}

test('export everything, clear all data, import it: every record and every byte is back', async ({ page }) => {
  await completeFirstRun(page)
  await addRecordsWithoutUi(page)
  await openBackupScreen(page)
  await expect(page.getByTestId('last-backup')).toHaveText('Ingen säkerhetskopia har gjorts på den här datorn ännu.')
  await expectAccessible(page, 'Säkerhetskopiering')

  const file = await exportAll(page)
  expect(file.name).toMatch(/^Anslutningsguiden säkerhetskopia Göteborg \d{4}-\d{2}-\d{2}\.json$/)
  await expect(page.getByTestId('last-backup')).toContainText('Senaste säkerhetskopia')
  const doc = JSON.parse(file.bytes.toString('utf8'))
  expect(doc).toMatchObject({ format: 'anslutningsguiden-sakerhetskopia', checksum: { algorithm: 'SHA-256' }, municipality: { name: 'Göteborg' } })
  expect(doc.payload.tables.attachments[0].bytes.$bytes.length).toBe(2_000_000)
  const before = await databaseHash(page)
  expect(before.counts).toMatchObject({ boards: 1, caseworkers: 300, attachments: 1, agreementDrafts: 1 })
  await expectAccessible(page, 'Säkerhetskopiering after export')

  // IT wipes the profile folder: the database is gone and the app starts from the beginning.
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
  await completeFirstRun(page, 'Stockholm', 'Arbetsmarknadsnämnden')
  await openBackupScreen(page)

  await chooseFile(page, file.name, file.bytes)
  await expect(page.getByRole('heading', { name: 'Det här händer om du läser in filen' })).toBeVisible()
  await expect(page.getByRole('row', { name: /Handläggare 300 300/ })).toBeVisible()
  await expectAccessible(page, 'import preview')
  await page.getByRole('radio', { name: /Ersätt/ }).check()
  await expect(page.getByText('Data som inte finns i säkerhetskopian tas bort från den här datorn.')).toBeVisible()
  await expect(page.getByRole('row', { name: /^Nämnder 1 1 0 0 1$/ })).toBeVisible() // Göteborg's board in, Stockholm's out
  await page.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()
  await expect(page.locator('.brand-municipality')).toHaveText('Göteborgs stad')

  const after = await databaseHash(page)
  expect(after.counts).toEqual(before.counts)
  expect(after.hash).toBe(before.hash)
  await expectAccessible(page, 'Säkerhetskopiering after import')

  // And it survives a reload.
  await page.reload()
  await expect(page.locator('.brand-municipality')).toHaveText('Göteborgs stad')
  expect((await databaseHash(page)).hash).toBe(before.hash)
})

test('a truncated, tampered, wrong-format, foreign or future-version file shows its message and changes nothing', async ({ page }) => {
  await completeFirstRun(page)
  await addRecordsWithoutUi(page)
  await openBackupScreen(page)
  const file = await exportAll(page)
  const text = file.bytes.toString('utf8')
  const doc = JSON.parse(text)
  // Make the database differ from the file, so an accidental import would be visible.
  await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('anslutningsguiden')
      req.onsuccess = () => resolve(req.result)
    })
    const tx = idb.transaction('caseworkers', 'readwrite')
    tx.objectStore('caseworkers').put({ id: 'cw-new', name: 'Tillagd efter exporten' })
    await new Promise((r) => (tx.oncomplete = r))
    idb.close()
  })
  const before = await databaseHash(page)

  const tampered = structuredClone(doc)
  tampered.payload.tables.boards[0].name = 'Någon annan nämnd'
  const cases: Array<[string, Buffer, RegExp]> = [
    ['avkortad.json', file.bytes.subarray(0, Math.floor(file.bytes.length / 2)), /inte giltig JSON\. Den kan vara avkortad/],
    ['ändrad.json', Buffer.from(JSON.stringify(tampered)), /Kontrollsumman stämmer inte/],
    ['fel-format.json', Buffer.from(text.replace('"format":"anslutningsguiden-sakerhetskopia"', '"format":"excel-export"')), /formatet ”excel-export”/],
    ['annat.json', Buffer.from(JSON.stringify({ kommun: 'Göteborg', handlaggare: [] })), /ingen säkerhetskopia från Anslutningsguiden/],
    ['framtida.json', Buffer.from(text.replace(/"schemaVersion":\d+/, '"schemaVersion":99')), /nyare version av Anslutningsguiden \(databasversion 99/]
  ]
  for (const [name, bytes, message] of cases) {
    await chooseFile(page, name, bytes)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(message)
    await expect(alert).toContainText('Inget har ändrats.')
    await expect(page.getByRole('button', { name: 'Läs in säkerhetskopian' })).toHaveCount(0)
    expect((await databaseHash(page)).hash, name).toBe(before.hash)
  }
  await expectAccessible(page, 'Säkerhetskopiering with an error')
})

test('one board exports on its own, and an old backup brings a reminder that Inställningar can change', async ({ page }) => {
  await completeFirstRun(page)
  await openBackupScreen(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera en nämnds data' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Anslutningsguiden säkerhetskopia Göteborg Socialnämnden \d{4}-\d{2}-\d{2}\.json$/)
  const doc = JSON.parse(await readFile((await file.path())!, 'utf8'))
  expect(doc.scope).toMatchObject({ kind: 'board', boardName: 'Socialnämnden' })
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
  await exportAll(page)
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
})
