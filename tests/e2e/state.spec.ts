import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, publishFirstUndertakingVersion, test } from './fixtures'
import { atNoon, expectSaved, expectSavedAt, finishStepOne, HAVE_CONSENT, openBoardStep, pdfText, task } from './boardSteps'

// These walk several screens with accessibility checks on a shared two-core machine.
test.describe.configure({ timeout: 180_000 })

/**
 * Places where the app's state contradicted itself, one test each, as a new user meets them. Each of
 * these failed before its fix; they describe what the app must say instead.
 */

test('finding 1: with the consent, the decision and FK’s receipt recorded, every place says step 3 and nothing asks for what is done', async ({
  page
}) => {
  await page.clock.setFixedTime(atNoon('2026-12-01'))
  await completeFirstRun(page)
  await openBoardStep(page, /Steg 1: Stäm av/)
  // The consent is answered in its panel only; that finishes its checklist task.
  await finishStepOne(page)
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expect(page.getByTestId('step-status')).toContainText('4 av 4 klara')
  await expectSaved(page)
  await expectAccessible(page, 'step 1 finished by the consent panel')

  await page.getByRole('link', { name: /Nästa: steg 2, Fatta beslut/ }).click()
  // The decision is recorded in its panel only; that finishes "Fatta beslut om anslutning".
  await page.getByLabel('Beslutande organ').fill('Socialnämnden')
  await page.getByLabel('Beslutsdatum').fill('2026-11-20')
  await task(page, 'Ta fram beslutsunderlag').getByLabel('Status').selectOption({ label: 'Klar' })
  await task(page, 'Spara protokollsutdraget').getByLabel('Status').selectOption({ label: 'Klar' })
  await expect(page.getByTestId('step-status')).toContainText('Klart')
  await expectSaved(page)

  await page.getByRole('link', { name: /Nästa: steg 3, Teckna avtal/ }).click()
  await page.getByLabel('Datum: Läs Allmänna villkor').fill('2026-11-24')
  await page.getByLabel('Datum då avtalet skickades').fill('2026-11-25')
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill('2026-11-27')
  await expectSaved(page)
  // Everything the municipality does is done: the step waits on FK, it is not "Pågår".
  await expect(page.getByTestId('step-status')).toContainText('Väntar på Försäkringskassan')
  await expect(page.getByTestId('step-status')).not.toContainText('Pågår')
  await expectAccessible(page, 'step 3 waiting on FK')

  await page.locator('.breadcrumb').getByRole('link', { name: 'Socialnämnden', exact: true }).click()
  await expect(page.getByTestId('board-place')).toHaveText('Steg 3 av 5: Teckna avtal')
  await expect(page.getByTestId('board-next-action')).toContainText('Vänta: Försäkringskassan kvalitetssäkrar avtalet')
  await expect(page.getByTestId('board-next-action')).not.toContainText('medgivande')
  await expect(page.getByTestId('step-overview-teckna-avtal')).toContainText('Väntar på Försäkringskassan')
  await expect(page.getByTestId('step-overview-stam-av')).toContainText('Klart')
  await expect(page.getByTestId('step-overview-fatta-beslut')).toContainText('Klart')
  await expectAccessible(page, 'board overview at step 3')

  // The printed checklist says the same, and only that.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut checklistan (PDF)' }).click()
  const text = await pdfText(await download, 'state')
  expect(text).toContain('Läge: Steg 3 av 5: Teckna avtal')
  expect(text).toContain('Nästa steg: Vänta: Försäkringskassan kvalitetssäkrar avtalet')
  expect(text).not.toContain('Ta reda på om kommunen har Transportstyrelsens medgivande')

  // The home list agrees.
  await page.getByRole('link', { name: 'Anslutning', exact: true }).click()
  await expect(page.getByRole('row', { name: /Socialnämnden/ })).toContainText('Steg 3 av 5: Teckna avtal')
})

