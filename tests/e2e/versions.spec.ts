import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

const systemField = (page: Page) => page.getByRole('textbox', { name: /^Verksamhetssystem/ })
const history = (page: Page) => page.getByRole('region', { name: 'Versionshistorik' })

test('an earlier version can be viewed read-only and restored; the newer text stays in the history', async ({ page }) => {
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await page
    .getByRole('button', { name: /Nytt avtalsutkast/ })
    .first()
    .click()
  await expect(systemField(page)).toBeEditable()

  await systemField(page).fill('Lifecare')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  // The first saved edit is a version of its own.
  const first = history(page).getByRole('row').filter({ hasText: 'Första versionen' })
  await expect(first).toBeVisible()

  await systemField(page).fill('Procapita')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()

  await first.getByRole('button', { name: /^Visa/ }).click()
  const view = page.getByRole('region', { name: /^Version från/ })
  await expect(view.getByText('Lifecare', { exact: true })).toBeVisible()
  await expect(view.getByRole('textbox')).toHaveCount(0)
  await expectAccessible(page, 'a version shown read-only')

  await view.getByRole('button', { name: /^Återställ/ }).click()
  await expect(systemField(page)).toHaveValue('Lifecare')
  const rows = history(page).getByRole('row')
  await expect(rows.filter({ hasText: 'Återställd från versionen' })).toBeVisible()
  const newer = rows.filter({ hasText: 'Sparad före återställning' })
  await expect(newer).toContainText('verksamhetssystem')
  await newer.getByRole('button', { name: /^Visa/ }).click()
  const newerView = page.getByRole('region', { name: /^Version från/ })
  await expect(newerView.getByText('Procapita', { exact: true })).toBeVisible()
  await expect(newerView.getByRole('listitem').filter({ hasText: 'Verksamhetssystem: Lifecare → Procapita' })).toBeVisible()
  await expectAccessible(page, 'version history after restoring')

  // After a reload the restored text is what is stored.
  await page.reload()
  await expect(systemField(page)).toHaveValue('Lifecare')
})
