import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every e2e test uses this `test`: it records each request the page makes and fails the test if
 * any leaves the local origin (the app's offline promise), and it offers an axe check.
 */
export const test = base.extend<{ offRequests: string[] }>({
  offRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin
      const off: string[] = []
      context.on('request', (request) => {
        const url = request.url()
        // data:, blob: and mailto: never reach a network (mailto: hands an e-mail draft to the OS).
        if (/^(data|blob|mailto):/.test(url)) return
        if (new URL(url).origin !== origin) off.push(url)
      })
      // Even if something tried, it must not get out of the machine during the test.
      await context.route(
        (url) => url.origin !== origin && !['data:', 'blob:', 'mailto:'].includes(url.protocol),
        (route) => route.abort()
      )
      await use(off)
      expect(off, 'requests that left the local origin').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }

/** Zero WCAG 2.1 A/AA violations on what the page shows now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `axe violations on ${what}`).toEqual([])
}

/** Completes the first-run screen as a new user would. */
export async function completeFirstRun(page: Page, municipality = 'Göteborg', board = 'Socialnämnden'): Promise<void> {
  await page.goto('/index.html')
  await page.getByRole('combobox', { name: /^Kommun/ }).fill(municipality)
  await page.getByRole('combobox', { name: /^Nämnd/ }).fill(board)
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible()
}

/**
 * Publishes version 1 of the undertaking text as it is shipped: its legal reference is unconfirmed,
 * so publishing asks for the name of the person who agrees to publish it as such.
 */
export async function publishFirstUndertakingVersion(page: Page, approvedBy = 'Anna Admin'): Promise<void> {
  await page.getByRole('button', { name: 'Publicera som version 1' }).click()
  await page.getByRole('textbox', { name: /^Ditt namn \(sparas med versionen\)/ }).fill(approvedBy)
  await page.getByRole('button', { name: 'Publicera med obekräftat lagrum' }).click()
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
}

/** Exports everything through the password step: with `password`, or without one. */
export async function exportAllData(page: Page, password: string | null = null): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exportera all data' }).click()
  await expect(page.getByRole('heading', { name: 'Skydda säkerhetskopian med lösenord' })).toBeVisible()
  // Offered by default.
  await expect(page.getByRole('radio', { name: 'Skydda med lösenord (rekommenderas)' })).toBeChecked()
  if (password) {
    await page.getByLabel('Lösenord', { exact: true }).fill(password)
    await page.getByLabel('Upprepa lösenordet').fill(password)
  } else await page.getByRole('radio', { name: 'Spara utan lösenord' }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Spara säkerhetskopian' }).click()
  const file = await download
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian sparades som' })).toBeVisible()
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
}
