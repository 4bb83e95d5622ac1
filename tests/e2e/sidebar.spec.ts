import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

// The sidebar shows at start-up and reads what the board list reads, without loading the database
// library itself; it must still follow every change the moment it is saved.
const sidebar = (page: Page) => page.getByRole('navigation', { name: /Nämnder och steg/ })

test('the sidebar lists every board and the current board’s steps, and follows changes as they are saved', async ({ page }) => {
  await completeFirstRun(page)
  const nav = sidebar(page)
  await expect(nav.getByRole('link', { name: /Socialnämnden\s*0 av 5 steg klara/ })).toBeVisible()
  await expect(nav.getByRole('list', { name: /Stegen för/ })).toHaveCount(0)

  // A new board appears in the sidebar without a reload.
  await page.getByRole('button', { name: 'Ny nämnd' }).click()
  await page.getByRole('textbox', { name: /Nämndens namn/ }).fill('Arbetsmarknadsnämnden')
  await page.getByRole('button', { name: 'Lägg till nämnd' }).click()
  await expect(nav.getByRole('link', { name: /Arbetsmarknadsnämnden\s*0 av 5 steg klara/ })).toBeVisible()

  // Opening a board shows its five steps under it, the board marked as the current page.
  await nav.getByRole('link', { name: /Socialnämnden/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Socialnämnden' })).toBeVisible()
  const steps = nav.getByRole('list', { name: 'Stegen för Socialnämnden' })
  await expect(steps.getByRole('link')).toHaveCount(5)
  await expect(steps.getByRole('link', { name: /^1\. Stäm av\s*Ej påbörjat$/ })).toBeVisible()
  await expect(nav.getByRole('link', { name: /Socialnämnden/ })).toHaveAttribute('aria-current', 'true')

  // A task started in step 1 moves the step to "Pågår" in the sidebar as soon as it is saved.
  await steps.getByRole('link', { name: /^1\. Stäm av/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Steg 1: Stäm av')
  await expect(steps.getByRole('link', { name: /^1\. Stäm av/ })).toHaveAttribute('aria-current', 'step')
  await page.getByRole('article').first().getByLabel('Status').selectOption({ label: 'Pågår' })
  await expect(steps.getByRole('link', { name: /^1\. Stäm av\s*Pågår$/ })).toBeVisible()
  await expectAccessible(page, 'step 1 with the sidebar')

  // After a restart the sidebar reads the same from the start-up read.
  await page.reload()
  await expect(sidebar(page).getByRole('link', { name: /^1\. Stäm av\s*Pågår$/ })).toBeVisible()
  await expect(sidebar(page).getByRole('link', { name: /Arbetsmarknadsnämnden\s*0 av 5 steg klara/ })).toBeVisible()
})

test('a long board name breaks in the sidebar where the compound joins ("Arbetsmarknads|nämnden"), not inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await completeFirstRun(page)
  await page.getByRole('button', { name: 'Ny nämnd' }).click()
  await page.getByRole('textbox', { name: /Nämndens namn/ }).fill('Arbetsmarknadsnämnden')
  await page.getByRole('button', { name: 'Lägg till nämnd' }).click()
  const name = sidebar(page)
    .getByRole('link', { name: /Arbetsmarknadsnämnden/ })
    .locator('.sidebar-board-name')
  await expect(name).toHaveText('Arbetsmarknadsnämnden')
  // Every line of the name starts at a space, a hyphen or the joint: no word is cut elsewhere.
  const lines = await name.evaluate((el) => {
    const range = document.createRange()
    const starts: string[] = []
    let top = -1
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const rect = range.getBoundingClientRect()
        if (rect.width > 0 && rect.top > top + 2) {
          top = rect.top
          starts.push(text.slice(i))
        }
      }
    }
    return starts
  })
  expect(lines.length).toBeGreaterThan(1)
  for (const line of lines.slice(1)) expect(line).toMatch(/^nämnden/)
})
