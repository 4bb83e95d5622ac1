import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { expectSavedAt } from './boardSteps'

// Keyboard only: every step here is page.keyboard (Tab, arrows, Enter, Space, typing). No clicks,
// no fill(), no focus(): a control that Tab cannot reach fails the test where it is needed.

const tmp = mkdtempSync(join(tmpdir(), 'keyboard-e2e-'))
const CSV_FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'csv', 'caseworkers-sv-excel.csv')

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

/**
 * First run, then the caseworkers area (Alt+3) with version 1 of the undertaking text published, all
 * by keyboard: nobody can sign or be reminded before a version is published. Returns the area's
 * sub-navigation.
 */
async function caseworkersWithPublishedVersion(page: Page): Promise<Locator> {
  await firstRunByKeyboard(page)
  await page.keyboard.press('Alt+3')
  await expect(page.getByRole('heading', { level: 1, name: 'Handläggarnas försäkran' })).toBeVisible()
  const sub = page.getByRole('navigation', { name: 'Handläggare – undersidor' })
  await pressOn(page, sub.getByRole('link', { name: 'Försäkrans text' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Försäkrans text och versioner' })).toBeVisible()
  await pressOn(page, page.getByRole('button', { name: 'Publicera som version 1' }))
  const ask = page.getByRole('group', { name: 'Publicera med obekräftat lagrum?' })
  await typeInto(page, ask.getByRole('textbox', { name: /^Ditt namn \(sparas med versionen\)/ }), 'Anna Admin')
  await pressOn(page, ask.getByRole('button', { name: 'Publicera med obekräftat lagrum' }))
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
  return sub
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
  await expectSavedAt(page)

  // The agreement date through the calendar: open it from its button, move with the arrows, pick with Enter.
  const date = page.getByRole('textbox', { name: 'Datum', exact: true })
  const before = await date.inputValue()
  const calendarButton = page.locator('.date-field').filter({ has: date }).getByRole('button', { name: 'Välj i kalendern' })
  await expect(calendarButton).toHaveAccessibleDescription('Datum')
  await pressOn(page, calendarButton)
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

test('keyboard only: add a caseworker → record a signed undertaking → report', async ({ page }) => {
  test.setTimeout(240_000)
  const sub = await caseworkersWithPublishedVersion(page)

  // Add a person; the start date through the calendar (Page Up = previous month).
  await pressOn(page, sub.getByRole('link', { name: 'Lägg till person' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Lägg till person' })).toBeVisible()
  await typeInto(page, page.getByRole('textbox', { name: /^Namn/ }), 'Łukasz Żółć')
  await typeInto(page, page.getByRole('textbox', { name: /^E-post/ }), 'lukasz@kommun.example')
  await typeInto(page, page.getByRole('combobox', { name: /^Enhet/ }), 'Försörjningsstöd Väster')
  await page.keyboard.press('Escape')
  // Alt+↓ in the field opens the calendar too.
  await tabTo(page, page.getByRole('textbox', { name: /^Startdatum/ }))
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('dialog', { name: 'Kalender' })).toBeVisible()
  await page.keyboard.press('PageUp')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: /^Startdatum/ })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await expectAccessible(page, 'add person by keyboard')
  await pressOn(page, page.getByRole('button', { name: 'Lägg till', exact: true }))
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Żółć' })).toBeVisible()
  await expect(page.getByTestId('person-status')).toHaveText('Ej undertecknad')

  // Record a signature on paper, with a typed date; a wrong date first gets a Swedish message.
  await chooseRadio(page, 'På utskrivet papper')
  const signedOn = page.getByRole('textbox', { name: /^Datum för underskriften/ })
  await typeInto(page, signedOn, '2026-02-30')
  await pressOn(page, page.getByRole('button', { name: 'Registrera underskrift' }))
  await expect(page.getByTestId('person-status')).toHaveText('Ej undertecknad')
  await expect(signedOn).toHaveAttribute('aria-invalid', 'true')
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date())
  await typeInto(page, signedOn, today)
  await pressOn(page, page.getByRole('button', { name: 'Registrera underskrift' }))
  await expect(page.getByText('Underskriften är registrerad.')).toBeVisible()
  await expect(page.getByTestId('person-status')).toHaveText('Undertecknad')
  await expectAccessible(page, 'signature recorded by keyboard')

  // The report.
  await pressOn(page, sub.getByRole('link', { name: 'Rapporter' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter för granskning' })).toBeVisible()
  const download = page.waitForEvent('download')
  await pressOn(page, page.getByRole('button', { name: 'Exportera rapport som PDF' }))
  const text = await checkPdf(await download)
  expect(text).toContain('Kommun: Göteborgs stad')
  expect(text).toContain('Łukasz Żółć')

  // Alt+S from anywhere: the people list with the cursor in its search field.
  await page.keyboard.press('Alt+s')
  const search = page.getByRole('searchbox', { name: /^Sök/ })
  await expect(search).toBeFocused()
  await page.keyboard.type('żół')
  await pressOn(page, page.getByRole('link', { name: 'Łukasz Żółć', exact: true }))
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Żółć' })).toBeVisible()
})

test('keyboard only: CSV import → dashboard → reminder', async ({ page }) => {
  test.setTimeout(240_000)
  const sub = await caseworkersWithPublishedVersion(page)

  // The import: the file dialog opens from the keyboard (the operating system's dialog picks the file).
  await pressOn(page, sub.getByRole('link', { name: 'Importera CSV' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Importera handläggare från CSV' })).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await pressOn(page, page.getByRole('button', { name: 'Välj CSV-fil…' }))
  await (await chooser).setFiles(CSV_FIXTURE)
  await expect(page.getByTestId('import-counts')).toHaveText('6 rader är klara, 2 behöver rättas eller hoppas över.')
  const row6 = page.getByRole('group', { name: 'Rad 6 i filen' })
  const row8 = page.getByRole('group', { name: 'Rad 8 i filen' })
  await typeInto(page, row6.getByRole('textbox', { name: 'E-post' }), 'per.persson@kommun.example')
  await expect(row6.getByText('Klar')).toBeVisible()
  await pressOn(page, row8.getByRole('checkbox', { name: 'Hoppa över raden' }), 'Space')
  await expect(page.getByTestId('import-counts')).toHaveText('7 rader är klara, 0 behöver rättas eller hoppas över.')
  await pressOn(page, page.getByRole('button', { name: 'Importera 7 personer' }))
  await expect(page.getByText('7 personer importerades.')).toBeVisible()

  // The dashboard: everyone needs to sign; one person is chosen and a printed reminder list made.
  await pressOn(page, sub.getByRole('link', { name: 'Översikt' }))
  await expect(page.getByTestId('cw-count')).toContainText('Visar 7 av 7 personer.')
  await expect(page.getByText('7 personer behöver underteckna eller förnya försäkran.')).toBeVisible()
  await expectAccessible(page, 'dashboard after a keyboard import')
  await pressOn(page, page.getByRole('checkbox', { name: 'Välj Željka Šimek' }), 'Space')
  await expect(page.getByTestId('cw-count')).toContainText('1 valda')
  const download = page.waitForEvent('download')
  await pressOn(page, page.getByRole('button', { name: 'Skriv ut lista över dem som ska underteckna (PDF)' }))
  const text = await checkPdf(await download)
  expect(text).toContain('Željka Šimek')
  await expect(page.getByText('Påminnelse registrerad för 1 person.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Željka Šimek/ })).toContainText(/\d{4}-\d{2}-\d{2}$/)
})

test('shortcuts: Alt+digits, new board, people search, the list with ? and Ctrl+/; quiet while typing', async ({ page }) => {
  await firstRunByKeyboard(page)
  const main = page.getByRole('navigation', { name: 'Huvudmeny' })

  await page.keyboard.press('Alt+3')
  await expect(main.getByRole('link', { name: 'Handläggare' })).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press('Alt+6')
  await expect(main.getByRole('link', { name: 'Inställningar' })).toHaveAttribute('aria-current', 'page')

  // Alt+N: to Anslutning with the cursor in the new board's name.
  await page.keyboard.press('Alt+n')
  const boardName = page.getByRole('textbox', { name: /^Nämndens namn/ })
  await expect(boardName).toBeFocused()
  await page.keyboard.type('Arbetsmarknadsnämnden')
  // Typing in a field: neither "?" nor Alt+2 does anything there.
  await page.keyboard.type('?')
  await page.keyboard.press('Alt+2')
  await expect(boardName).toHaveValue('Arbetsmarknadsnämnden?')
  await expect(main.getByRole('link', { name: 'Anslutning' })).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('table').getByRole('link', { name: 'Arbetsmarknadsnämnden' })).toBeVisible()

  // Alt+S: the people list (empty here, so no search field yet; the caseworker journey searches).
  await page.keyboard.press('Tab')
  await page.keyboard.press('Alt+s')
  await expect(main.getByRole('link', { name: 'Handläggare' })).toHaveAttribute('aria-current', 'page')

  // "?" opens Kortkommandon; focus is inside; Esc closes it and focus goes back.
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Kortkommandon' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: /Gå till Avtal/ })).toContainText('Alt + 2')
  await expect(dialog.getByRole('row', { name: /Visa kortkommandon/ })).toContainText('Ctrl + /')
  await expectAccessible(page, 'the Kortkommandon dialog')
  // Focus stays in the dialog however far you Tab, and shortcuts are quiet while it is open.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Alt+1')
  await expect(main.getByRole('link', { name: 'Handläggare' })).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // Turned off, "?" does nothing; Ctrl+/ still opens the list, and the visible button does too.
  await page.keyboard.press('ControlOrMeta+/')
  await expect(dialog).toBeVisible()
  await pressOn(page, dialog.getByRole('checkbox', { name: 'Tangenten ? öppnar den här listan' }), 'Space')
  await expect(dialog.getByRole('checkbox')).not.toBeChecked()
  await pressOn(page, dialog.getByRole('button', { name: 'Stäng' }))
  await expect(dialog).toHaveCount(0)
  await page.keyboard.press('?')
  await expect(dialog).toHaveCount(0)
  await pressOn(page, page.getByRole('button', { name: 'Kortkommandon' }))
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Kortkommandon' })).toBeFocused()
})
