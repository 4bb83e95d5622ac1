import type { Page } from '@playwright/test'
import { CRASH_PROBE_KEY } from '../../src/renderer/src/app/CrashProbe'
import { completeFirstRun, expect, expectAccessible, exportAllData, test } from './fixtures'

/** Damages stored records directly in the database, as a crafted backup or a bad disk could. */
async function damageRecords(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('anslutningsguiden')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const tx = idb.transaction(['settings', 'boards'], 'readwrite')
    const settings = tx.objectStore('settings')
    const profile = await new Promise<{ key: string; value: Record<string, unknown> }>((resolve) => {
      const req = settings.get('profile')
      req.onsuccess = () => resolve(req.result)
    })
    settings.put({ key: 'profile', value: { ...profile.value, officialName: { boom: true } } })
    tx.objectStore('boards').put({ id: 'trasig', name: 12345, archived: 'nej', createdAt: 7, updatedAt: { x: 1 }, connection: 'fel' })
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    idb.close()
  })
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' })

test('a damaged profile and a damaged board: the app still starts, says what is damaged, and the backup screen works', async ({ page }) => {
  await completeFirstRun(page)
  await damageRecords(page)
  await page.reload()

  await expect(nav(page).getByRole('link')).toHaveCount(6) // the full menu: all six areas
  await expect(page.getByRole('alert').filter({ hasText: 'Något gick fel' })).toHaveCount(0)
  // The header falls back to the short name; the notice names what is damaged and the way back.
  await expect(page.locator('.brand-municipality')).toHaveText('Göteborg')
  const notice = page.getByTestId('damaged-records')
  await expect(notice.getByRole('heading', { name: 'En sparad uppgift är skadad' })).toBeVisible()
  await expect(notice.getByRole('listitem')).toHaveText(['kommunens uppgifter', 'nämnd'])
  await expectAccessible(page, 'start screen with damaged records')

  // The damaged board is left out; the good one is still there.
  await expect(page.getByRole('link', { name: /Socialnämnden/ }).first()).toBeVisible()

  // The way out: the backup screen opens and can still export everything.
  await notice.getByRole('link', { name: 'Säkerhetskopiering' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopiering' })).toBeVisible()
  const file = await exportAllData(page)
  expect(file.name).toMatch(/^Anslutningsguiden säkerhetskopia .*\.asgkopia$/)
  await expectAccessible(page, 'backup screen with damaged records')
})

test('a screen that fails offers reload, the backup screen and safe mode; safe mode opens only Säkerhetskopiering and Inställningar', async ({
  page
}) => {
  await completeFirstRun(page)
  await page.evaluate((key) => sessionStorage.setItem(key, '1'), CRASH_PROBE_KEY)
  await page.reload()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Något gick fel')
  await expect(alert.getByRole('button', { name: 'Ladda om appen' })).toBeVisible()
  await expect(alert.getByRole('link', { name: 'Gå till Säkerhetskopiering' })).toBeVisible()
  await expectAccessible(page, 'error screen')

  // The cause stays for this test's session only; the user chooses safe mode.
  await page.evaluate((key) => sessionStorage.removeItem(key), CRASH_PROBE_KEY)
  await alert.getByRole('button', { name: 'Starta i säkert läge' }).click()
  await expect(page.getByTestId('safe-mode')).toContainText('Appen är i säkert läge')
  await expect(nav(page).getByRole('link')).toHaveText(['Säkerhetskopiering', 'Inställningar'])
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopiering' })).toBeVisible()
  await expectAccessible(page, 'safe mode')

  // Safe mode is remembered across a restart, even for an address of another area.
  await page.goto('/index.html#/avtal')
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopiering' })).toBeVisible()
  await expect(nav(page).getByRole('link')).toHaveCount(2)

  await page.getByRole('button', { name: 'Lämna säkert läge' }).click()
  await expect(nav(page).getByRole('link')).toHaveCount(6) // the full menu: all six areas
  await expect(page.getByTestId('safe-mode')).toHaveCount(0)
})

test('safe mode can be reached by its address and from Inställningar, before any data is read', async ({ page }) => {
  await completeFirstRun(page)
  await damageRecords(page)
  await page.goto('/index.html#/sakert-lage')
  await page.reload()
  await expect(page.getByTestId('safe-mode')).toBeVisible()
  // The shell read no profile: no damage is noticed before the user opens a screen that reads it.
  await expect(page.locator('.brand-municipality')).toHaveText('Säkert läge')
  await page.getByRole('button', { name: 'Lämna säkert läge' }).click()
  await expect(page.getByTestId('damaged-records')).toBeVisible()

  await nav(page).getByRole('link', { name: 'Inställningar' }).click()
  await page.getByRole('button', { name: 'Starta om i säkert läge' }).click()
  await expect(page.getByTestId('safe-mode')).toBeVisible()
  await expect(nav(page).getByRole('link')).toHaveCount(2)
})