test('finding 2: the application date never becomes the grant date, and the estimate says what it counts from', async ({ page }) => {
  await page.clock.setFixedTime(atNoon('2026-12-02'))
  await completeFirstRun(page)
  await openBoardStep(page, /Steg 3: Teckna avtal/)
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill('2026-11-20')
  const consent = page.getByTestId('consent')
  // Four states, none of them two names for the same thing.
  await expect(consent.getByRole('radio')).toHaveCount(4)
  await consent.getByRole('radio', { name: /^Ansökt/ }).check()
  await consent.getByLabel('Datum för ansökan').fill('2026-11-10')
  await expect(page.getByTestId('forecast')).toContainText('Öppen')
  await expectSaved(page)

  await consent.getByRole('radio', { name: /^Har medgivande/ }).check()
  const granted = consent.getByLabel('Datum då medgivandet beviljades')
  await expect(granted).toHaveValue('')
  await expect(consent).toContainText('Ansökan skickades 2026-11-10')
  await granted.fill('2026-12-01')
  const forecast = page.getByTestId('forecast')
  await expect(forecast).toContainText('Uppskattning')
  await expect(page.getByTestId('forecast-basis')).toContainText(
    'Räknat från 2026-12-01, då medgivandet beviljades (avtalet kom in 2026-11-20)'
  )
  await expect(page.getByTestId('forecast-assumption')).toContainText('Antagande')
  await expect(forecast).toContainText('inte en tidsgräns')
  await expectSaved(page)
  await expectAccessible(page, 'forecast counted from the grant')

  await page.reload()
  await expect(page.getByTestId('consent').getByLabel('Datum då medgivandet beviljades')).toHaveValue('2026-12-01')
  await expect(page.getByTestId('consent')).toContainText('Ansökan skickades 2026-11-10')
})

test('finding 2b: past the normal window the estimate says "Längre än normalt", never "Försenad"', async ({ page }) => {
  await page.clock.setFixedTime(atNoon('2027-01-18'))
  await completeFirstRun(page)
  await openBoardStep(page, /Steg 3: Teckna avtal/)
  await page.getByLabel('Datum då Försäkringskassan tog emot avtalet').fill('2026-12-18')
  await page.getByTestId('consent').getByRole('radio', { name: HAVE_CONSENT }).check()
  await expect(page.getByTestId('forecast')).toContainText('Längre än normalt: uppskattningen var senast 2027-01-15')
  await expect(page.getByTestId('forecast')).not.toContainText('Försenad')
  await expectSaved(page)
  await page.getByRole('link', { name: 'Anslutning', exact: true }).click()
  await expect(page.getByRole('row', { name: /Socialnämnden/ })).toContainText('längre än normalt')
  await expect(page.getByRole('row', { name: /Socialnämnden/ })).not.toContainText('Försenad')
})

async function draftWithTwoSignatories(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  const orgnr = page.getByRole('textbox', { name: 'Organisationsnummer' })
  await orgnr.fill('212000-1355')
  await page.getByRole('textbox', { name: 'Postadress (gatuadress eller box)' }).fill('Box 5043')
  await page.getByRole('textbox', { name: 'Postnummer' }).fill('402 21')
  await page.getByRole('textbox', { name: 'Ort' }).fill('Göteborg')
  await expect(page.locator('.card').filter({ hasText: 'Kommunens uppgifter' }).getByRole('status')).toHaveText(/Sparat/)
  await page.getByRole('button', { name: 'Nytt avtalsutkast för Socialnämnden' }).click()
  const admin = page.getByRole('group', { name: 'Kontaktperson för avtalet och administrativa frågor', exact: true })
  await admin.getByRole('textbox', { name: 'Namn', exact: true }).fill('Łukasz Żółć')
  await admin.getByRole('textbox', { name: 'E-post', exact: true }).fill('lukasz.zolc@goteborg.se')
  await page.getByRole('textbox', { name: 'Undertecknare 1: namn' }).fill('Åsa Öberg')
  await page.getByRole('textbox', { name: 'Undertecknare 1: titel' }).fill('Ordförande i socialnämnden')
  await page.getByRole('button', { name: 'Lägg till undertecknare' }).click()
  await page.getByRole('textbox', { name: 'Undertecknare 2: namn' }).fill('Miloš Dvořák')
  await page.getByRole('textbox', { name: 'Undertecknare 2: titel' }).fill('Förvaltningschef')
  await expectSavedAt(page)
}

