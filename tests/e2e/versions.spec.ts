import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

const systemField = (page: Page) => page.getByRole('textbox', { name: /^Verksamhetssystem/ })
const history = (page: Page) => page.getByRole('region', { name: 'Versionshistorik' })

test('an earlier version can be viewed read-only and restored; the newer text stays in the history', async ({ page }) => {
  await page.clock.install()
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await page
    .getByRole('button', { name: /Nytt avtalsutkast/ })
    .first()
    .click()
  await expect(systemField(page)).toBeEditable()

  await systemField(page).fill('Lifecare')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  // Two minutes without typing end the editing session: its work is the first version.
  await page.clock.fastForward('02:05')
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
  await expect(newer).toContainText('Verksamhetssystem')
  await newer.getByRole('button', { name: /^Visa/ }).click()
  const newerView = page.getByRole('region', { name: /^Version från/ })
  await expect(newerView.getByRole('definition').filter({ hasText: 'Procapita' })).toBeVisible()
  await expect(newerView.getByRole('listitem').filter({ hasText: 'Verksamhetssystem: Lifecare → Procapita' })).toBeVisible()
  await expectAccessible(page, 'version history after restoring')

  // After a reload the restored text is what is stored.
  await page.reload()
  await expect(systemField(page)).toHaveValue('Lifecare')
})

test('one version per editing session: after two idle minutes and on leaving the draft; readable labels in form order', async ({
  page
}) => {
  // The clock runs as usual, but the test can jump it forward instead of waiting two minutes.
  await page.clock.install()
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await page
    .getByRole('button', { name: /Nytt avtalsutkast/ })
    .first()
    .click()
  await expect(systemField(page)).toBeEditable()
  const draftUrl = page.url()
  const rows = history(page).getByRole('row')

  await systemField(page).fill('Lifecare')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  await page.clock.fastForward('02:05')
  await expect(rows.filter({ hasText: 'Första versionen' })).toHaveCount(1)

  // A second session: more typing, then two idle minutes make a second version.
  await systemField(page).fill('Procapita')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  await page.getByRole('textbox', { name: 'Leverantör' }).fill('Tietoevry')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  await page.clock.fastForward('02:05')
  await expect(rows).toHaveCount(3) // header + two versions
  await expect(rows.nth(1)).toContainText('Verksamhetssystem')
  await expect(rows.nth(1)).toContainText('Leverantör')

  // A third session ends by leaving the draft.
  await page.getByRole('textbox', { name: 'Undertecknare 1: namn' }).fill('Åsa Öberg')
  await expect(page.getByText(/^Sparat \d\d:\d\d$/)).toBeVisible()
  await page.getByRole('link', { name: 'Tillbaka till alla avtal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal' })).toBeVisible()
  await page.goto(draftUrl)
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(1)).toContainText('Undertecknare 1: namn')

  // The newest version, read as people read the form: Swedish labels in the form's order, no internal keys or raw times.
  await rows.nth(1).getByRole('button', { name: /^Visa/ }).click()
  const view = page.getByRole('region', { name: /^Version från/ })
  await expect(view.getByRole('listitem').filter({ hasText: 'Undertecknare 1: namn' })).toContainText('Åsa Öberg')
  const text = await view.innerText()
  expect(text).not.toMatch(/events\.|signatories\.|caseSystem\.|Events\./i)
  expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/)
  const labels = await view.locator('dt').allInnerTexts()
  const order = ['Kommun', 'Organisationsnummer', 'Nämnd som är part', 'Verksamhetssystem', 'Leverantör', 'Undertecknare 1: namn']
  const positions = order.map((label) => labels.findIndex((l) => l.trim().startsWith(label)))
  expect(
    positions.every((p) => p >= 0),
    `labels shown: ${labels.join(' | ')}`
  ).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  await expectAccessible(page, 'a version with its changes')
})
