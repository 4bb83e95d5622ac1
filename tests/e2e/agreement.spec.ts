import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from '@cantoo/pdf-lib'
import type { Download, Page } from '@playwright/test'
import { scribblePng } from '../unit/pdf/agreementSample'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'
import { expectSavedAt } from './boardSteps'

// Playwright runs from the project root.
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/pdf', name)

async function saveDownload(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'agreement-e2e-')), 'download.pdf')
  await download.saveAs(path)
  return path
}

function checkPdf(path: string): { text: string; fonts: string; info: string } {
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  expect(check.status, check.stdout + check.stderr).toBe(0)
  return {
    text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  }
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

/** Chooses a radio button and waits until the app shows it chosen (it re-renders meanwhile). */
async function choose(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true })
  await radio.click()
  await expect(radio).toBeChecked()
}

async function openAgreementArea(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal' })).toBeVisible()
}

async function fillProfile(page: Page) {
  const orgnr = page.getByRole('textbox', { name: 'Organisationsnummer' })
  await orgnr.fill('212000-1356')
  await orgnr.blur()
  await expect(page.getByText('Kontrollsiffran (sista siffran) stämmer inte.')).toBeVisible()
  await expectAccessible(page, 'agreement overview with an invalid organisationsnummer')
  await orgnr.fill('2120001355')
  await orgnr.blur()
  await expect(orgnr).toHaveValue('212000-1355')
  await expect(page.getByText('Kontrollsiffran (sista siffran) stämmer inte.')).toHaveCount(0)
  await page.getByRole('textbox', { name: 'Postadress (gatuadress eller box)' }).fill('Box 5043')
  const postal = page.getByRole('textbox', { name: 'Postnummer' })
  await postal.fill('4022')
  await postal.blur()
  await expect(page.getByText('Postnumret ska ha fem siffror, till exempel 405 32.')).toBeVisible()
  await postal.fill('40221')
  await postal.blur()
  await expect(postal).toHaveValue('402 21')
  await page.getByRole('textbox', { name: 'Ort' }).fill('Göteborg')
  await expect(page.locator('.card').filter({ hasText: 'Kommunens uppgifter' }).getByRole('status')).toHaveText(/Sparat/)
}

