import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'
import { expectSavedAt } from './boardSteps'

// Life after go-live: what happens to a board after its agreement was sent. "Today" is fixed so dates and the notice's date are known.
const TODAY = '2027-01-20'
const atNoon = (iso: string) => new Date(`${iso}T12:00:00+01:00`)

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

/** An agreement draft naming both contact persons, as the agreement area saves it. */
async function draftWithContacts(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await page.getByRole('button', { name: 'Nytt avtalsutkast för Socialnämnden' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutningsavtal Socialnämnden' })).toBeVisible()
  const admin = group(page, 'Kontaktperson för avtalet och administrativa frågor')
  await admin.getByRole('textbox', { name: 'Namn', exact: true }).fill('Åsa Öberg')
  await admin.getByRole('textbox', { name: 'Titel', exact: true }).fill('Förvaltningsstrateg')
  await admin.getByRole('textbox', { name: 'E-post', exact: true }).fill('asa.oberg@goteborg.se')
  await admin.getByRole('textbox', { name: 'Telefon', exact: true }).fill('031-365 00 00')
  const tech = group(page, 'Kontaktperson för tekniska frågor')
  await tech.getByRole('textbox', { name: 'Namn', exact: true }).fill('Łukasz Żółć')
  await tech.getByRole('textbox', { name: 'E-post', exact: true }).fill('lukasz@goteborg.se')
  await expectSavedAt(page)
}

async function openBoard(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await page.getByRole('rowheader', { name }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** Records on step 3 that the agreement was sent, which opens "Efter anslutning". */
async function markSent(page: Page, board = 'Socialnämnden') {
  await openBoard(page, board)
  await expect(page.getByTestId('go-live-summary')).toHaveCount(0)
  await page.getByRole('link', { name: /Steg 3: Teckna avtal/ }).click()
  await page.getByLabel('Datum då avtalet skickades').fill('2026-12-16')
  await expect(page.locator('[data-save-state="pending"], [data-save-state="saving"], [data-save-state="error"]')).toHaveCount(0)
  await page.getByRole('link', { name: board, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: board })).toBeVisible()
}

async function openAfterGoLive(page: Page, board: string) {
  await page.getByTestId('go-live-summary').getByRole('link', { name: 'Öppna Efter anslutning' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Efter anslutning – ${board}` })).toBeVisible()
}

test('a contact change with its printable notice, and a reorganisation that keeps the history', async ({ page }) => {
  // A long journey with many accessibility checks on a shared machine.
  test.setTimeout(240_000)
  await page.clock.setFixedTime(atNoon(TODAY))
  await completeFirstRun(page)
  await draftWithContacts(page)
  await markSent(page)

  // The board page shows the contacts from the agreement, without asking for them again.
  const summary = page.getByTestId('go-live-summary')
  await expect(summary.getByTestId('current-contact-admin')).toContainText('Åsa Öberg, Förvaltningsstrateg, asa.oberg@goteborg.se')
  await expect(summary.getByTestId('current-contact-admin')).toContainText('Enligt anslutningsavtalet')
  await expect(summary.getByTestId('current-contact-technical')).toContainText('Łukasz Żółć')
  await expectAccessible(page, 'board page with Efter anslutning')
  await openAfterGoLive(page, 'Socialnämnden')
  await expect(page.getByText('Meddela Försäkringskassan när en kontaktperson byts')).toBeVisible()
  await expectAccessible(page, 'Efter anslutning')

  // A change with a bad address and no reason is pointed out beside the fields.
  const form = page.getByRole('form', { name: 'Byt kontaktperson' })
  await form.getByRole('radio', { name: 'Kontaktperson för avtalet och administrativa frågor' }).check()
  await form.getByRole('textbox', { name: /^Namn/ }).fill('Märta Ekström')
  await form.getByRole('textbox', { name: /^Titel eller roll/ }).fill('Enhetschef')
  await form.getByRole('textbox', { name: /^E-post/ }).fill('marta@')
  await form.getByRole('textbox', { name: /^Gäller från/ }).fill('2027-02-01')
  await form.getByRole('button', { name: 'Registrera ändringen' }).click()
  await expect(form.getByText('Skriv en giltig e-postadress, till exempel namn@kommun.se.')).toBeVisible()
  await expect(form.getByText('Fyll i skälet.')).toBeVisible()
  await expectAccessible(page, 'contact change with errors')
  await form.getByRole('textbox', { name: /^E-post/ }).fill('marta.ekstrom@goteborg.se')
  await form.getByRole('textbox', { name: /^Skäl till ändringen/ }).fill('Åsa Öberg har fått en ny tjänst')
  await form.getByRole('button', { name: 'Registrera ändringen' }).click()
  await expect(page.getByTestId('go-live-message')).toHaveText('Ändringen är registrerad: Märta Ekström är administrativ kontaktperson.')

  // Today Åsa is still the contact; Märta takes over on 2027-02-01. Both are in the history.
  await expect(page.getByTestId('current-contact-admin')).toContainText('Åsa Öberg')
  await expect(page.getByTestId('current-contact-admin')).toContainText('Från 2027-02-01: Märta Ekström')
  const history = page.getByTestId('contact-history-admin')
  await expect(history.getByRole('row')).toHaveCount(3)
  await expect(history.getByRole('row', { name: /^Åsa Öberg/ })).toContainText('2026-12-16')
  await expect(history.getByRole('row', { name: /^Åsa Öberg/ })).toContainText('2027-02-01')
  await expect(history.getByRole('row', { name: /^Märta Ekström/ })).toContainText('Åsa Öberg har fått en ny tjänst')
  await expectAccessible(page, 'contact history')

  // The printable notice to FK, downloaded and read back.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut anmälan till Försäkringskassan (administrativ kontaktperson: Märta Ekström)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`Anmälan om ändrad kontaktperson – Socialnämnden – ${TODAY}.pdf`)
  const path = join(mkdtempSync(join(tmpdir(), 'golive-e2e-')), 'notice.pdf')
  await file.saveAs(path)
  const qpdf = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0)
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Anmälan om ändrad kontaktperson')
  expect(text).toContain('Kommun: Göteborgs stad')
  expect(text).toContain('Part (nämnd): Socialnämnden')
  expect(text).toContain(
    'Tidigare kontaktperson Namn: Åsa Öberg Titel: Förvaltningsstrateg E-post: asa.oberg@goteborg.se Telefon: 031-365 00 00'
  )
  expect(text).toContain('Ny kontaktperson Namn: Märta Ekström Titel: Enhetschef E-post: marta.ekstrom@goteborg.se')
  expect(text).toContain('Gäller från: 2027-02-01')
  expect(text).toContain('Skäl: Åsa Öberg har fått en ny tjänst')
  expect(text).toContain(`Datum: ${TODAY}`)
  await expect(page.getByText(/Anmälan sparades som/)).toBeVisible()

  // Reorganisation: the connection moves to another nämnd; the earlier name stays.
  const reorg = page.getByRole('form', { name: 'Flytta anslutningen till en annan nämnd' })
  await reorg.getByRole('textbox', { name: /^Ny nämnd/ }).fill('Socialnämnden')
  await reorg.getByRole('button', { name: 'Registrera omorganisationen' }).click()
  await expect(reorg.getByText('Anslutningen ligger redan under den nämnden.', { exact: false })).toBeVisible()
  await expectAccessible(page, 'reorganisation with errors')
  await reorg.getByRole('textbox', { name: /^Ny nämnd/ }).fill('Arbetsmarknadsnämnden')
  await reorg.getByRole('textbox', { name: /^Förvaltning eller enhet/ }).fill('Arbetsmarknadsförvaltningen')
  await reorg.getByRole('textbox', { name: /^Gäller från/ }).fill('2027-01-15')
  await reorg.getByRole('textbox', { name: /^Beslutets referens/ }).fill('KF 2026-12-10 § 88, dnr KS 2026/451')
  await reorg.getByRole('button', { name: 'Registrera omorganisationen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Efter anslutning – Arbetsmarknadsnämnden' })).toBeVisible()
  await expect(page.getByTestId('earlier-names')).toHaveText('Tidigare namn: Socialnämnden')
  const names = page.getByTestId('name-history')
  await expect(names.getByRole('row', { name: /^Socialnämnden/ })).toContainText('2027-01-15')
  await expect(names.getByRole('row', { name: /^Arbetsmarknadsnämnden/ })).toContainText('KF 2026-12-10 § 88, dnr KS 2026/451')
  await expect(page.getByTestId('go-live-timeline')).toContainText('Omorganisation: från Socialnämnden till Arbetsmarknadsnämnden')
  await expect(page.getByTestId('go-live-timeline')).toContainText('Märta Ekström')
  await expectAccessible(page, 'after a reorganisation')

  // After a reload everything is still there, on the board list too; the notice names the earlier board.
  await page.reload()
  await expect(page.getByTestId('name-history').getByRole('row', { name: /^Socialnämnden/ })).toBeVisible()
  await expect(page.getByTestId('contact-history-admin').getByRole('row')).toHaveCount(3)
  const again = page.waitForEvent('download')
  await page.getByRole('button', { name: /Skriv ut anmälan.*Märta Ekström/ }).click()
  const againPath = join(mkdtempSync(join(tmpdir(), 'golive-e2e-')), 'notice2.pdf')
  await (await again).saveAs(againPath)
  const againText = execFileSync('pdftotext', ['-enc', 'UTF-8', againPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(againText).toContain('Part (nämnd): Arbetsmarknadsnämnden Tidigare namn: Socialnämnden')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await expect(page.getByRole('rowheader', { name: 'Arbetsmarknadsnämnden' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Socialnämnden' })).toHaveCount(0)
})

test('a new version of the Allmänna villkor opens a re-read task until it is read; a termination shows "Uppsagd" everywhere', async ({
  page
}) => {
  // A long journey with many accessibility checks on a shared machine.
  test.setTimeout(240_000)
  await page.clock.setFixedTime(atNoon(TODAY))
  await completeFirstRun(page)
  await markSent(page)
  await openAfterGoLive(page, 'Socialnämnden')
  await expect(page.getByText('Ingen ny version av de allmänna villkoren är registrerad.')).toBeVisible()

  const terms = page.getByRole('form', { name: 'Registrera en ny version' })
  await terms.getByRole('textbox', { name: 'Version', exact: true }).fill('3.0')
  await terms.getByRole('textbox', { name: /^Versionens datum/ }).fill('2027-01-32')
  await terms.getByRole('button', { name: 'Registrera versionen' }).click()
  await expect(terms.getByText(/Skriv datumet som ÅÅÅÅ-MM-DD/)).toBeVisible()
  await terms.getByRole('textbox', { name: /^Versionens datum/ }).fill('2027-01-15')
  await terms.getByRole('button', { name: 'Registrera versionen' }).click()
  await expect(page.getByTestId('go-live-message')).toContainText('Version 3.0 är registrerad.')
  const task = page.getByRole('form', { name: 'Läs de nya allmänna villkoren (version 3.0, 2027-01-15)' })
  await expect(task).toBeVisible()
  await expect(page.getByTestId('terms-tasks')).toContainText('Öppen: Läs de nya allmänna villkoren')
  await expectAccessible(page, 'open re-read task')

  // The open task shows on the board page too, and stays open across a reload.
  await page.getByRole('link', { name: 'Tillbaka till Socialnämnden' }).click()
  await expect(page.getByTestId('go-live-open-tasks')).toContainText('Läs de nya allmänna villkoren (version 3.0, 2027-01-15)')
  await page.reload()
  await expect(page.getByTestId('go-live-open-tasks')).toContainText('Läs de nya allmänna villkoren')
  await openAfterGoLive(page, 'Socialnämnden')

  // Reading it: who and when; a date before the version is refused.
  await task.getByRole('textbox', { name: /^Vem läste/ }).fill('Åsa Öberg')
  await task.getByRole('textbox', { name: /^Datum/ }).fill('2027-01-10')
  await task.getByRole('button', { name: 'Registrera att villkoren är lästa' }).click()
  await expect(task.getByText('Datumet är före versionens datum.', { exact: false })).toBeVisible()
  await expectAccessible(page, 're-read task with an error')
  await task.getByRole('textbox', { name: /^Datum/ }).fill(TODAY)
  await task.getByRole('button', { name: 'Registrera att villkoren är lästa' }).click()
  await expect(page.getByTestId('go-live-message')).toHaveText('Det är registrerat att version 3.0 är läst. Uppgiften är klar.')
  await expect(page.getByTestId('terms-task')).toHaveCount(0)
  await expect(page.getByTestId('terms-tasks')).toContainText(`Läst av Åsa Öberg, ${TODAY}`)
  await page.getByRole('link', { name: 'Tillbaka till Socialnämnden' }).click()
  await expect(page.getByTestId('go-live-open-tasks')).toHaveCount(0)
  await openAfterGoLive(page, 'Socialnämnden')

  // Termination: date, reason and who, and a box ticked because it cannot be undone.
  const end = page.getByRole('form', { name: 'Säg upp anslutningen' })
  await end.getByRole('button', { name: 'Registrera uppsägningen' }).click()
  await expect(end.getByText('Fyll i skälet.')).toBeVisible()
  await expectAccessible(page, 'termination with errors')
  await end.getByRole('textbox', { name: /^Uppsägningsdatum/ }).fill('2027-03-31')
  await end.getByRole('textbox', { name: /^Skäl/ }).fill('Kommunen byter verksamhetssystem')
  await end.getByRole('textbox', { name: /^Registrerad av/ }).fill('Åsa Öberg')
  await end.getByRole('button', { name: 'Registrera uppsägningen' }).click()
  await expect(end.getByText('Kryssa i att du förstår att uppsägningen inte kan ångras.')).toBeVisible()
  await expect(page.getByTestId('board-place')).not.toContainText('Uppsagd')
  await end.getByRole('checkbox', { name: /Jag förstår att uppsägningen/ }).check()
  await end.getByRole('button', { name: 'Registrera uppsägningen' }).click()
  await expect(page.getByTestId('board-place')).toHaveText('Uppsagd 2027-03-31')
  await expect(page.getByTestId('terminated-notice')).toContainText('Anslutningen är uppsagd från 2027-03-31')
  // Nothing more can be recorded, but the history stays visible.
  await expect(page.getByRole('form')).toHaveCount(0)
  await expect(page.getByTestId('go-live-timeline')).toContainText(
    'Uppsägning registrerad av Åsa Öberg. Skäl: Kommunen byter verksamhetssystem'
  )
  await expect(page.getByTestId('terms-tasks')).toContainText('Läst av Åsa Öberg')
  await expectAccessible(page, 'terminated connection')

  await page.getByRole('link', { name: 'Tillbaka till Socialnämnden' }).click()
  await expect(page.getByTestId('board-place')).toHaveText('Uppsagd 2027-03-31')
  await expect(page.getByTestId('board-next-action')).toContainText('Anslutningen är uppsagd från 2027-03-31')
  await expect(page.getByTestId('board-warnings')).toHaveCount(0)
  await expectAccessible(page, 'terminated board page')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await expect(page.getByRole('row', { name: /Socialnämnden/ }).getByTestId('board-place')).toHaveText('Uppsagd 2027-03-31')
  await expectAccessible(page, 'board list with a terminated board')
})
