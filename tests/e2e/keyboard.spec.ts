import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'

// Keyboard only: every step here is page.keyboard (Tab, arrows, Enter, Space, typing). No clicks,
// no fill(), no focus(): a control that Tab cannot reach fails the test where it is needed.

const tmp = mkdtempSync(join(tmpdir(), 'keyboard-e2e-'))

/** Presses Tab (or Shift+Tab) until `target` has focus; checks that focus is visible when it gets there. */
async function tabTo(page: Page, target: Locator, { max = 120, back = false } = {}) {
  await expect(target).toBeVisible()
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusRing(target)
      return
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/** A visible focus indicator: an outline (the app's :focus-visible ring) or a box shadow. */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el)
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '')
  })
  expect(ring, `focus ring on ${target.toString()}`).toBe(true)
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

async function pressOn(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

/** Tabs to a radio group's current radio, then arrows until `name` is checked. */
async function chooseRadio(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true })
  const group = await radio.getAttribute('name')
  const current = page.locator(`input[type=radio][name="${group}"]:checked`)
  await tabTo(page, (await current.count()) ? current : page.locator(`input[type=radio][name="${group}"]`).first())
  for (let i = 0; i < 6 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown')
  await expect(radio).toBeChecked()
}

async function checkPdf(download: Download): Promise<string> {
  const path = join(tmp, download.suggestedFilename())
  await download.saveAs(path)
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  expect(check.status, check.stdout + check.stderr).toBe(0)
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** First run by keyboard: the municipality is chosen in its list with the arrow keys. */
async function firstRunByKeyboard(page: Page) {
  await page.goto('/index.html')
  await expect(page.getByRole('heading', { name: 'Välkommen till Anslutningsguiden' })).toBeVisible()
  const municipality = page.getByRole('combobox', { name: /^Kommun/ })
  await tabTo(page, municipality)
  await page.keyboard.type('Göte')
  await expect(page.getByRole('option', { name: /^Göteborg/ })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(municipality).toHaveValue('Göteborg')
  await expect(page.getByText('Göteborg, kommunkod 1480')).toBeVisible()
  await expect(page.getByRole('textbox', { name: /officiella namn/ })).toHaveValue('Göteborgs stad')
  await typeInto(page, page.getByRole('combobox', { name: /^Nämnd/ }), 'Socialnämnden')
  await page.keyboard.press('Escape')
  await pressOn(page, page.getByRole('button', { name: 'Börja' }))
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible()
}

test('keyboard only: first run → board → agreement draft → typed signature → export', async ({ page }) => {
  test.setTimeout(240_000)
  await firstRunByKeyboard(page)

  // The board, from the list on Anslutning (Alt+1 goes there).
  await page.keyboard.press('Alt+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await pressOn(page, page.getByRole('table').getByRole('link', { name: 'Socialnämnden' }))
  await expect(page.getByRole('heading', { level: 1, name: /Socialnämnden/ })).toBeVisible()
  await expectAccessible(page, 'board page reached by keyboard')

  // The agreement (Alt+2): profile, a new draft, every field by Tab.
  await page.keyboard.press('Alt+2')
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal' })).toBeVisible()
  await typeInto(page, page.getByRole('textbox', { name: 'Organisationsnummer' }), '2120001355')
  await typeInto(page, page.getByRole('textbox', { name: 'Postadress (gatuadress eller box)' }), 'Box 5043')
  await typeInto(page, page.getByRole('textbox', { name: 'Postnummer' }), '40221')
  await typeInto(page, page.getByRole('textbox', { name: 'Ort' }), 'Göteborg')
  await expect(page.locator('.card').filter({ hasText: 'Kommunens uppgifter' }).getByRole('status')).toHaveText(/Sparat/)
  await pressOn(page, page.getByRole('button', { name: 'Nytt avtalsutkast för Socialnämnden' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutningsavtal Socialnämnden' })).toBeVisible()

  const admin = page.getByRole('group', { name: 'Kontaktperson för avtalet och administrativa frågor', exact: true })
  await typeInto(page, admin.getByRole('textbox', { name: 'Namn', exact: true }), 'Łukasz Żółć')
  await typeInto(page, admin.getByRole('textbox', { name: 'E-post', exact: true }), 'lukasz.zolc@goteborg.se')
  await typeInto(page, admin.getByRole('textbox', { name: 'Telefon', exact: true }), '031-365 00 00')
  const tech = page.getByRole('group', { name: 'Kontaktperson för tekniska frågor', exact: true })
  await typeInto(page, tech.getByRole('textbox', { name: 'Namn', exact: true }), 'Nguyễn Thị Minh Khai')
  await typeInto(page, tech.getByRole('textbox', { name: 'E-post', exact: true }), 'minh.khai@goteborg.se')
  await typeInto(page, page.getByRole('textbox', { name: 'Undertecknare 1: namn' }), 'Åsa Öberg-Ärlig')
  await typeInto(page, page.getByRole('textbox', { name: 'Undertecknare 1: titel' }), 'Ordförande i socialnämnden')
  await expect(page.getByRole('status').filter({ hasText: /Sparat \d/ }).first()).toBeVisible()

  // The agreement date through the calendar: open it from its button, move with the arrows, pick with Enter.
  const date = page.getByRole('textbox', { name: 'Datum', exact: true })
  const before = await date.inputValue()
  await pressOn(page, page.getByRole('button', { name: 'Välj i kalendern: Datum', exact: true }))
  const calendar = page.getByRole('dialog', { name: 'Kalender' })
  await expect(calendar).toBeVisible()
  await expect(calendar.getByRole('grid')).toBeVisible()
  await expectAccessible(page, 'the calendar open')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(calendar).toHaveCount(0)
  await expect(date).toBeFocused()
  await expect(date).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  expect(await date.inputValue()).not.toBe(before)

  // Sign with a typed name.
  await expect(page.getByRole('heading', { name: 'Nu undertecknar: Åsa Öberg-Ärlig' })).toBeVisible()
  await chooseRadio(page, 'Skriv namnet')
  await typeInto(page, page.getByRole('textbox', { name: 'Underskrift med text' }), 'Åsa Öberg-Ärlig')
  await pressOn(page, page.getByRole('button', { name: 'Underteckna som Åsa Öberg-Ärlig' }))
  await expect(page.getByText('Alla har undertecknat. Avtalet är låst.')).toBeVisible()
  await expectAccessible(page, 'signed by keyboard')

  // Export.
  await chooseRadio(page, 'Kommunens sammanställning – ersätter inte Försäkringskassans blankett')
  const download = page.waitForEvent('download')
  await pressOn(page, page.getByRole('button', { name: 'Exportera PDF' }))
  const text = await checkPdf(await download)
  for (const v of ['Göteborgs stad', '212000-1355', 'Łukasz Żółć', 'Åsa Öberg-Ärlig']) expect(text, v).toContain(v)
  await expect(page.getByTestId('export-sha256')).toHaveText(/^[0-9a-f]{64}$/)
})