async function newDraft(page: Page) {
  await page.getByRole('button', { name: 'Nytt avtalsutkast för Socialnämnden' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutningsavtal Socialnämnden' })).toBeVisible()
}

async function fillContacts(page: Page) {
  const admin = group(page, 'Kontaktperson för avtalet och administrativa frågor')
  await admin.getByRole('textbox', { name: 'Namn', exact: true }).fill('Łukasz Żółć')
  await admin.getByRole('textbox', { name: 'Titel', exact: true }).fill('Förvaltningsstrateg')
  const email = admin.getByRole('textbox', { name: 'E-post', exact: true })
  await email.fill('lukasz@')
  await email.blur()
  await expect(admin.getByText('Skriv en giltig e-postadress, till exempel namn@kommun.se.')).toBeVisible()
  await email.fill('lukasz.zolc@goteborg.se')
  await admin.getByRole('textbox', { name: 'Telefon', exact: true }).fill('031-365 00 00')
  const tech = group(page, 'Kontaktperson för tekniska frågor')
  await tech.getByRole('textbox', { name: 'Namn', exact: true }).fill('Nguyễn Thị Minh Khai')
  await tech.getByRole('textbox', { name: 'E-post', exact: true }).fill('minh.khai@goteborg.se')
  await page.getByRole('textbox', { name: 'Verksamhetssystem' }).fill('Lifecare')
  await page.getByRole('textbox', { name: 'Leverantör' }).fill('Tietoevry')
  await page.getByRole('textbox', { name: 'Undertecknare 1: namn' }).fill('Åsa Öberg-Ärlig')
  await page.getByRole('textbox', { name: 'Undertecknare 1: titel' }).fill('Ordförande i socialnämnden')
}

test('a new user fills the profile, signs the app’s own agreement twice (drawn and typed) and exports a valid PDF', async ({ page }) => {
  await completeFirstRun(page)
  await openAgreementArea(page)
  await expectAccessible(page, 'agreement overview')
  await fillProfile(page)
  await newDraft(page)
  // Prefilled from the profile.
  await expect(page.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveValue('212000-1355')
  await expect(group(page, 'Postadress').getByRole('textbox', { name: 'Postnummer' })).toHaveValue('402 21')
  await fillContacts(page)
  await page.getByRole('button', { name: 'Lägg till undertecknare' }).click()
  await page.getByRole('textbox', { name: 'Undertecknare 2: namn' }).fill('Miloš Dvořák Szőke')
  await page.getByRole('textbox', { name: 'Undertecknare 2: titel' }).fill('Förvaltningschef')
  await expectSavedAt(page)
  await expectAccessible(page, 'agreement draft editor')

  // First signatory draws with the mouse.
  await expect(page.getByRole('heading', { name: 'Nu undertecknar: Åsa Öberg-Ärlig' })).toBeVisible()
  const canvas = page.getByRole('img', { name: 'Rityta för underskrift' })
  await expect(canvas).toHaveAttribute('data-ready', 'true')
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? -30 : 30), { steps: 3 })
  await page.mouse.up()
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg-Ärlig' }).click()
  await expect(page.getByText(/Åsa Öberg-Ärlig undertecknade/)).toBeVisible()

  // Second signatory types the name (handwriting font).
  await expect(page.getByRole('heading', { name: 'Nu undertecknar: Miloš Dvořák Szőke' })).toBeVisible()
  await choose(page, 'Skriv namnet')
  // Never prefilled: the signer types their own name.
  await expect(page.getByRole('textbox', { name: 'Underskrift med text' })).toHaveValue('')
  await page.getByRole('textbox', { name: 'Underskrift med text' }).fill('Miloš Dvořák Szőke')
  await expectAccessible(page, 'typed signature')
  await page.getByRole('button', { name: 'Underteckna som Miloš Dvořák Szőke' }).click()
  await expect(page.getByText('Alla har undertecknat. Avtalet är låst.')).toBeVisible()
  // Locked: fields are read-only until a new signature round.
  await expect(page.getByRole('textbox', { name: 'Undertecknare 1: namn' })).toHaveAttribute('readonly', '')
  await expectAccessible(page, 'signed agreement')

  // FK's form is offered first; the municipality's own summary is chosen explicitly.
  await expect(page.getByRole('radio', { name: 'Försäkringskassans blankett (det som skickas)' })).toBeChecked()
  await choose(page, 'Kommunens sammanställning – ersätter inte Försäkringskassans blankett')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera PDF' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^Anslutningsavtal SSBTEK – Göteborgs stad – Socialnämnden – \d{4}-\d{2}-\d{2}\.pdf$/)
  const path = await saveDownload(download)
  const shown = await page.getByTestId('export-sha256').textContent()
  expect(shown).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'))
  await expectAccessible(page, 'exported agreement')

  const { text, fonts, info } = checkPdf(path)
  for (const v of [
    'Göteborgs stad',
    '212000-1355',
    'Socialnämnden',
    'Box 5043',
    '402 21',
    'Łukasz Żółć',
    'lukasz.zolc@goteborg.se',
    '031-365 00 00',
    'Nguyễn Thị Minh Khai',
    'Lifecare',
    'Tietoevry',
    'Åsa Öberg-Ärlig',
    'Miloš Dvořák Szőke',
    'Underskrifternas sammanfattning'
  ])
    expect(text, v).toContain(v)
  expect(fonts).toMatch(/DejaVuSans\s.*yes\s+yes/)
  expect(fonts).not.toMatch(/\sno\s+(yes|no)\s+(yes|no)\s+\d/)
  expect(info).toMatch(/Author:\s+Göteborgs stad/)
  expect(info).toMatch(/Form:\s+none/)

  // The export is in the version history.
  await expect(page.getByRole('cell', { name: /Exporterad som/ })).toBeVisible()
})

test('the official form: map its fields once, fill and export; after a reload the mapping is remembered', async ({ page }) => {
  await completeFirstRun(page)
  await openAgreementArea(page)
  await newDraft(page)
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('212000-1355')
  await fillContacts(page)

  await choose(page, 'Försäkringskassans blankett (det som skickas)')
  // Bad files first: a clear Swedish message and nothing saved.
  for (const [name, message] of [
    ['truncated.pdf', /ofullständig/],
    ['not-a-pdf.pdf', /ingen PDF/],
    ['encrypted-password.pdf', /lösenordsskyddad/],
    ['xfa-only.pdf', /XFA-formulär/]
  ] as const) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Läs in Försäkringskassans blankett (PDF)…' }).click()
    await (await chooser).setFiles(fixture(name))
    await expect(page.getByRole('alert')).toHaveText(message)
  }
  await expectAccessible(page, 'official form refused')
  await expect(page.getByRole('combobox', { name: 'Blankett' })).toHaveCount(0)

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Läs in Försäkringskassans blankett (PDF)…' }).click()
  await (await chooser).setFiles(fixture('acroform-form.pdf'))
  await expect(page.getByRole('heading', { name: 'Koppla blankettens fält' })).toBeVisible()
  await expectAccessible(page, 'field mapping')
  // Guesses from the field names are preselected for review.
  await expect(page.getByRole('combobox', { name: 'Fylls med – postnr' })).toHaveValue('address.postalCode')
  await expect(page.getByRole('combobox', { name: 'Fylls med – villkor_lasta' })).toHaveValue('')
  const map = async (field: string, label: string) => page.getByRole('combobox', { name: `Fylls med – ${field}` }).selectOption({ label })
  await map('kommun', 'Kommun')
  await map('orgnr', 'Organisationsnummer')
  await map('namnd', 'Nämnd som är part')
  await map('avtal_namn', 'Kontaktperson för avtalet och administrativa frågor: namn')
  await map('kontakt.teknik.namn', 'Kontaktperson för tekniska frågor: namn')
  await map('underskrift', 'Undertecknare 1: underskrift')
  await map('namnfortydligande', 'Undertecknare 1: namn')
  await page.getByRole('button', { name: 'Spara kopplingen' }).click()
  await expect(page.getByText(/känns igen – kopplingen av fälten är sparad/)).toBeVisible()

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera PDF' }).click()
  const path = await saveDownload(await downloadPromise)
  const { text, info } = checkPdf(path)
  for (const v of ['Göteborgs stad', '212000-1355', 'Socialnämnden', 'Łukasz Żółć', 'Nguyễn Thị Minh Khai', 'Åsa Öberg-Ärlig'])
    expect(text, v).toContain(v)
  expect(info).toMatch(/Form:\s+none/)

  // After a reload the draft remembers the form, and the form its mapping.
  await page.reload()
  await expect(page.getByText(/Blanketten ”acroform-form.pdf” känns igen/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Koppla blankettens fält' })).toHaveCount(0)
  // A new draft that loads the same file again fills without mapping.
  await page.getByRole('link', { name: 'Tillbaka till alla avtal' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'acroform-form.pdf' })).toContainText('16 fält')
  await newDraft(page)
  await choose(page, 'Försäkringskassans blankett (det som skickas)')
  const again = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Läs in Försäkringskassans blankett (PDF)…' }).click()
  await (await again).setFiles(fixture('acroform-form.pdf'))
  await expect(page.getByText(/Blanketten ”acroform-form.pdf” känns igen/)).toBeVisible()
  await expectAccessible(page, 'remembered form')
})

test('a flat PDF: place boxes by clicking on the rendered page', async ({ page }) => {
  await completeFirstRun(page)
  await openAgreementArea(page)
  await newDraft(page)
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('212000-1355')
  await choose(page, 'Försäkringskassans blankett (det som skickas)')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Läs in Försäkringskassans blankett (PDF)…' }).click()
  await (await chooser).setFiles(fixture('flat-form.pdf'))
  await expect(page.getByRole('heading', { name: 'Placera rutor på blanketten' })).toBeVisible()
  const canvas = page.getByTestId('pdf-page')
  await expect(page.getByText('Visar sidan…')).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Uppgift att placera' }).selectOption({ label: 'Kommun' })
  const box = (await canvas.boundingBox())!
  await canvas.click({ position: { x: box.width * 0.4, y: box.height * 0.1 } })
  await page.getByRole('combobox', { name: 'Uppgift att placera' }).selectOption({ label: 'Undertecknare 1: underskrift' })
  await canvas.click({ position: { x: box.width * 0.4, y: box.height * 0.6 } })
  // Keyboard users give the position instead of clicking.
  await page.getByRole('combobox', { name: 'Uppgift att placera' }).selectOption({ label: 'Organisationsnummer' })
  await page.getByRole('spinbutton', { name: 'Avstånd från vänsterkanten (punkter)' }).fill('222')
  await page.getByRole('spinbutton', { name: 'Avstånd från nederkanten (punkter)' }).fill('730')
  await page.getByRole('button', { name: 'Placera på angiven position' }).click()
  await expect(page.getByRole('button', { name: /Ta bort rutan/ })).toHaveCount(3)
  await expectAccessible(page, 'flat PDF placement')
  await page.getByRole('button', { name: 'Spara kopplingen' }).click()
  await expect(page.getByText(/Blanketten ”flat-form.pdf” känns igen/)).toBeVisible()

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera PDF' }).click()
  const { text } = checkPdf(await saveDownload(await downloadPromise))
  expect(text).toContain('Göteborgs stad')
  expect(text).toContain('212000-1355')
})

test('drafts: copy, rename, delete with undo; the send package refuses an undertaking and records the sent date', async ({ page }) => {
  await completeFirstRun(page)
  await openAgreementArea(page)
  await newDraft(page)
  await page.getByRole('link', { name: 'Tillbaka till alla avtal' }).click()
  await page.getByRole('button', { name: 'Kopiera Anslutningsavtal Socialnämnden' }).click()
  await expect(page.getByRole('link', { name: 'Kopia av Anslutningsavtal Socialnämnden' })).toBeVisible()
  await page.getByRole('button', { name: 'Byt namn Kopia av Anslutningsavtal Socialnämnden' }).click()
  await page.getByRole('textbox', { name: 'Nytt namn' }).fill('Reservutkast')
  await page.getByRole('button', { name: 'Spara namnet' }).click()
  await expect(page.getByRole('link', { name: 'Reservutkast' })).toBeVisible()
  await page.getByRole('button', { name: 'Ta bort Reservutkast' }).click()
  await expect(page.getByRole('link', { name: 'Reservutkast' })).toHaveCount(0)
  await expectAccessible(page, 'draft removed with undo')
  await page.getByRole('button', { name: 'Ångra' }).click()
  await expect(page.getByRole('link', { name: 'Reservutkast' })).toBeVisible()
  await page.getByRole('button', { name: 'Ta bort Reservutkast' }).click()
  await expect(page.getByRole('button', { name: 'Ångra' })).toHaveCount(0, { timeout: 15_000 })
  await page.reload()
  await expect(page.getByRole('link', { name: 'Anslutningsavtal Socialnämnden' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Reservutkast' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Anslutningsavtal Socialnämnden' }).click()
  await page.getByRole('link', { name: 'Skicka avtalet till Försäkringskassan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Skicka avtalet till Försäkringskassan' })).toBeVisible()
  await expect(page.getByText('Ej bekräftad')).toBeVisible()
  await expectAccessible(page, 'send package')
  // One of the app's own undertaking PDFs is recognised by its content even under a neutral name.
  const undertaking = await PDFDocument.create()
  undertaking.addPage()
  undertaking.setKeywords(['anslutningsguiden-undertaking'])
  const chooser3 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Lägg till bilaga…' }).click()
  await (await chooser3).setFiles({ name: 'dokument.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await undertaking.save()) })
  await expect(page.getByRole('alert')).toHaveText('Påminnelse för handläggare ska inte skickas in som bilaga till Anslutningsavtalet.')
  await expect(page.getByRole('button', { name: /Ta bort från paketet/ })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Filen är en försäkran för handläggare (Påminnelse för handläggare)' }).check()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Lägg till bilaga…' }).click()
  // Choosing a new file clears the previous refusal, so the next message is the new file's.
  await expect(page.getByRole('alert')).toHaveCount(0)
  await (await chooser).setFiles(fixture('flat-form.pdf'))
  await expect(page.getByRole('alert')).toHaveText('Påminnelse för handläggare ska inte skickas in som bilaga till Anslutningsavtalet.')
  await expect(page.getByRole('button', { name: /Ta bort från paketet/ })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Filen är en försäkran för handläggare (Påminnelse för handläggare)' }).uncheck()
  const chooser2 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Lägg till bilaga…' }).click()
  await (await chooser2).setFiles(fixture('flat-form.pdf'))
  await expect(page.getByRole('button', { name: 'Ta bort från paketet flat-form.pdf' })).toBeVisible()

  await page.getByRole('textbox', { name: 'Datum då avtalet skickades' }).fill('2026-11-20')
  await page.getByRole('button', { name: 'Registrera' }).click()
  await expect(page.getByText('Registrerat: avtalet skickades 2026-11-20.', { exact: false })).toBeVisible()
  await expectAccessible(page, 'send package recorded')
})

test('an uploaded signature image: a non-image is refused, a PNG signs; a new round keeps the signed version; undrawable characters are reported before export', async ({
  page
}) => {
  await completeFirstRun(page)
  await openAgreementArea(page)
  await newDraft(page)
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('212000-1355')
  await group(page, 'Postadress').getByRole('textbox', { name: 'Postadress (gatuadress eller box)' }).fill('Box 5043')
  await group(page, 'Postadress').getByRole('textbox', { name: 'Postnummer' }).fill('402 21')
  await group(page, 'Postadress').getByRole('textbox', { name: 'Ort' }).fill('Göteborg')
  await fillContacts(page)
  // Without the place of signing the agreement cannot be signed: the message appears beside the field.
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg-Ärlig' }).click()
  await expect(page.getByText('Ett fält behöver rättas innan avtalet kan undertecknas.')).toBeVisible()
  await expect(group(page, 'Ort och datum').getByText('Ange ort för underskriften.')).toBeVisible()
  await group(page, 'Ort och datum').getByRole('textbox', { name: 'Ort' }).fill('Göteborg')

  await choose(page, 'Välj bild från datorn')
  const bad = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj bild (PNG eller JPEG)…' }).click()
  await (await bad).setFiles({ name: 'underskrift.png', mimeType: 'image/png', buffer: Buffer.from('inte en bild') })
  await expect(page.getByRole('alert')).toHaveText(
    'Filen är ingen PNG- eller JPEG-bild. Välj en bild av underskriften i formatet PNG eller JPEG.'
  )
  await expect(page.getByText('Åsa Öberg-Ärlig: inte undertecknat')).toBeVisible()
  await expectAccessible(page, 'signature image refused')
  const huge = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj bild (PNG eller JPEG)…' }).click()
  await (await huge).setFiles({ name: 'skanning.png', mimeType: 'image/png', buffer: Buffer.from(scribblePng(7000, 20)) })
  await expect(page.getByRole('alert')).toHaveText(/^Bilden är för stor/)
  await expect(page.getByText('Åsa Öberg-Ärlig: inte undertecknat')).toBeVisible()

  const good = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj bild (PNG eller JPEG)…' }).click()
  await (await good).setFiles({ name: 'underskrift.png', mimeType: 'image/png', buffer: Buffer.from(scribblePng(400, 120)) })
  await expect(page.getByRole('img', { name: 'Vald bild av underskriften' })).toBeVisible()
  await page.getByRole('button', { name: 'Underteckna som Åsa Öberg-Ärlig' }).click()
  await expect(page.getByText('Alla har undertecknat. Avtalet är låst.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Undertecknad', exact: true })).toBeVisible()

  // Changing the data needs a new signature round; the signed version stays in the history.
  await page.getByRole('button', { name: 'Ändra uppgifterna (ny underskriftsomgång)' }).click()
  const boardField = group(page, 'Part').getByRole('textbox', { name: 'Nämnd som är part' })
  await expect(boardField).not.toHaveAttribute('readonly', '')
  await boardField.fill('Socialnämnden 𓀀')
  await expect(page.getByText('Åsa Öberg-Ärlig: inte undertecknat')).toBeVisible()
  await page.getByRole('button', { name: 'Exportera PDF' }).click()
  await expect(page.getByRole('alert')).toContainText('Nämnd som är part: ”𓀀” (U+13000)')
  await expect(page.getByRole('cell', { name: 'Undertecknad', exact: true })).toBeVisible()
  await expectAccessible(page, 'undrawable characters reported')
})
