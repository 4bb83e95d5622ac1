import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Steps shared by the journeys that take a board through the five steps (lifecycle, state). */

/** A fixed "today" at noon Swedish winter time, so no time zone moves the date. */
export const atNoon = (iso: string) => new Date(`${iso}T12:00:00+01:00`)

/** A checklist task on a step's page. */
export const task = (page: Page, title: string): Locator => page.getByRole('article', { name: title })

/** Saves a downloaded PDF, checks it with qpdf and returns its text from poppler, white space folded. */
export async function pdfText(download: Download, prefix: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), `${prefix}-e2e-`)), 'file.pdf')
  await download.saveAs(path)
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  expect(check.status, check.stdout + check.stderr).toBe(0)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** Every autosave status on the screen has reached "Sparat". */
export async function expectSaved(page: Page) {
  await expect(page.locator('[data-save-state="pending"], [data-save-state="saving"], [data-save-state="error"]')).toHaveCount(0)
}

/** A form's status line shows "Sparat hh:mm": what was typed has reached the database. */
export async function expectSavedAt(page: Page) {
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Sparat \d/ })
      .first()
  ).toBeVisible()
}

/** From the board list, opens Socialnämnden and the step whose link matches `step`. */
export async function openBoardStep(page: Page, step: RegExp) {
  await page.getByRole('rowheader', { name: 'Socialnämnden' }).getByRole('link').click()
  await page.getByRole('link', { name: step }).first().click()
}

// The old label ("Ja, vi har medgivandet", "Datum för medgivandet") is matched too, so that on the
// code before the fix the state tests fail on what the app says, not on a renamed label.
export const HAVE_CONSENT = /^(Har medgivande|Ja, vi har medgivandet)/
const GRANTED_DATE = /^(Datum då medgivandet beviljades|Datum för medgivandet)/

/**
 * On step 1's page: marks its three tasks done and records Transportstyrelsen's consent (granted
 * 2025-03-10) in the consent panel, which finishes the step's fourth task.
 */
export async function finishStepOne(page: Page) {
  for (const t of ['Kontrollera att verksamhetssystemet stödjer SSBTEK', 'Bestäm vilken nämnd som är part', 'Räkna på kostnaderna'])
    await task(page, t).getByLabel('Status').selectOption({ label: 'Klar' })
  await page.getByTestId('consent').getByRole('radio', { name: HAVE_CONSENT }).check()
  await page.getByTestId('consent').getByLabel(GRANTED_DATE).fill('2025-03-10')
}