async function signTyped(page: Page, name: string) {
  await page.getByRole('radio', { name: 'Skriv namnet', exact: true }).check()
  await page.getByRole('textbox', { name: 'Underskrift med text' }).fill(name)
}

test('finding 3: "signed and locked" only when every signatory has signed; before that, who is left', async ({ page }) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  await signTyped(page, 'Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByText(/Åsa Öberg undertecknade/)).toBeVisible()
  // One of two has signed: the data is locked for the round, but the agreement is not signed.
  await expect(page.getByText(/undertecknat och låst/)).toHaveCount(0)
  await expect(page.getByText(/Kvar att underteckna: Miloš Dvořák/)).toBeVisible()
  await expect(page.getByTestId('draft-status')).toHaveText('Underskrift pågår (1 av 2)')
  await expectAccessible(page, 'half-signed agreement')

  await signTyped(page, 'Miloš Dvořák')
  await page.getByRole('button', { name: 'Underteckna som Miloš Dvořák' }).click()
  await expect(page.getByTestId('lock-notice')).toContainText('Avtalet är undertecknat och låst')
  await expect(page.getByTestId('draft-status')).toHaveText('Undertecknat')
  // Opened again, a locked agreement does not promise that changes save automatically: none can be made.
  await page.reload()
  await expect(page.getByTestId('lock-notice')).toContainText('Avtalet är undertecknat och låst')
  await expect(page.getByText('Ändringar sparas automatiskt')).toHaveCount(0)
})

test('finding 4 (agreement): a typed name signs only as the signatory’s own name', async ({ page }) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  await signTyped(page, 'Kalle Anka')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByText(/Åsa Öberg undertecknade/)).toHaveCount(0)
  await expect(page.getByRole('alert')).toContainText('”Kalle Anka” är inte Åsa Öberg')
  await expectAccessible(page, 'typed name refused')
  // Case and spacing do not matter; the letters do.
  await signTyped(page, 'åsa  öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByText(/Åsa Öberg undertecknade/)).toBeVisible()
})

test('finding 5: the fingerprint is taken when the round starts, shown to each signer and printed on the verification page', async ({
  page
}) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  const shown = page.getByTestId('content-sha256')
  await expect(shown).toHaveText(/^[0-9a-f]{64}$/)
  const before = await shown.textContent()

  await signTyped(page, 'Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByText(/Åsa Öberg undertecknade/)).toBeVisible()
  // The second signer sees the same fingerprint, now frozen with the round.
  await expect(shown).toHaveText(before!)
  await expect(page.getByTestId('signing-fingerprint')).toContainText('togs när underskriftsomgången startade')
  await signTyped(page, 'Miloš Dvořák')
  await page.getByRole('button', { name: 'Underteckna som Miloš Dvořák' }).click()
  await expect(page.getByTestId('lock-notice')).toContainText('undertecknat och låst')

  await page.getByRole('radio', { name: /Kommunens sammanställning/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera PDF' }).click()
  const text = await pdfText(await download, 'state')
  expect(text).toContain(`SHA-256 för innehållet när underskriftsomgången startade (visades för varje undertecknare) ${before}`)
  expect(text).toContain('Underskriftsomgången startade; innehållet låstes')
  expect(text).not.toContain('före underskrift')
  expect(text).toContain('Undertecknat av Åsa Öberg (inskrivet namn)')
  expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(\+0[12]:00\)/)
})

test('finding 4 (undertaking): a typed name that is not the person’s is refused; the PDF time is Swedish time', async ({ page }) => {
  await personUnderVersionOne(page)

  await page.getByRole('link', { name: 'Underteckna på skärmen' }).click()
  await page.getByRole('checkbox', { name: /Jag har läst och förstått texten/ }).check()
  await page.getByRole('radio', { name: 'Skriv mitt namn' }).check()
  await page.getByRole('textbox', { name: /Ditt fullständiga namn/ }).fill('Kalle Anka')
  await page.getByRole('button', { name: 'Underteckna', exact: true }).click()
  await expect(page.getByText('”Kalle Anka” är inte det namn som står i registret (Åsa Öberg).')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Underteckna försäkran – Åsa Öberg' })).toBeVisible()
  await expectAccessible(page, 'undertaking typed name refused')

  await page.getByRole('textbox', { name: /Ditt fullständiga namn/ }).fill('Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna', exact: true }).click()
  await expect(page.getByTestId('person-status')).toHaveText('Undertecknad')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Spara v1/ }).click()
  const text = await pdfText(await download, 'state')
  expect(text).toContain('Skrivet namn som underskrift av Åsa Öberg, registrerad 2026-12-01 14:05 (+01:00) svensk tid')
  expect(text).not.toContain('UTC')
})

