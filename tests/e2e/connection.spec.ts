import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'
import { addWorkingDays } from '../../src/renderer/src/domain/workingDays'

// "Today" is fixed so the estimate's dates (and "längre än normalt") are known.
const TODAY = '2026-12-21'
const atNoon = (iso: string) => new Date(`${iso}T12:00:00+01:00`)

const task = (page: Page, title: string): Locator => page.getByRole('article', { name: title })

async function setStatus(page: Page, title: string, status: 'Ej påbörjad' | 'Pågår' | 'Klar' | 'Ej tillämplig') {
  await task(page, title).getByLabel('Status').selectOption({ label: status })
}

async function expectSaved(scope: Page | Locator) {
  // Every autosave status on the screen has reached "Sparat".
  const pending = scope.locator('[data-save-state="pending"], [data-save-state="saving"], [data-save-state="error"]')
  await expect(pending).toHaveCount(0)
}

async function openBoard(page: Page, name: string) {
  await page.getByRole('rowheader', { name }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** Follows a link to a step (from the overview or the previous step) and checks the step's heading. */
async function openStep(page: Page, link: RegExp, heading: string) {
  await page.getByRole('link', { name: link }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
}

test('a second board walks its five steps, keeps evidence and forecast, and finds everything after a reload', async ({ page }) => {
  // A long journey (five steps, evidence, forecast, PDF, reload): close to the default minute on a
  // quiet machine since the board pages load lazily, and past it beside another spec in CI.
  test.setTimeout(180_000)
  await page.clock.setFixedTime(atNoon(TODAY))
  await completeFirstRun(page)

  // Home screen: the first board exists from first run, with its next action.
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Socialnämnden' })).toBeVisible()
  await expect(page.getByTestId('home-next-action')).toHaveText('Fråga leverantören av verksamhetssystemet om stöd för SSBTEK')
  // The overview shows where the boards stand: the usage rules fold out, the new-board form opens on demand.
  const rules = page.getByRole('region', { name: 'Så får SSBTEK användas' })
  await expect(rules.getByRole('listitem')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: /Nämndens namn/ })).toHaveCount(0)
  await expectAccessible(page, 'Anslutning home')
  await rules.getByText('Visa reglerna (4) och lagrummen (2)').click()
  await expect(rules.getByRole('listitem').first()).toContainText('ekonomiskt bistånd')
  await expectAccessible(page, 'Anslutning home with the usage rules open')

  // "Ny nämnd" opens the form with the cursor in the name; Avbryt closes it and gives focus back.
  const opener = page.getByRole('button', { name: 'Ny nämnd' })
  await expect(opener).toHaveAttribute('aria-expanded', 'false')
  await opener.click()
  await expect(page.getByRole('textbox', { name: /Nämndens namn/ })).toBeFocused()
  await page.getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.getByRole('textbox', { name: /Nämndens namn/ })).toHaveCount(0)
  await expect(opener).toBeFocused()

  // Create a second board; an empty name is refused beside the field.
  await opener.click()
  await page.getByRole('button', { name: 'Lägg till nämnd' }).click()
  await expect(page.getByText('Ange nämndens namn.')).toBeVisible()
  await expectAccessible(page, 'home with a name error')
  await page.getByRole('textbox', { name: /Nämndens namn/ }).fill('Arbetsmarknadsnämnden')
  await page.getByRole('button', { name: 'Lägg till nämnd' }).click()
  await expect(page.getByRole('rowheader', { name: 'Arbetsmarknadsnämnden' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Arbetsmarknadsnämnden har lagts till.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ny nämnd' })).toBeFocused()

  await openBoard(page, 'Arbetsmarknadsnämnden')
  await expect(page.getByRole('heading', { level: 1, name: 'Arbetsmarknadsnämnden' })).toBeVisible()
  await expect(page.getByTestId('board-next-action')).toHaveText('Fråga leverantören av verksamhetssystemet om stöd för SSBTEK')
  await expectAccessible(page, 'board overview')

  // Step 1: Stäm av. One task is not applicable, which needs a reason.
  await openStep(page, /Steg 1: Stäm av/, 'Steg 1: Stäm av')
  await setStatus(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK', 'Klar')
  await task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Ansvarig').fill('Åsa Öberg')
  // Dates are written ÅÅÅÅ-MM-DD; a date that does not exist is pointed out beside the field.
  await task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Klart senast').fill('2026-02-30')
  await expect(task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByText(/Skriv datumet som ÅÅÅÅ-MM-DD/)).toBeVisible()
  await expectAccessible(page, 'step 1 with an invalid date')
  await task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Klart senast').fill('2026-12-31')
  await expect(task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByText(/Skriv datumet som ÅÅÅÅ-MM-DD/)).toHaveCount(0)
  await task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK')
    .getByLabel('Anteckning')
    .fill('Leverantören bekräftade stöd per telefon.')
  await setStatus(page, 'Bestäm vilken nämnd som är part', 'Klar')
  await setStatus(page, 'Räkna på kostnaderna', 'Ej tillämplig')
  await expect(task(page, 'Räkna på kostnaderna').getByText('Ange varför uppgiften inte är tillämplig.')).toBeVisible()
  await expectAccessible(page, 'step 1 with a missing reason')
  await task(page, 'Räkna på kostnaderna').getByLabel(/Skäl/).fill('Kostnaden ingår i befintligt avtal')
  await setStatus(page, 'Ta reda på om kommunen har medgivande till Vägtrafikregistret', 'Klar')
  await expect(page.getByTestId('step-status')).toContainText('4 av 4 klara')
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expectSaved(page)
  await expectAccessible(page, 'step 1 done')

  // Step 2: Fatta beslut, with the decision and the minutes extract as evidence.
  await openStep(page, /Nästa: steg 2, Fatta beslut/, 'Steg 2: Fatta beslut')
  await page.getByLabel('Beslutande organ').fill('Arbetsmarknadsnämnden')
  await page.getByLabel('Beslutsdatum').fill('2026-11-25')
  await page.getByLabel('Paragraf (§)').fill('§ 123')
  await page.getByLabel('Diarienummer').fill('AMN 2026/456')
  await setStatus(page, 'Ta fram beslutsunderlag', 'Klar')
  await setStatus(page, 'Fatta beslut om anslutning', 'Klar')

  const evidence = Buffer.from('%PDF-1.4\n% Protokollsutdrag § 123 – Arbetsmarknadsnämnden\n', 'utf8')
  const chooser = page.waitForEvent('filechooser')
  await task(page, 'Spara protokollsutdraget')
    .getByRole('button', { name: /Bifoga fil/ })
    .click()
  await (await chooser).setFiles({ name: 'protokollsutdrag-§123.pdf', mimeType: 'application/pdf', buffer: evidence })
  await expect(task(page, 'Spara protokollsutdraget').getByText('protokollsutdrag-§123.pdf (')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Öppna protokollsutdrag-§123.pdf' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('protokollsutdrag-§123.pdf')
  expect(await readFile((await file.path())!)).toEqual(evidence)
  await setStatus(page, 'Spara protokollsutdraget', 'Klar')
  await expect(page.getByTestId('step-status')).toContainText('3 av 3 klara')
  await expectSaved(page)
  await expectAccessible(page, 'step 2 with decision and evidence')

  // Step 3: Teckna avtal. FK received the agreement; the consent is held, so a window is shown.
  await openStep(page, /Nästa: steg 3, Teckna avtal/, 'Steg 3: Teckna avtal')
  await expect(page.getByText('Inga kontaktpersoner är angivna än.')).toBeVisible()
  await page.getByLabel('Datum: Läs Allmänna villkor').fill('2026-12-01')
  await setStatus(page, 'Utse kontaktpersoner', 'Klar')
  await setStatus(page, 'Se till att behörig person skriver under', 'Klar')
  await page.getByLabel('Datum då avtalet skickades').fill('2026-12-16')
  // FK's page names one way to send: to the address in the form. No e-mail option is offered.
  await expect(page.getByRole('radio', { name: /e-post/i })).toHaveCount(0)
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill('2026-12-18')
  await page.getByRole('radio', { name: 'Har medgivande' }).check()
  await page.getByLabel('Datum då medgivandet beviljades').fill('2025-03-10')
  await page.getByLabel(/Referens/).fill('TSV 2025-1234')
  const earliest = addWorkingDays('2026-12-18', 10)
  const latest = addWorkingDays('2026-12-18', 15)
  expect(earliest).toBe('2027-01-08')
  await expect(page.getByTestId('forecast')).toContainText(`Uppskattning: besked ${earliest} – ${latest}`)
  await expect(page.getByTestId('forecast-basis')).toContainText('Räknat från 2026-12-18, då Försäkringskassan tog emot avtalet')
  await expect(page.getByTestId('forecast')).not.toContainText('Längre än normalt')
  await expectSaved(page)
  await expectAccessible(page, 'step 3 with a forecast window')

  // Switching the consent to "not yet" makes the forecast open-ended.
  await page.getByRole('radio', { name: /^Saknas/ }).check()
  await expect(page.getByTestId('forecast')).toContainText('Öppen: anslutningen väntar på Transportstyrelsens medgivande')
  await expect(page.getByTestId('forecast')).not.toContainText('Uppskattning: besked')
  await expect(page.getByTestId('consent')).toContainText('Anslutningen väntar på Transportstyrelsen')
  await expectSaved(page)
  await expectAccessible(page, 'step 3 open-ended')

  // Steps 4 and 5.
  await openStep(page, /Nästa: steg 4, För dialog/, 'Steg 4: För dialog')
  for (const t of ['Beställ integrationen', 'Delta i SKR:s kundgrupp', 'Planera test och driftstart']) await setStatus(page, t, 'Klar')
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expectSaved(page)
  await expectAccessible(page, 'step 4')
  await openStep(page, /Nästa: steg 5, Ställ krav/, 'Steg 5: Ställ krav')
  await setStatus(page, 'Ställ krav på behörighetsstyrning', 'Klar')
  await setStatus(page, 'Ställ krav på loggning och logguppföljning', 'Pågår')
  await expectSaved(page)
  await expectAccessible(page, 'step 5')

  // The overview: step 3 waits on Transportstyrelsen, so that is the next action.
  await page.getByRole('link', { name: 'Arbetsmarknadsnämnden', exact: true }).click()
  await expect(page.getByTestId('board-next-action')).toContainText('väntar på Transportstyrelsens medgivande')
  await expect(page.getByRole('listitem').filter({ hasText: 'Steg 1: Stäm av' })).toContainText('Klart')
  await expect(page.getByRole('listitem').filter({ hasText: 'Steg 5: Ställ krav' })).toContainText('1 av 4 klara')

  // Reload: everything is as it was left.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Arbetsmarknadsnämnden' })).toBeVisible()
  await expect(page.getByTestId('board-next-action')).toContainText('väntar på Transportstyrelsens medgivande')
  await expect(page.getByTestId('forecast')).toContainText('Öppen: anslutningen väntar')
  await openStep(page, /Steg 1: Stäm av/, 'Steg 1: Stäm av')
  await expect(task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Ansvarig')).toHaveValue('Åsa Öberg')
  await expect(task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Klart senast')).toHaveValue('2026-12-31')
  await expect(task(page, 'Kontrollera att verksamhetssystemet stödjer SSBTEK').getByLabel('Anteckning')).toHaveValue(
    'Leverantören bekräftade stöd per telefon.'
  )
  await expect(task(page, 'Räkna på kostnaderna').getByLabel(/Skäl/)).toHaveValue('Kostnaden ingår i befintligt avtal')
  await openStep(page, /Nästa: steg 2, Fatta beslut/, 'Steg 2: Fatta beslut')
  await expect(page.getByLabel('Diarienummer')).toHaveValue('AMN 2026/456')
  await expect(page.getByLabel('Paragraf (§)')).toHaveValue('§ 123')
  await expect(page.getByRole('button', { name: 'Öppna protokollsutdrag-§123.pdf' })).toBeVisible()
  await openStep(page, /Nästa: steg 3, Teckna avtal/, 'Steg 3: Teckna avtal')
  await expect(page.getByLabel('Datum då Försäkringskassan tog emot avtalet')).toHaveValue('2026-12-18')
  await expect(page.getByLabel('Datum då avtalet skickades')).toHaveValue('2026-12-16')
  await expect(page.getByRole('radio', { name: /^Saknas/ })).toBeChecked()

  // The first board is untouched by all this.
  await page.getByRole('link', { name: 'Anslutning', exact: true }).click()
  await expect(page.getByRole('row', { name: /Socialnämnden/ })).toContainText('Steg 1 av 5: Stäm av')
  await expect(page.getByRole('row', { name: /Arbetsmarknadsnämnden/ })).toContainText('Steg 3 av 5: Teckna avtal')
})

test('after working day 15 without a decision the estimate says längre än normalt', async ({ page }) => {
  const received = '2026-12-18'
  const dayAfterLatest = addWorkingDays(received, 16)
  await page.clock.setFixedTime(atNoon(dayAfterLatest))
  await completeFirstRun(page)
  await openBoard(page, 'Socialnämnden')
  await openStep(page, /Steg 3: Teckna avtal/, 'Steg 3: Teckna avtal')
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill(received)
  await page.getByRole('radio', { name: 'Har medgivande' }).check()
  await expect(page.getByTestId('forecast')).toContainText(`Längre än normalt: uppskattningen var senast ${addWorkingDays(received, 15)}`)
  await expectSaved(page)
  await expectAccessible(page, 'overdue forecast')
  await page.getByRole('link', { name: 'Anslutning', exact: true }).click()
  await expect(page.getByRole('row', { name: /Socialnämnden/ })).toContainText('längre än normalt')
})

test('a board can be renamed, archived and restored, and its checklist printed as a PDF', async ({ page }) => {
  await page.clock.setFixedTime(atNoon(TODAY))
  await completeFirstRun(page)
  await openBoard(page, 'Socialnämnden')
  await page.getByRole('textbox', { name: /^Namn/ }).fill('Socialnämnden i Göteborg')
  await page.getByRole('button', { name: 'Byt namn' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Socialnämnden i Göteborg' })).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut checklistan (PDF)' }).click()
  const pdf = await download
  expect(pdf.suggestedFilename()).toBe(`Anslutning SSBTEK – Socialnämnden i Göteborg – ${TODAY}.pdf`)
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-')
  await expect(page.getByText(/Checklistan är sparad som/)).toBeVisible()
  await expectAccessible(page, 'board after rename and print')

  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Arkivera nämnden' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await expect(page.getByText('Det finns inga aktiva nämnder.')).toBeVisible()
  // With no active board the form is simply open: there is nothing else to do here.
  await expect(page.getByRole('textbox', { name: /Nämndens namn/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Avbryt' })).toHaveCount(0)
  await expectAccessible(page, 'home with only an archived board')
  await page.getByRole('button', { name: 'Återställ Socialnämnden i Göteborg' }).click()
  await expect(page.getByRole('rowheader', { name: 'Socialnämnden i Göteborg' })).toBeVisible()
})
