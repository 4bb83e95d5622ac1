import type { BrowserContext, Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, exportAllData, test } from './fixtures'

/** Starts a new agreement draft as a user would and returns the editor's address. */
async function newDraft(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await page
    .getByRole('button', { name: /Nytt avtalsutkast/ })
    .first()
    .click()
  await expect(page).toHaveURL(/#\/avtal\/utkast\//)
  await expect(systemField(page)).toBeEditable()
  return page.url()
}

const systemField = (page: Page) => page.getByRole('textbox', { name: /^Verksamhetssystem/ })

async function reopen(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  await expect(systemField(page)).toBeEditable()
  return page
}

/**
 * Types `text` one key at a time at a steady rhythm (each key is held `holdMs`), remembering when
 * each key started to go in (test clock) — an upper bound on how old the character is.
 */
async function typeTimed(page: Page, text: string, holdMs: number): Promise<number[]> {
  const field = systemField(page)
  await field.focus()
  await field.press('End')
  const times: number[] = []
  for (const ch of text) {
    times.push(Date.now())
    await page.keyboard.type(ch, { delay: holdMs })
  }
  return times
}

test('text typed into the agreement form survives closing the window at once, without any save button', async ({ page, context }) => {
  await completeFirstRun(page)
  const url = await newDraft(page)
  await expect(page.getByRole('button', { name: /^Spara/ })).toHaveCount(0)
  await expectAccessible(page, 'agreement draft editor')

  await systemField(page).pressSequentially('Lifecare Ekonomiskt bistånd – Åre', { delay: 40 })
  // Closed well within a second of the last keystroke.
  await page.close()

  const again = await reopen(context, url)
  await expect(systemField(again)).toHaveValue('Lifecare Ekonomiskt bistånd – Åre')
  await expect(again.getByText(/Sparat \d\d:\d\d|Ändringar sparas automatiskt/)).toBeVisible()
})

test('crashed ten times in a row while typing: nothing typed more than a second before the crash is lost', async ({ page, context }) => {
  test.setTimeout(240_000)
  await completeFirstRun(page)
  const url = await newDraft(page)
  let current = page
  let expected = ''
  const lost: number[] = []
  for (let round = 1; round <= 10; round++) {
    // About two seconds of steady typing, so most of each chunk is older than one second at the crash.
    const chunk = ` r${round} ekonomiskt bistand`
    const times = await typeTimed(current, chunk, 90)
    const crashedAt = Date.now()
    // Alternate between a renderer crash and an abrupt close without unload handlers.
    if (round % 2 === 1) {
      const cdp = await context.newCDPSession(current)
      const crashed = current.waitForEvent('crash')
      void cdp.send('Page.crash').catch(() => undefined)
      await crashed
    }
    await current.close({ runBeforeUnload: false })

    current = await reopen(context, url)
    const value = await systemField(current).inputValue()
    const safe = chunk.slice(0, times.filter((t) => t <= crashedAt - 1000).length)
    expect(safe.length, 'the test typed long enough for a meaningful check').toBeGreaterThan(5)
    expect(value.startsWith(expected + safe), `round ${round}: "${value}" should start with "${expected + safe}"`).toBe(true)
    expect((expected + chunk).startsWith(value), `round ${round}: "${value}" is what was typed`).toBe(true)
    lost.push((expected + chunk).length - value.length)
    expected = value
  }
  test.info().annotations.push({ type: 'characters lost per crash (typed within the last second)', description: lost.join(', ') })
  console.log(`autosave crash rounds: characters lost per round = ${lost.join(', ')}`)
  // Losses are only the last keys before each crash.
  expect(Math.max(...lost)).toBeLessThanOrEqual(12)
})

test('a failed write (disk full) is shown, kept in the window and retried until it is stored', async ({ page }) => {
  await completeFirstRun(page)
  await newDraft(page)
  await systemField(page).fill('Lifecare')
  const status = page.locator('[data-save-state]').first()
  await expect(status).toHaveText(/^Sparat \d\d:\d\d$/)

  // The disk fills up: every IndexedDB write now fails as the browser reports it.
  await page.evaluate(() => {
    const w = window as unknown as { restoreWrites: () => void }
    const put = IDBObjectStore.prototype.put
    const add = IDBObjectStore.prototype.add
    const full = () => {
      throw new DOMException('Disken är full', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = full
    IDBObjectStore.prototype.add = full
    w.restoreWrites = () => {
      IDBObjectStore.prototype.put = put
      IDBObjectStore.prototype.add = add
    }
  })
  await systemField(page).pressSequentially(' Ekonomiskt bistånd')
  await expect(status).toHaveText('Lagringsutrymmet på datorn är fullt. Ändringen finns kvar i fönstret – frigör utrymme, så sparas den.')
  await expect(status).toHaveAttribute('data-save-state', 'error')
  await expect(systemField(page)).toHaveValue('Lifecare Ekonomiskt bistånd')
  await expectAccessible(page, 'agreement editor with a failed save')

  // Space is freed: the retry stores the change without the user doing anything.
  await page.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites())
  await expect(status).toHaveText(/^Sparat \d\d:\d\d$/, { timeout: 20_000 })
  await page.reload()
  await expect(systemField(page)).toHaveValue('Lifecare Ekonomiskt bistånd')
})

/** Every IndexedDB write of this page now fails, as a full disk makes it fail. */
async function failDatabaseWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('Disken är full', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = full
    IDBObjectStore.prototype.add = full
  })
}

