import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'
import { atNoon, expectSaved, finishStepOne, openBoardStep, pdfText, task } from './boardSteps'

// A long journey through several screens with accessibility checks on a shared two-core machine.
test.describe.configure({ timeout: 240_000 })

/**
 * A board's whole connection, from Stäm av to "registrerad som användare" with one komplettering on
 * the way. The estimate restarts from the completed underlag, and every screen that shows the board
 * (board list, board page, step overview, timeline) and the checklist PDF say the same.
 */

/** Records one event in the FK handling panel. */
async function recordEvent(page: Page, kind: string, date: string, fields: Record<string, string> = {}) {
  const panel = page.getByTestId('fk-handling')
  await panel.getByRole('radio', { name: kind }).check()
  await panel.getByLabel('Datum', { exact: true }).fill(date)
  for (const [label, value] of Object.entries(fields)) await panel.getByRole('textbox', { name: label }).fill(value)
  await panel.getByRole('button', { name: 'Spara händelsen' }).click()
}

test('a board from Stäm av to registered as user, with one komplettering; the same state everywhere', async ({ page }) => {
  await page.clock.setFixedTime(atNoon('2026-12-08'))
  await completeFirstRun(page)

  // Step 1: Stäm av.
  await openBoardStep(page, /Steg 1: Stäm av/)
  await finishStepOne(page)
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expectSaved(page)

  // Step 2: Fatta beslut.
  await page.getByRole('link', { name: /Nästa: steg 2, Fatta beslut/ }).click()
  await page.getByLabel('Beslutande organ').fill('Socialnämnden')
  await page.getByLabel('Beslutsdatum').fill('2026-11-20')
  await task(page, 'Ta fram beslutsunderlag').getByLabel('Status').selectOption({ label: 'Klar' })
  await task(page, 'Spara protokollsutdraget').getByLabel('Status').selectOption({ label: 'Klar' })
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expectSaved(page)

  // Step 3: Teckna avtal, sent and received.
  await page.getByRole('link', { name: /Nästa: steg 3, Teckna avtal/ }).click()
  await page.getByLabel('Datum: Läs Allmänna villkor').fill('2026-11-24')
  await page.getByLabel('Datum då avtalet skickades').fill('2026-11-25')
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill('2026-11-27')
  await expectSaved(page)
  await expect(page.getByTestId('step-status')).toContainText('Väntar på Försäkringskassan')
  // Ten to fifteen working days from Friday 27 November.
  await expect(page.getByTestId('forecast')).toContainText('Uppskattning: besked 2026-12-11 – 2026-12-18')

  const panel = page.getByTestId('fk-handling')
  // FK's case number.
  await recordEvent(page, 'Ärendenummer från Försäkringskassan', '2026-11-30', { Ärendenummer: 'FK 2026/4711' })
  await expect(panel.getByTestId('fk-message')).toHaveText('Sparat: 2026-11-30 Ärendenummer från Försäkringskassan: FK 2026/4711.')

  // A completion cannot be sent before FK asked for one: a clear error, nothing saved.
  await recordEvent(page, 'Kompletterat underlag skickat', '2026-12-01')
  await expect(panel.getByTestId('fk-date-error')).toHaveText(
    'Det finns ingen begäran om komplettering den dagen eller tidigare. Registrera först begäran.'
  )
  await expect(panel.getByRole('alert')).toHaveText('Händelsen sparades inte. Rätta felen i formuläret.')
  await expectAccessible(page, 'FK handling with an error')

  // FK asks for a komplettering: the municipality has something to do, the estimate pauses.
  await recordEvent(page, 'Försäkringskassan begärde komplettering', '2026-12-02', {
    'Vad bad Försäkringskassan om?': 'Firmatecknarens underskrift saknas'
  })
  await expect(panel.getByTestId('fk-open-request')).toContainText('Öppen komplettering: begärd 2026-12-02')
  await expect(page.getByTestId('step-status')).toContainText('Pågår')
  await expect(page.getByTestId('step-status')).not.toContainText('Väntar på Försäkringskassan')
  await expect(page.getByTestId('step-next-action')).toContainText('Skicka kompletteringen som Försäkringskassan begärde 2026-12-02')
  await expect(page.getByTestId('forecast-awaiting-completion')).toContainText('begärde en komplettering 2026-12-02')
  await expectAccessible(page, 'step 3 with an open komplettering')

  // The board page agrees while the komplettering is open.
  await page.locator('.breadcrumb').getByRole('link', { name: 'Socialnämnden', exact: true }).click()
  await expect(page.getByTestId('board-next-action')).toContainText('Skicka kompletteringen')
  await expect(page.getByTestId('step-overview-teckna-avtal')).toContainText('Pågår')
  await expect(page.getByTestId('step-overview-teckna-avtal')).toContainText('komplettering begärd 2026-12-02')
  await expect(page.getByTestId('board-timeline').getByTestId('timeline-notes')).toContainText(
    'Komplettering begärd 2026-12-02 (Firmatecknarens underskrift saknas), inte skickad än'
  )
  await page
    .getByRole('link', { name: /Steg 3: Teckna avtal/ })
    .first()
    .click()

  // The completed underlag goes back on Monday 7 December: the estimate counts from it.
  await recordEvent(page, 'Kompletterat underlag skickat', '2026-12-07')
  await expect(panel.getByTestId('fk-open-request')).toHaveCount(0)
  await expect(page.getByTestId('step-status')).toContainText('Väntar på Försäkringskassan')
  await expect(page.getByTestId('forecast')).toContainText('Uppskattning: besked 2026-12-21 – 2026-12-30')
  await expect(page.getByTestId('forecast-basis')).toContainText('Räknat från 2026-12-07, då det kompletterade underlaget skickades')
  // The interpretation behind the restart is shown with its status and source.
  const restart = page.getByTestId('forecast').locator('div.statement[data-status="tolkning"]')
  await expect(restart).toContainText('räknar guiden om uppskattningen')
  await expect(restart.locator('.status-label')).toHaveText('Tolkning')
  await expect(restart.locator('details')).toContainText('Avtal och anslutning inom tjänsten SSBTEK')

  // A wrong event is corrected, another removed after a confirmation.
  await recordEvent(page, 'Bekräftelse från Försäkringskassan mottagen', '2026-11-26', { 'Vem fick bekräftelsen?': 'Anna Admin' })
  await expect(panel.getByTestId('fk-date-error')).toHaveText(
    'Datumet är före den dag Försäkringskassan tog emot avtalet. Kontrollera datumet.'
  )
  await panel.getByLabel('Datum', { exact: true }).fill('2026-12-07')
  await panel.getByRole('button', { name: 'Spara händelsen' }).click()
  await expect(panel.getByTestId('fk-events')).toContainText('2026-12-07 Bekräftelse från Försäkringskassan mottagen (till Anna Admin)')
  await panel.getByRole('button', { name: /^Ändra: 2026-12-07 Bekräftelse/ }).click()
  await panel.getByLabel('Datum', { exact: true }).fill('2026-12-08')
  await panel.getByRole('button', { name: 'Spara ändringen' }).click()
  await expect(panel.getByTestId('fk-events')).toContainText('2026-12-08 Bekräftelse från Försäkringskassan mottagen')
  await expect(panel.getByTestId('fk-events')).not.toContainText('2026-12-07 Bekräftelse')
  // The request cannot go while the completion answers it.
  page.once('dialog', (d) => void d.accept())
  await panel.getByRole('button', { name: /^Ta bort: 2026-12-02 Försäkringskassan begärde komplettering/ }).click()
  await expect(panel.getByRole('alert')).toContainText('Begäran kan inte tas bort')
  // Removing the confirmation is confirmed, then it is gone.
  page.once('dialog', (d) => {
    expect(d.message()).toContain('Ta bort händelsen')
    void d.accept()
  })
  await panel.getByRole('button', { name: /^Ta bort: 2026-12-08 Bekräftelse/ }).click()
  await expect(panel.getByTestId('fk-events')).not.toContainText('Bekräftelse')

  // FK confirms and registers the party as user.
  await recordEvent(page, 'Bekräftelse från Försäkringskassan mottagen', '2026-12-08', {
    'Vem fick bekräftelsen?': 'Tore Teknik, tore@kommun.se'
  })
  await recordEvent(page, 'Registrerad som användare', '2026-12-08')
  await expect(panel.getByTestId('fk-message')).toHaveText('Sparat: 2026-12-08 Registrerad som användare.')
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expect(page.getByTestId('registered-summary')).toContainText('Registrerad som användare 2026-12-08')
  await expect(page.getByTestId('forecast')).toContainText('Parten registrerades som användare hos Försäkringskassan 2026-12-08.')
  await expectAccessible(page, 'step 3 registered')

  // Board page: place, next action, FK summary, step overview and timeline.
  await page.locator('.breadcrumb').getByRole('link', { name: 'Socialnämnden', exact: true }).click()
  const fkSummary =
    'Försäkringskassans ärendenummer FK 2026/4711 · komplettering skickad 2026-12-07 · bekräftelse mottagen 2026-12-08 (till Tore Teknik, tore@kommun.se) · registrerad som användare 2026-12-08'
  await expect(page.getByTestId('board-place')).toHaveText('Steg 4 av 5: För dialog')
  await expect(page.getByTestId('board-fk')).toContainText(fkSummary)
  await expect(page.getByTestId('step-overview-teckna-avtal')).toContainText('Klart')
  await expect(page.getByTestId('step-overview-teckna-avtal')).toContainText(fkSummary)
  await expect(page.getByTestId('step-overview-for-dialog')).not.toContainText('Klart')
  const timeline = page.getByTestId('board-timeline')
  await expect(timeline.getByTestId('timeline-step-teckna-avtal')).toContainText('Klart')
  await expect(timeline.getByTestId('timeline-list').getByRole('listitem')).toHaveText([
    '2026-11-20 Beslut om anslutning',
    '2026-11-24 Allmänna villkor lästa',
    '2026-11-25 Avtalet skickat',
    '2026-11-27 Försäkringskassan tog emot avtalet',
    '2026-11-30 Ärendenummer från Försäkringskassan: FK 2026/4711',
    '2026-12-02 Försäkringskassan begärde komplettering: Firmatecknarens underskrift saknas',
    '2026-12-07 Kompletterat underlag skickat',
    '2026-12-08 Bekräftelse från Försäkringskassan mottagen (till Tore Teknik, tore@kommun.se)',
    '2026-12-08 Registrerad som användare'
  ])
  await expect(timeline.getByTestId('timeline-notes')).toContainText(
    'Komplettering begärd 2026-12-02 (Firmatecknarens underskrift saknas), skickad 2026-12-07'
  )
  await expect(timeline.getByTestId('timeline-completion')).toHaveCount(1)
  await expectAccessible(page, 'board page after registration')
  const next = (await page.getByTestId('board-next-action').textContent())!.trim()

  // The checklist PDF says the same.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut checklistan (PDF)' }).click()
  const text = await pdfText(await download, 'lifecycle')
  expect(text).toContain('Läge: Steg 4 av 5: För dialog')
  expect(text).toContain(`Nästa steg: ${next}`)
  expect(text).toContain(`Försäkringskassans handläggning: ${fkSummary}`)
  expect(text).toContain('Steg 3: Teckna avtal – Klart')
  expect(text).toContain('i FK:s register 2026-12-08')
  expect(text).toContain('Uppskattad handläggningstid: Registrerad som användare 2026-12-08')
  expect(text).toContain('Händelse: 2026-12-02 Försäkringskassan begärde komplettering: Firmatecknarens underskrift saknas')

  // The board list agrees.
  await page.getByRole('link', { name: 'Anslutning', exact: true }).click()
  const row = page.getByRole('row', { name: /Socialnämnden/ })
  await expect(row.getByTestId('board-place')).toHaveText('Steg 4 av 5: För dialog')
  await expect(row.getByTestId('board-fk')).toHaveText(fkSummary)
  await expect(row).toContainText(next)
  await expect(row).toContainText('Registrerad som användare 2026-12-08')
  await expectAccessible(page, 'board list after registration')
})