test('finding 8: a person who has signed the version in force is not asked to sign it again; signing again stays one click away', async ({
  page
}) => {
  await personUnderVersionOne(page)
  await expect(page.getByRole('heading', { level: 2, name: 'Underteckna version 1' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Datum för underskriften/ }).fill('2026-11-30')
  await page.getByRole('button', { name: 'Registrera underskrift' }).click()
  await expect(page.getByTestId('person-status')).toHaveText('Undertecknad')

  await expect(page.getByRole('heading', { level: 2, name: 'Version 1 är undertecknad' })).toBeVisible()
  await expect(page.getByTestId('sign-state')).toHaveText(
    'Undertecknad 2026-11-30. Inget mer behöver göras förrän en ny version publiceras.'
  )
  await expect(page.getByRole('heading', { name: 'Underteckna version 1' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Underteckna på skärmen' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Registrera underskrift' })).toBeHidden()
  await expectAccessible(page, 'person page, version in force signed')

  await page.getByText('Underteckna igen eller registrera en underskrift').click()
  await expect(page.getByRole('link', { name: 'Underteckna på skärmen' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Registrera underskrift' })).toBeVisible()
  await expectAccessible(page, 'person page, signing again opened')
  // The signing page says it too, before anyone signs the same version twice by mistake.
  await page.getByRole('link', { name: 'Underteckna på skärmen' }).click()
  await expect(page.getByTestId('already-signed')).toHaveText(
    'Åsa Öberg har redan undertecknat version 1 (2026-11-30). Undertecknar du igen läggs en ny underskrift till i historiken.'
  )
  await expectAccessible(page, 'signing page, already signed')
})

test('the hand-signature route: print with empty signature lines, register who signed and when with the scan', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T13:05:00Z'))
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  const hand = page.getByTestId('hand-signature')
  await expect(hand).toContainText('inte bekräftat')
  await expectAccessible(page, 'hand-signature route')

  const download = page.waitForEvent('download')
  await hand.getByRole('button', { name: 'Skriv ut för underskrift för hand (PDF)' }).click()
  const text = await pdfText(await download, 'state')
  expect(text).toContain('Åsa Öberg')
  expect(text).toContain('Utskrivet ifyllt, med tomma underskriftsrader, för underskrift för hand')
  expect(text).not.toContain('Undertecknat av')

  // A file that is not a scan is refused, and nothing is registered.
  await hand.getByLabel('Datum då Åsa Öberg skrev under för hand').fill('2026-12-01')
  let chooser = page.waitForEvent('filechooser')
  await hand.getByRole('button', { name: /Bifoga inskannad blankett/ }).click()
  await (await chooser).setFiles({ name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('inte en skanning') })
  await hand.getByRole('button', { name: 'Registrera underskrift för hand av Åsa Öberg' }).click()
  await expect(hand.getByRole('alert')).toContainText('”anteckning.txt” är inte en PDF eller en bild')
  await expectAccessible(page, 'scan refused')

  chooser = page.waitForEvent('filechooser')
  await hand.getByRole('button', { name: /Bifoga inskannad blankett/ }).click()
  await (await chooser).setFiles({ name: 'avtal-asa.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% skanning\n') })
  await hand.getByRole('button', { name: 'Registrera underskrift för hand av Åsa Öberg' }).click()
  await expect(hand.getByRole('status')).toContainText('Underskriften för hand av Åsa Öberg är registrerad')
  await expect(page.getByTestId('lock-notice')).toContainText('Kvar att underteckna: Miloš Dvořák')
  await expect(hand).toContainText('Nu registreras: Miloš Dvořák')
  await expectAccessible(page, 'one hand signature registered')
})

test('finding 6: the agreement list says what the draft says about its signing round', async ({ page }) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  await signTyped(page, 'Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByTestId('draft-status')).toHaveText('Underskrift pågår (1 av 2)')
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!
  await page.getByRole('link', { name: 'Tillbaka till alla avtal' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
  await expect(row.getByTestId('draft-stage')).toHaveText('Underskrift pågår (1 av 2)')
  await expectAccessible(page, 'agreement list with a round in progress')
})

test('finding 9: a draft that someone has signed goes only after a confirmation that says what goes with it', async ({ page }) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  await signTyped(page, 'Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByTestId('draft-status')).toHaveText('Underskrift pågår (1 av 2)')
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!
  await page.getByRole('link', { name: 'Tillbaka till alla avtal' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

  await page.getByRole('button', { name: `Ta bort ${name}` }).click()
  const confirm = page.getByRole('group', { name: `Ta bort ${name}?` })
  await expect(confirm).toContainText(
    '1 av 2 har undertecknat. Underskrifterna, versionerna och filerna i avtalspaketet tas bort med utkastet.'
  )
  await expect(row).toBeVisible()
  await expectAccessible(page, 'confirm removing a signed draft')
  await confirm.getByRole('button', { name: 'Avbryt' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(row.getByTestId('draft-stage')).toHaveText('Underskrift pågår (1 av 2)')

  await page.getByRole('button', { name: `Ta bort ${name}` }).click()
  await confirm.getByRole('button', { name: `Ja, ta bort ${name}` }).click()
  await expect(row).toHaveCount(0)
  await expect(page.getByText(`Utkastet ”${name}” togs bort.`)).toBeVisible()
  await page.getByRole('button', { name: 'Ångra' }).click()
  await expect(row.getByTestId('draft-stage')).toHaveText('Underskrift pågår (1 av 2)')
})

test('finding 10: restoring an earlier version over signatures asks first, and says the signatures go back to the history', async ({
  page
}) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  await signTyped(page, 'Åsa Öberg')
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg' }).click()
  await expect(page.getByTestId('draft-status')).toHaveText('Underskrift pågår (1 av 2)')
  const history = page.getByRole('region', { name: 'Versionshistorik' })
  const oldest = history.getByRole('button', { name: /^Återställ versionen från/ }).last()
  await expect(oldest).toBeVisible()

  await oldest.click()
  const confirm = history.getByRole('group', { name: /^Återställ versionen från .+\?$/ })
  await expect(confirm).toContainText(
    '1 av 2 har undertecknat utkastet som det är nu. Återställer du versionen gäller dess uppgifter och underskrifter i stället; utkastet som det är nu, med underskrifterna, finns kvar i historiken.'
  )
  await expectAccessible(page, 'confirm restoring over signatures')
  await confirm.getByRole('button', { name: 'Avbryt' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(page.getByTestId('draft-status')).toHaveText('Underskrift pågår (1 av 2)')

  await oldest.click()
  await confirm.getByRole('button', { name: /^Ja, återställ versionen från/ }).click()
  await expect(page.getByText(/^Versionen från .+ är återställd\./)).toBeVisible()
  await expect(page.getByTestId('draft-status')).toHaveText('Utkast')
})

test('finding 6b: a draft from an older backup, signed by its only signatory but stored as "Utkast", is "Undertecknat" in the list and in the draft', async ({
  page
}) => {
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  // Its draft "Avtal 2026" has Märta Ekström's signature and the stored status "draft".
  await (await chooser).setFiles('tests/fixtures/backup/v1-goteborg-two-boards.json')
  await page.getByRole('radio', { name: /Ersätt/ }).check()
  await page.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  const row = (draft: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: draft, exact: true }) })
  await expect(row('Avtal 2026').getByTestId('draft-stage')).toHaveText('Undertecknat')
  await expect(row('Avtal AMN').getByTestId('draft-stage')).toHaveText('Utkast')
  await row('Avtal 2026').getByRole('link', { name: 'Avtal 2026', exact: true }).click()
  await expect(page.getByTestId('lock-notice')).toContainText('Avtalet är undertecknat och låst')
  await expect(page.getByTestId('draft-status')).toHaveText('Undertecknat')
  await expectAccessible(page, 'a signed draft from an older backup')
})

test('finding 7: an agreement every signatory has signed finishes "Se till att behörig person skriver under" on the step and in the printed checklist; a new round takes it back', async ({
  page
}) => {
  await completeFirstRun(page)
  await draftWithTwoSignatories(page)
  for (const name of ['Åsa Öberg', 'Miloš Dvořák']) {
    await signTyped(page, name)
    await page.getByRole('button', { name: `Underteckna som ${name}` }).click()
  }
  await expect(page.getByTestId('draft-status')).toHaveText('Undertecknat')
  const draftUrl = page.url()

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await openBoardStep(page, /Steg 3: Teckna avtal/)
  const signer = task(page, 'Se till att behörig person skriver under')
  await expect(signer.getByTestId('task-recorded-done')).toBeVisible()
  await expect(page.getByTestId('step-status')).toContainText('2 av 7 klara')
  await expectAccessible(page, 'step 3 with a signed agreement')
  const download = page.waitForEvent('download')
  await page.locator('.breadcrumb').getByRole('link', { name: 'Socialnämnden', exact: true }).click()
  await page.getByRole('button', { name: 'Skriv ut checklistan (PDF)' }).click()
  expect(await pdfText(await download, 'signed')).toContain(
    '☑ Se till att behörig person skriver under – Klar enligt registrerade uppgifter'
  )

  // Changing the data starts a new round: nobody has signed that one yet.
  await page.goto(draftUrl)
  await page.getByRole('button', { name: 'Ändra uppgifterna (ny underskriftsomgång)' }).click()
  await expect(page.getByTestId('draft-status')).toHaveText('Utkast')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await openBoardStep(page, /Steg 3: Teckna avtal/)
  await expect(page.getByTestId('step-status')).toContainText('1 av 7 klara')
  await expect(task(page, 'Se till att behörig person skriver under').getByTestId('task-recorded-done')).toHaveCount(0)
})

/** 2026-12-01, version 1 of the undertaking published, Åsa Öberg added: her page is open. */
async function personUnderVersionOne(page: Page) {
  await page.clock.setFixedTime(new Date('2026-12-01T13:05:00Z'))
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handläggare' }).click()
  const sub = page.getByRole('navigation', { name: 'Handläggare – undersidor' })
  await sub.getByRole('link', { name: 'Försäkrans text' }).click()
  await publishFirstUndertakingVersion(page)
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
  await sub.getByRole('link', { name: 'Lägg till person' }).click()
  await page.getByRole('textbox', { name: /^Namn/ }).fill('Åsa Öberg')
  await page.getByRole('textbox', { name: /^E-post/ }).fill('asa@kommun.example')
  await page.getByRole('combobox', { name: /^Enhet/ }).fill('Försörjningsstöd Öst')
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Åsa Öberg' })).toBeVisible()
}