async function crash(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  void cdp.send('Page.crash').catch(() => undefined)
  await crashed
  await page.close({ runBeforeUnload: false })
}

test('a recovered autosave copy never wins over a backup restored later (recover → restore → the restored value shows and stays)', async ({
  page,
  context
}) => {
  test.setTimeout(150_000)
  await completeFirstRun(page)
  const url = await newDraft(page)
  await systemField(page).fill('VERSION-A')
  await expect(page.locator('[data-save-state]').first()).toHaveText(/^Sparat \d\d:\d\d$/)

  // A backup of everything while the field says VERSION-A.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  const { bytes: backup } = await exportAllData(page)

  // Later text that only reaches the write-ahead copy before the window crashes.
  await page.goto(url)
  await expect(systemField(page)).toHaveValue('VERSION-A')
  await failDatabaseWrites(page)
  await systemField(page).press('End')
  await systemField(page).pressSequentially(' gammal text')
  await expect(page.locator('[data-save-state]').first()).toHaveAttribute('data-save-state', 'error')
  await crash(context, page)

  // Reopened: the copy is recovered and stored.
  let again = await reopen(context, url)
  await expect(systemField(again)).toHaveValue('VERSION-A gammal text')
  await expect(again.locator('[data-save-state]').first()).toHaveText(/^Sparat \d\d:\d\d$/)

  // Restore the backup, replacing what is here.
  await again.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  const chooser = again.waitForEvent('filechooser')
  await again.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  await (await chooser).setFiles({ name: 'backup.asgkopia', mimeType: 'application/octet-stream', buffer: backup })
  await again.getByRole('radio', { name: /Ersätt/ }).check()
  await again.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(again.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()

  // The draft shows the restored value, and keeps it after it has had time to save and after a restart.
  await again.goto(url)
  await expect(systemField(again)).toHaveValue('VERSION-A')
  await expectAccessible(again, 'agreement draft after a restore')
  await again.waitForTimeout(1500)
  await again.close()
  again = await reopen(context, url)
  await expect(systemField(again)).toHaveValue('VERSION-A')
  expect(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('anslutningsguiden:autosave:')))).toEqual([])
})

