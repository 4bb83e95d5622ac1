import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Download, Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'csv', 'caseworkers-sv-excel.csv')
const tmp = mkdtempSync(join(tmpdir(), 'cw-e2e-'))

async function saveDownload(download: Download): Promise<{ path: string; bytes: Buffer }> {
  const path = join(tmp, download.suggestedFilename())
  await download.saveAs(path)
  return { path, bytes: readFileSync(path) }
}

const sub = (page: Page) => page.getByRole('navigation', { name: 'Handläggare – undersidor' })

async function openPerson(page: Page, name: string) {
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('searchbox', { name: /^Sök/ }).fill(name)
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('a team lead imports an Excel file, gets people to sign, publishes a new version and exports the reports', async ({ page }) => {
  // A long journey (import, on-screen signing with its PDF, a new version, three reports): about 40 s
  // on a quiet machine, more than the default minute when another spec runs beside it.
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handläggare' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Handläggarnas försäkran' })).toBeVisible()
  await expect(page.getByText('Registret är tomt.')).toBeVisible()
  await expectAccessible(page, 'empty overview')

  // Publish the first version of the undertaking text.
  await sub(page).getByRole('link', { name: 'Försäkrans text' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Försäkrans text och versioner' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Lagrum', exact: true })).toHaveValue('socialtjänstlagen (2025:400)')
  await expect(page.getByTestId('legal-status')).toContainText('Obekräftat')
  await expect(
    page.getByText(
      'Försäkringskassans sida (uppdaterad 2025-02-15) anger 4 kap. socialtjänstlagen (2001:453). Socialtjänstlagen (2025:400) gäller från 2025-07-01.',
      { exact: true }
    )
  ).toBeVisible()
  await expectAccessible(page, 'undertaking text before the first version')
  // The reference is unconfirmed: publishing asks for an explicit confirmation with a name first.
  await page.getByRole('button', { name: 'Publicera som version 1' }).click()
  const ask = page.getByRole('group', { name: 'Publicera med obekräftat lagrum?' })
  await expect(ask).toBeVisible()
  await expect(page.getByText('Version 1 är publicerad.')).toHaveCount(0)
  await expectAccessible(page, 'confirmation before publishing with an unconfirmed reference')
  await ask.getByRole('button', { name: 'Publicera med obekräftat lagrum' }).click()
  await expect(ask.getByText('Ange ditt namn för att publicera med obekräftat lagrum.')).toBeVisible()
  await expect(page.getByText('Version 1 är publicerad.')).toHaveCount(0)
  await ask.getByRole('textbox', { name: /^Ditt namn \(sparas med versionen\)/ }).fill('Anna Admin')
  await ask.getByRole('button', { name: 'Publicera med obekräftat lagrum' }).click()
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
  await expect(page.getByRole('row', { name: /^1 / })).toContainText('Obekräftat – publicerat av Anna Admin')
  // Nothing changed since version 1: nothing to publish, and the page says why.
  await expect(page.getByRole('button', { name: 'Publicera som version 2' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Publicera som version 2' })).toHaveAccessibleDescription(
    'Texten är densamma som i version 1. Ändra texten om du vill publicera en ny version.'
  )
  await expect(page.getByTestId('publish-unchanged')).toBeVisible()
  await expectAccessible(page, 'undertaking text right after publishing, nothing to publish')

  // Import the Swedish Excel file (Windows-1252, semicolons) with two bad rows.
  await sub(page).getByRole('link', { name: 'Importera CSV' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Importera handläggare från CSV' })).toBeVisible()
  await expectAccessible(page, 'import screen')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (await chooser).setFiles(FIXTURE)
  await expect(page.getByText(/Teckenkodning: Windows-1252 \(ANSI\)\. Avgränsare: semikolon\./)).toBeVisible()
  await expect(page.getByTestId('import-counts')).toHaveText('6 rader är klara, 2 behöver rättas eller hoppas över.')
  const row6 = page.getByRole('group', { name: 'Rad 6 i filen' })
  const row8 = page.getByRole('group', { name: 'Rad 8 i filen' })
  await expect(row6.getByText('”per.persson(at)kommun.example” är inte en giltig e-postadress.')).toBeVisible()
  await expect(row8.getByText(/Startdatum ”2024-13-01” är inte ett giltigt datum/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Importera 6 personer' })).toBeDisabled()
  await expectAccessible(page, 'import preview with errors')

  await row6.getByRole('textbox', { name: 'E-post' }).fill('per.persson@kommun.example')
  await expect(row6.getByText('Klar')).toBeVisible()
  await row8.getByRole('checkbox', { name: 'Hoppa över raden' }).check()
  await expect(page.getByTestId('import-counts')).toHaveText('7 rader är klara, 0 behöver rättas eller hoppas över.')
  await expectAccessible(page, 'import preview fixed')
  await page.getByRole('button', { name: 'Importera 7 personer' }).click()
  await expect(page.getByText('7 personer importerades.')).toBeVisible()

  // The overview shows everyone as not signed, per unit.
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await expect(page.getByTestId('cw-count')).toContainText('Visar 7 av 7 personer.')
  await expect(page.getByText('7 personer behöver underteckna eller förnya försäkran.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Kontaktcenter/ }).first()).toBeVisible()
  await expect(page.getByRole('row', { name: /Željka Šimek/ })).toContainText('Ej undertecknad')
  await expect(page.getByRole('row', { name: /Mikael "Micke" Lind/ })).toBeVisible()
  await expect(page.getByText('Karin Nilsson')).toHaveCount(0)
  // Coverage per unit as bars, with the figures as a list.
  await expect(page.getByRole('img', { name: /^Stapeldiagram: andel med giltig försäkran per enhet/ })).toBeVisible()
  await page.getByText('Siffrorna i diagrammet').click()
  await expect(page.getByTestId('coverage-figures').getByRole('listitem')).toHaveText([
    'Försörjningsstöd Centrum: 0 % (0 av 2)',
    'Försörjningsstöd Nordost: 0 % (0 av 3)',
    'Kontaktcenter: 0 % (0 av 2)'
  ])
  await expectAccessible(page, 'overview with people')

  // Sign one person on screen, with a drawn signature.
  await openPerson(page, 'Åsa Öberg')
  await expect(page.getByTestId('person-status')).toHaveText('Ej undertecknad')
  await expectAccessible(page, 'person page, not signed')
  await page.getByRole('link', { name: 'Underteckna på skärmen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Underteckna försäkran – Åsa Öberg' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Försäkrans text' })).toContainText('kontaktcenter')
  await page.getByRole('button', { name: 'Underteckna', exact: true }).click()
  await expect(page.getByText('Kryssa i att du har läst texten.')).toBeVisible()
  await expectAccessible(page, 'signing screen with errors')
  await page.getByRole('checkbox', { name: /Jag har läst och förstått texten/ }).check()
  await page.getByRole('radio', { name: 'Rita min underskrift' }).check()
  const canvas = page.getByRole('img', { name: 'Ruta för att rita underskrift' })
  await expect(canvas).toBeVisible()
  const box = (await canvas.boundingBox())!
  // signature_pad loads on demand: draw until it has taken the strokes (the signing starts). The
  // heading check used to match the signing page's own heading ("Underteckna försäkran – Åsa Öberg"),
  // so a drawing the pad missed passed here and failed later (seen once in CI).
  await expect(async () => {
    await page.mouse.move(box.x + 20, box.y + 80)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + 80 + (i % 2 ? -30 : 30))
    await page.mouse.up()
    await page.getByRole('button', { name: 'Underteckna', exact: true }).click()
    const signed = page.getByRole('heading', { level: 1, name: 'Åsa Öberg', exact: true })
    await expect(signed.or(page.getByText('Skapar den undertecknade PDF:en…'))).toBeVisible({ timeout: 2000 })
  }).toPass()
  // Making the signed PDF takes a while on a loaded machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Åsa Öberg', exact: true })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('person-status')).toHaveText('Undertecknad')
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByText('Siffrorna i diagrammet').click()
  await expect(page.getByTestId('coverage-figures').getByRole('listitem').nth(1)).toHaveText('Försörjningsstöd Nordost: 33 % (1 av 3)')
  await openPerson(page, 'Åsa Öberg')
  await expect(page.getByRole('row', { name: /På skärmen/ })).toBeVisible()
  await expectAccessible(page, 'person page, signed')

  // Print a prefilled PDF for another person, then register the wet signature with the scan.
  await openPerson(page, 'Björn Ängström')
  const printed = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut för underskrift på papper (PDF)' }).click()
  const blank = await saveDownload(await printed)
  execFileSync('qpdf', ['--check', blank.path])
  const blankText = execFileSync('pdftotext', [blank.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(blankText).toContain('Björn Ängström')
  expect(blankText).toContain('Namnförtydligande')
  // Version 1 was published with the reference unconfirmed and the logging paragraph a suggestion: both marked.
  expect(blankText).toContain('[Obekräftat – inte granskat av kommunen] socialtjänstlagen (2025:400)')
  expect(blankText).toContain('[Förslag – inte granskat av kommunen] Kommunen beskriver här hur uppslag')
  expect(blankText).not.toMatch(/(?<!\] )Kommunen beskriver här hur uppslag/)
  const scanChooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Bifoga inskannad kopia (frivilligt)' }).click()
  await (await scanChooser).setFiles(blank.path)
  await expect(page.getByText(/Bifogad fil: Försäkran SSBTEK Björn Ängström v1\.pdf/)).toBeVisible()
  await expect(page.getByRole('radio', { name: 'På utskrivet papper' })).toBeChecked()
  await expectAccessible(page, 'register a paper signature')
  await page.getByRole('button', { name: 'Registrera underskrift' }).click()
  await expect(page.getByText('Underskriften är registrerad.')).toBeVisible()
  await expect(page.getByTestId('person-status')).toHaveText('Undertecknad')
  await expect(page.getByRole('row', { name: /På papper/ })).toBeVisible()

  // Publish version 2: both drop to "signed an older version".
  await sub(page).getByRole('link', { name: 'Försäkrans text' }).click()
  // The municipality confirms the reference: version 2 needs no extra confirmation.
  await page.getByRole('textbox', { name: 'Lagrum', exact: true }).fill('11 kap. socialtjänstlagen (2025:400)')
  await page.getByRole('textbox', { name: 'Ditt namn', exact: true }).fill('Karin Jurist')
  await page.getByRole('button', { name: 'Jag har kontrollerat lagrummet mot gällande lag' }).click()
  await expect(page.getByTestId('legal-status')).toContainText('Bekräftat av kommunen: Karin Jurist')
  await expect(page.getByRole('status').filter({ hasText: /Sparat/ })).toBeVisible()
  await page.getByRole('button', { name: 'Publicera som version 2' }).click()
  await expect(page.getByText('Version 2 är publicerad. Alla behöver nu underteckna den.')).toBeVisible()
  await expect(page.getByRole('row', { name: /^1 / })).toContainText('2')
  await expectAccessible(page, 'undertaking text with two versions')

  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('button', { name: 'Visa vilka' }).click()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('needs-action')
  await expect(page.getByTestId('cw-count')).toContainText('Visar 7 av 7 personer.')
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Undertecknad äldre version' })
  await expect(page.getByTestId('cw-count')).toContainText('Visar 2 av 7 personer.')
  const rows = page.getByTestId('cw-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Åsa Öberg' })).toContainText('Undertecknad äldre version')
  await expect(rows.filter({ hasText: 'Björn Ängström' })).toContainText('v1')
  await expectAccessible(page, 'overview filtered to older version')

  // Reports: CSV and PDF, downloaded and read back.
  await sub(page).getByRole('link', { name: 'Rapporter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter för granskning' })).toBeVisible()
  await expectAccessible(page, 'reports')
  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera register som CSV' }).click()
  const csv = await saveDownload(await csvDownload)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const table = Papa.parse<string[]>(csv.bytes.subarray(3).toString('utf8'), { delimiter: ';', skipEmptyLines: true }).data
  expect(table[0]!.slice(0, 3)).toEqual(['Namn', 'E-post', 'Enhet'])
  const byName = new Map(table.slice(1).map((r) => [r[0], r]))
  expect(byName.size).toBe(7)
  expect(byName.get('Åsa Öberg')![7]).toBe('Undertecknad äldre version')
  expect(byName.get('Björn Ängström')![9]).toBe('1')
  expect(byName.get('Per Persson')![1]).toBe('per.persson@kommun.example')
  expect(byName.get('Željka Šimek')![7]).toBe('Ej undertecknad')
  expect(byName.has('Karin Nilsson')).toBe(false)

  const pdfDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera rapport som PDF' }).click()
  const pdf = await saveDownload(await pdfDownload)
  execFileSync('qpdf', ['--check', pdf.path])
  const pdfText = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(pdfText).toContain('Kommun: Göteborgs stad')
  expect(pdfText).toContain('Enhet: Alla enheter')
  expect(pdfText).toMatch(/Gällande version: 2, publicerad \d{4}-\d{2}-\d{2}, SHA-256 [0-9a-f]{64}/)
  expect(pdfText).toContain('Željka Šimek')
  expect(pdfText).toContain('Undertecknad äldre version')
  expect(pdfText).toContain('Raderade personer (anonymt antal): 0')

  const zipDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera alla undertecknade försäkringar (zip)' }).click()
  const zip = unzipSync(new Uint8Array((await saveDownload(await zipDownload)).bytes))
  const names = Object.keys(zip)
  expect(names).toContain('förteckning.csv')
  expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(2)
  const signedPdf = names.find((n) => n.includes('Åsa Öberg'))!
  writeFileSync(join(tmp, 'signed.pdf'), zip[signedPdf]!)
  const signedText = execFileSync('pdftotext', [join(tmp, 'signed.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(signedText).toContain('Ritad underskrift av Åsa Öberg')
  expect(signedText).toContain('[Förslag – inte granskat av kommunen] Kommunen beskriver här hur uppslag')
  expect(signedText).not.toMatch(/(?<!\] )Kommunen beskriver här hur uppslag/)
  expect(signedText).not.toContain('senast granskad')
})

test('a file without an e-mail column is refused in Swedish and nothing is stored; a person can be added, deactivated and erased', async ({
  page
}) => {
  // Import, add, remind, edit with autosave, rules, erase and a second import: longer than the default minute on a busy machine.
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await page.goto('/index.html#/handlaggare/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('Namn;Mejl;Enhet\r\nA;a@k.se;X\r\n', 'utf8') })
  await expect(page.getByRole('alert')).toContainText('Rubriken ”E-post” saknas på rad 1.')
  await expect(page.getByRole('button', { name: /^Importera \d/ })).toHaveCount(0)
  await expectAccessible(page, 'import with a missing header')

  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await expect(page.getByText('Registret är tomt.')).toBeVisible()

  await sub(page).getByRole('link', { name: 'Lägg till person' }).click()
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByText('Namn saknas.')).toBeVisible()
  await expectAccessible(page, 'add person with errors')
  await page.getByRole('textbox', { name: /^Namn/ }).fill('Łukasz Żółć')
  await page.getByRole('textbox', { name: /^E-post/ }).fill('lukasz@kommun.example')
  await page.getByRole('combobox', { name: /^Enhet/ }).fill('Försörjningsstöd Väster')
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Żółć' })).toBeVisible()
  await expect(page.getByTestId('person-status')).toHaveText('Ej undertecknad')

  // A printed reminder list (the e-mail path hands a mailto: link to the OS, which a test browser cannot follow).
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('checkbox', { name: 'Välj Łukasz Żółć' }).check()
  await expect(page.getByTestId('cw-count')).toContainText('1 valda')
  const listDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut lista över dem som ska underteckna (PDF)' }).click()
  const list = await saveDownload(await listDownload)
  execFileSync('qpdf', ['--check', list.path])
  expect(execFileSync('pdftotext', [list.path, '-'], { encoding: 'utf8' })).toContain('Łukasz Żółć')
  await expect(page.getByText('Påminnelse registrerad för 1 person.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Łukasz Żółć/ })).toContainText(/\d{4}-\d{2}-\d{2}$/)
  await expectAccessible(page, 'overview after a reminder')
  await page.getByRole('link', { name: 'Łukasz Żółć' }).click()

  // The details save as they are typed: a wrong value is shown and not saved, the rest is.
  // Only access, a change recorded in its history, keeps a button of its own.
  await expect(page.getByRole('button', { name: /^Spara/ })).toHaveText(['Spara behörighet'])
  const email = page.getByRole('textbox', { name: /^E-post/ })
  await email.fill('lukasz(at)kommun.example')
  await expect(page.getByText('”lukasz(at)kommun.example” är inte en giltig e-postadress.')).toBeVisible()
  await expect(page.locator('[data-save-state="blocked"]')).toHaveText(
    'Ändringen är inte sparad. Rätta det som är markerat, så sparas den.'
  )
  await expectAccessible(page, 'person details with an error')
  // An address Outlook may not send to is accepted with a warning.
  await email.fill('łukasz.żółć@kommun.example')
  await expect(page.getByText(/^Varning: adressen har å, ä, ö eller ett annat tecken utanför a–z före @/)).toBeVisible()
  await expect(page.locator('[data-save-state]')).toHaveText(/^Sparat \d\d:\d\d$/)
  await expectAccessible(page, 'person details with an e-mail warning')
  await page.getByRole('combobox', { name: /^Roll/ }).fill('teamledare')
  await page.getByRole('button', { name: 'Avsluta i dag' }).click()
  await expect(page.getByRole('textbox', { name: /^Slutdatum/ })).not.toHaveValue('')
  await expect(page.locator('[data-save-state]')).toHaveText(/^Sparat \d\d:\d\d$/)
  await page.reload()
  await expect(page.getByRole('textbox', { name: /^E-post/ })).toHaveValue('łukasz.żółć@kommun.example')
  await expect(page.getByRole('combobox', { name: /^Roll/ })).toHaveValue('teamledare')
  await expect(page.getByRole('textbox', { name: /^Slutdatum/ })).not.toHaveValue('')

  await expect(page.getByTestId('person-status')).toHaveText('Ej undertecknad') // the end date itself is still a working day

  // Rules: a retention period previews who would be deleted before anything is.
  await sub(page).getByRole('link', { name: 'Regler och gallring' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Regler och gallring' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Spara reglerna' })).toHaveCount(0)
  await page.getByRole('spinbutton', { name: /^Antal dagar att underteckna/ }).fill('400')
  await expect(page.getByText('Ange ett heltal mellan 0 och 365.')).toBeVisible()
  await expect(page.locator('[data-save-state="blocked"]')).toHaveText('Reglerna är inte sparade. Rätta det som är markerat, så sparas de.')
  await page.getByRole('spinbutton', { name: /^Antal dagar att underteckna/ }).fill('14')
  await page.getByRole('spinbutton', { name: /^Förnya varje/ }).fill('12')
  await expect(page.getByText('Ange ett heltal mellan 0 och 365.')).toHaveCount(0)
  await expect(page.locator('[data-save-state]').first()).toHaveText(/^Sparat \d\d:\d\d$/)
  await page.reload()
  await expect(page.getByRole('spinbutton', { name: /^Antal dagar att underteckna/ })).toHaveValue('14')
  await expect(page.getByRole('spinbutton', { name: /^Förnya varje/ })).toHaveValue('12')
  await page.getByRole('spinbutton', { name: /^Gallras efter/ }).fill('2')
  await page.getByRole('textbox', { name: /^Hänvisning till dokumenthanteringsplanen/ }).fill('DHP 4.3')
  await page.getByRole('button', { name: 'Spara och förhandsgranska' }).click()
  await expect(page.getByText('Ingenting gallras i dag.')).toBeVisible()
  await expectAccessible(page, 'rules and retention')
  await page.getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alla, även avslutade' })
  await page.getByRole('link', { name: 'Łukasz Żółć' }).click()

  await page.getByRole('textbox', { name: /^Orsak/ }).fill('Testpost, lades in av misstag')
  await page.getByRole('button', { name: 'Radera Łukasz Żółć' }).click()
  await page.getByRole('button', { name: 'Ja, radera Łukasz Żółć för alltid' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Handläggarnas försäkran' })).toBeVisible()
  await expect(page.getByText('Registret är tomt.')).toBeVisible()

  // An import with an address Outlook may not send to: imported, with the row named.
  await sub(page).getByRole('link', { name: 'Importera CSV' }).click()
  const csvChooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (
    await csvChooser
  ).setFiles({
    name: 'kiruna.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Namn;E-post;Enhet\r\nÅsa Öberg;åsa.öberg@kiruna.se;Öst\r\nBo Ek;bo.ek@kiruna.se;Öst\r\n', 'utf8')
  })
  await expect(page.getByTestId('import-counts')).toHaveText('2 rader är klara, 0 behöver rättas eller hoppas över.')
  await expect(page.getByTestId('import-warnings').getByRole('listitem')).toHaveText([/^Rad 2: åsa\.öberg@kiruna\.se\. Varning:/])
  await expectAccessible(page, 'import with an e-mail warning')
  await page.getByRole('button', { name: 'Importera 2 personer' }).click()
  await expect(page.getByText('2 personer importerades.')).toBeVisible()
})

test('10,000 caseworkers: import, dashboard and filtering work at scale (timed by npm run bench)', async ({ page }) => {
  test.setTimeout(180_000)
  await completeFirstRun(page)
  await page.goto('/index.html#/handlaggare/forsakran')
  await page.getByRole('button', { name: 'Publicera som version 1' }).click()
  await page.getByRole('textbox', { name: /^Ditt namn \(sparas med versionen\)/ }).fill('Anna Admin')
  await page.getByRole('button', { name: 'Publicera med obekräftat lagrum' }).click()
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()

  // Import 10,000 rows from a Windows-1252 Excel file.
  const lines = ['Namn;E-post;Enhet;Roll;Anställningsnummer;Startdatum']
  for (let i = 0; i < 10_000; i++)
    lines.push(`Person Öst ${i};p${i}@kommun.example;Enhet ${i % 60};${i % 10 ? 'handläggare' : 'kontaktcenter'};${100000 + i};2025-01-15`)
  const bytes = Buffer.from(lines.join('\r\n'), 'latin1')
  await sub(page).getByRole('link', { name: 'Importera CSV' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  const t0 = Date.now()
  await (await chooser).setFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: bytes })
  await expect(page.getByTestId('import-counts')).toHaveText('10 000 rader är klara, 0 behöver rättas eller hoppas över.')
  const parseMs = Date.now() - t0
  const t1 = Date.now()
  await page.getByRole('button', { name: 'Importera 10 000 personer' }).click()
  await expect(page.getByText('10 000 personer importerades.')).toBeVisible({ timeout: 30_000 })
  const storeMs = Date.now() - t1

  // 30,000 acknowledgements straight into IndexedDB (three per person).
  await page.evaluate(async () => {
    const open = indexedDB.open('anslutningsguiden')
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const read = idb.transaction(['caseworkers', 'undertakingVersions'])
    const people = await new Promise<{ id: string; name: string }[]>((r) => {
      const q = read.objectStore('caseworkers').getAll()
      q.onsuccess = () => r(q.result)
    })
    const [version] = await new Promise<{ id: string; number: number; sha256: string }[]>((r) => {
      const q = read.objectStore('undertakingVersions').getAll()
      q.onsuccess = () => r(q.result)
    })
    const tx = idb.transaction('acknowledgements', 'readwrite')
    const store = tx.objectStore('acknowledgements')
    people.forEach((p) => {
      const i = Number(p.name.split(' ').pop())
      for (let k = 0; k < 3; k++)
        store.put({
          id: `${p.id}-${k}`,
          caseworkerId: p.id,
          versionId: k === 2 && i % 4 === 0 ? version!.id : `old-${k}`,
          versionNumber: 1,
          sha256: version!.sha256,
          method: 'elsewhere',
          signedOn: '2026-01-0' + (k + 1),
          recordedAt: '2026-01-01T00:00:00Z',
          signedAt: '2026-01-01T00:00:00Z',
          attachmentIds: []
        })
    })
    await new Promise((r) => (tx.oncomplete = r))
    idb.close()
  })

  // Open the dashboard from another area. The first open after writing acknowledgements behind the
  // app's back rebuilds the per-person summaries once; the next opens read only the summaries.
  const openDashboard = async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click()
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    const started = Date.now()
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handläggare' }).click()
    await expect(page.getByTestId('cw-count')).toContainText('Visar 10 000 av 10 000 personer.')
    return Date.now() - started
  }
  const rebuildMs = await openDashboard()
  await page.getByRole('combobox', { name: 'Sortera efter' }).selectOption({ label: 'Namn' })
  await expect(page.getByRole('row', { name: /Person Öst 0 / })).toContainText('Undertecknad')
  await expect(page.getByRole('row', { name: /Person Öst 1 / })).toContainText('Undertecknad äldre version')
  const whileStoringMs = await openDashboard() // may wait for the summaries being stored in the background
  const dashboardMs = await openDashboard()
  // Virtualised: only a screenful of rows is in the DOM.
  expect(await page.getByTestId('cw-row').count()).toBeLessThan(60)
  await expectAccessible(page, 'overview with 10,000 people')

  // One keystroke to updated list, measured inside the page.
  const filterMs = await page.evaluate(async () => {
    const input = document.getElementById('cw-q') as HTMLInputElement
    const count = document.querySelector('[data-testid="cw-count"]')!
    const before = count.textContent
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const started = performance.now()
    const changed = new Promise<number>((resolve) => {
      new MutationObserver(() => {
        if (count.textContent !== before) resolve(performance.now() - started)
      }).observe(count, { childList: true, subtree: true, characterData: true })
    })
    setter.call(input, 'Person Öst 123')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    return changed
  })
  // Every word must match: "123" also matches 1123, 1230 … and employee id 100123.
  const expected = Array.from({ length: 10_000 }, (_, i) => i).filter(
    (i) => `${i}`.includes('123') || `${100000 + i}`.includes('123')
  ).length
  await expect(page.getByTestId('cw-count')).toContainText(`Visar ${expected} av 10 000 personer.`)
  await expect(page.getByRole('link', { name: 'Person Öst 123', exact: true })).toBeVisible()

  // Timings are printed for the curious; the budgets are checked by npm run bench, never here.
  console.log(
    `10k figures: parse+preview ${parseMs} ms, store ${storeMs} ms, dashboard first open after direct writes ${rebuildMs} ms, next open ${whileStoringMs} ms, dashboard open ${dashboardMs} ms, filter keystroke ${Math.round(filterMs)} ms`
  )
})