test('other autosaving forms keep a copy too, and it yields to a newer stored value (the backup reminder setting)', async ({
  page,
  context
}) => {
  test.setTimeout(150_000)
  await completeFirstRun(page)
  await page.goto('/index.html#/installningar')
  const days = (p: Page) => p.getByRole('textbox', { name: /^Påminn när den senaste säkerhetskopian är äldre än/ })
  await expect(days(page)).toHaveValue('30')
  await failDatabaseWrites(page)
  await days(page).fill('45')
  await expect(page.locator('[data-save-state="error"]')).toHaveCount(1)
  await crash(context, page)

  // Reopened: the unsaved 45 is recovered and stored.
  let again = await context.newPage()
  await again.goto('/index.html#/installningar')
  await expect(days(again)).toHaveValue('45')
  await expect(again.locator('[data-save-state]').filter({ hasText: /^Sparat/ })).toHaveCount(1)
  await again.reload()
  await expect(days(again)).toHaveValue('45')

  // A copy taken from 45 while the stored value later became 60 (here: written straight into the database) loses.
  await failDatabaseWrites(again)
  await days(again).fill('50')
  await expect(again.locator('[data-save-state="error"]')).toHaveCount(1)
  await crash(context, again)
  again = await context.newPage()
  await again.goto('/index.html')
  await again.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('anslutningsguiden')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const tx = idb.transaction('settings', 'readwrite')
    tx.objectStore('settings').put({ key: 'backup.reminderDays', value: 60 })
    await new Promise((resolve) => (tx.oncomplete = resolve))
    idb.close()
  })
  // A fresh window, as after a restart: the page that wrote behind the app's back may hold the old
  // value in memory (nothing else ever writes around the app), and must not be the one that reads.
  await again.close()
  again = await context.newPage()
  await again.goto('/index.html#/installningar')
  await expect(days(again)).toHaveValue('60')
  expect(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('anslutningsguiden:autosave:')))).toEqual([])
})

test('the person page and the rules page save as you type, keep a copy through a crash, and never store what is wrong', async ({
  page,
  context
}) => {
  test.setTimeout(150_000)
  await completeFirstRun(page)
  await page.goto('/index.html#/handlaggare/ny')
  await page.getByRole('textbox', { name: /^Namn/ }).fill('Åsa Öberg')
  await page.getByRole('textbox', { name: /^E-post/ }).fill('asa.oberg@kommun.example')
  await page.getByRole('combobox', { name: /^Enhet/ }).fill('Öst')
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Åsa Öberg' })).toBeVisible()
  const url = page.url()
  const role = (p: Page) => p.getByRole('combobox', { name: /^Roll/ })
  await expect(page.getByRole('button', { name: /^Spara/ })).toHaveText(['Spara behörighet'])
  await expectAccessible(page, 'person page with autosaving details')

  // The write fails (disk full) and the window crashes: the typed role comes back and is stored.
  await failDatabaseWrites(page)
  await role(page).fill('teamledare')
  await expect(page.locator('[data-save-state="error"]')).toHaveCount(1)
  await crash(context, page)
  let again = await context.newPage()
  await again.goto(url)
  await expect(role(again)).toHaveValue('teamledare')
  await expect(again.locator('[data-save-state]')).toHaveText(/^Sparat \d\d:\d\d$/)
  await again.reload()
  await expect(role(again)).toHaveValue('teamledare')

  // A wrong date is not stored, not even in the copy: after a crash the stored value shows.
  await again.getByRole('textbox', { name: /^Startdatum/ }).fill('2026-02-30')
  await expect(again.locator('[data-save-state="blocked"]')).toBeVisible()
  await crash(context, again)
  again = await context.newPage()
  await again.goto(url)
  await expect(again.getByRole('textbox', { name: /^Startdatum/ })).toHaveValue('')
  await expect(role(again)).toHaveValue('teamledare')

  // The rules page: the same discipline.
  await again.goto('/index.html#/handlaggare/regler')
  const days = (p: Page) => p.getByRole('spinbutton', { name: /^Antal dagar att underteckna/ })
  await expect(days(again)).toHaveValue('30')
  await failDatabaseWrites(again)
  await days(again).fill('21')
  await expect(again.locator('[data-save-state="error"]')).toHaveCount(1)
  await crash(context, again)
  again = await context.newPage()
  await again.goto('/index.html#/handlaggare/regler')
  await expect(days(again)).toHaveValue('21')
  await expect(again.locator('[data-save-state]').first()).toHaveText(/^Sparat \d\d:\d\d$/)
  await days(again).fill('999')
  await expect(again.locator('[data-save-state="blocked"]')).toBeVisible()
  await again.reload()
  await expect(days(again)).toHaveValue('21')
  await expectAccessible(again, 'rules page after autosave')
})
