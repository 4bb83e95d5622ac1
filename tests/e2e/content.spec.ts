import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

const sub = (page: Page) => page.getByRole('navigation', { name: 'Innehåll – undersidor' })
const item = (page: Page, name: string) => page.getByRole('article', { name, exact: true })

async function openContent(page: Page, tab: 'Källor' | 'Checklistan' | 'Regler och lagrum' | 'Innehållspaket') {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Innehåll och källor' }).click()
  await sub(page).getByRole('link', { name: tab }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Innehåll och källor: ${tab}` })).toBeVisible()
}

test('the Källor page lists every source with its own date; statements show status and source on demand', async ({ page }) => {
  await completeFirstRun(page)
  // On the connection home, the usage rules carry their source; the legal reference is unconfirmed.
  const rules = page.getByRole('region', { name: 'Så får SSBTEK användas' })
  await rules.getByText(/^Visa reglerna/).click()
  await expect(rules.getByText('Obekräftad', { exact: true })).toBeVisible()
  await rules.locator('li details').first().locator('summary').click()
  await expect(
    rules.getByText(/Försäkringskassan: ”Avtal och anslutning inom tjänsten SSBTEK”\. Uppdaterad 2025-02-15\./).first()
  ).toBeVisible()
  await expect(page.getByText(/senast granskad/)).toHaveCount(0)
  await expectAccessible(page, 'connection home with sourced rules')

  await openContent(page, 'Källor')
  const fk = page.getByRole('row', { name: /Avtal och anslutning inom tjänsten SSBTEK/ })
  await expect(fk).toContainText('uppdaterad 2025-02-15')
  await expect(page.getByRole('row', { name: /Socialtjänstlag \(2025:400\)/ })).toContainText('gäller från 2025-07-01')
  await expect(page.getByRole('row')).toHaveCount(10) // header + 9 sources
  await expectAccessible(page, 'Källor')
})

test('a checklist task is edited, its history shown, and reset to standard; the board shows the edit', async ({ page }) => {
  await completeFirstRun(page)
  await openContent(page, 'Checklistan')
  await expectAccessible(page, 'checklist editor')
  const original = 'Spara protokollsutdraget'
  await item(page, original)
    .getByRole('button', { name: `Redigera ”${original}”` })
    .click()
  await item(page, original).getByRole('textbox', { name: 'Rubrik' }).fill('Spara protokollsutdraget i diariet')
  await item(page, original).getByRole('button', { name: 'Spara ändringen' }).click()
  // No name yet: the change is refused and nothing is saved.
  await expect(item(page, original).getByRole('alert')).toHaveText('Ange ditt namn innan du sparar en ändring.')
  await page.getByRole('textbox', { name: /^Ditt namn/ }).fill('Åsa Öberg')
  await item(page, original).getByRole('button', { name: 'Spara ändringen' }).click()
  const edited = item(page, 'Spara protokollsutdraget i diariet')
  await expect(edited.getByText(/^Ändrad av Åsa Öberg, \d{4}-\d{2}-\d{2}/)).toBeVisible()
  await edited.getByText('Historik (1 ändring)').click()
  await expect(edited.getByRole('listitem')).toHaveText([/Åsa Öberg: ändrade: ”Spara protokollsutdraget i diariet”/])
  await expectAccessible(page, 'checklist editor with an edited task')

  // The connection guide uses the municipality's content.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslutning' }).click()
  await page.getByRole('rowheader', { name: 'Socialnämnden' }).getByRole('link').click()
  await page
    .getByRole('link', { name: /Steg 2: Fatta beslut/ })
    .first()
    .click()
  const card = page.getByRole('article', { name: 'Spara protokollsutdraget i diariet' })
  await expect(card).toBeVisible()
  await expect(card.getByRole('heading', { level: 3 })).toContainText('Förslag')
  await expectAccessible(page, 'step page with an edited task')

  // Reset to standard: a new version in the history, the standard title back.
  await openContent(page, 'Checklistan')
  await item(page, 'Spara protokollsutdraget i diariet')
    .getByRole('button', { name: 'Återställ ”Spara protokollsutdraget i diariet” till standard' })
    .click()
  const reset = item(page, original)
  await expect(reset.getByText(/^Standard/)).toBeVisible()
  await reset.getByText('Historik (2 ändringar)').click()
  await expect(reset.getByRole('listitem')).toHaveText([
    /Åsa Öberg: återställde till standard/,
    /Åsa Öberg: ändrade: ”Spara protokollsutdraget i diariet”/
  ])
  await expect(reset.getByRole('button', { name: /Återställ/ })).toHaveCount(0)
})

test('content is exported, a changed pack imported, the diff shown and applied without overwriting a local edit', async ({ page }) => {
  await completeFirstRun(page)
  await openContent(page, 'Checklistan')
  await page.getByRole('textbox', { name: /^Ditt namn/ }).fill('Åsa Öberg')
  // A local edit that the pack must not silently overwrite.
  await item(page, 'Räkna på kostnaderna').getByRole('button', { name: 'Redigera ”Räkna på kostnaderna”' }).click()
  await item(page, 'Räkna på kostnaderna').getByRole('textbox', { name: 'Rubrik' }).fill('Räkna på kostnaderna (vår budget)')
  await item(page, 'Räkna på kostnaderna').getByRole('button', { name: 'Spara ändringen' }).click()
  await expect(item(page, 'Räkna på kostnaderna (vår budget)')).toBeVisible()

  await sub(page).getByRole('link', { name: 'Innehållspaket' }).click()
  await expectAccessible(page, 'content packs')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Spara innehållet i en fil' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Anslutningsguiden innehåll \d{4}-\d{2}-\d{2}\.json$/)
  const pack = JSON.parse(readFileSync((await file.path())!, 'utf8'))
  expect(pack.format).toBe('anslutningsguiden-innehall')
  expect(pack.exportedBy).toBe('Åsa Öberg')
  const kostnader = pack.items.find((i: { key: string }) => i.key === 'task:kostnader')
  expect(kostnader.value.title).toBe('Räkna på kostnaderna (vår budget)')

  // A county coordinator's pack: a changed task, a new task, and the standard title for "kostnader".
  kostnader.value.title = 'Räkna på kostnaderna'
  pack.items.find((i: { key: string }) => i.key === 'task:loggning').value.title = 'Ställ krav på loggning (länets rutin)'
  pack.items.push({
    key: 'task:lan-1',
    kind: 'task',
    value: {
      stepId: 'stall-krav',
      title: 'Länets egen uppgift',
      nextAction: 'Gör länets uppgift',
      help: { text: 'Länets rutin för uppföljning.', status: 'förslag', source: 'anslutningsguiden' },
      custom: true
    }
  })
  pack.exportedBy = 'Länssamordnaren'

  // A broken file first: a clear message, nothing changes.
  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Läs in ett innehållspaket' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'fel.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"anslutningsguiden-innehall","formatVersion":1,"items":[{"key":"rule:x"}]}')
  })
  await expect(page.getByRole('alert')).toContainText('Innehållspaketet har fel')
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats.')

  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Läs in ett innehållspaket' }).click()
  await (await chooser).setFiles({ name: 'lan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) })
  await expect(page.getByRole('heading', { name: /Skillnader mot innehållspaketet lan\.json från Länssamordnaren/ })).toBeVisible()
  const diff = page.getByRole('table', { name: 'Uppgifter som skiljer sig' })
  await expect(diff.getByRole('row')).toHaveCount(4)
  const logRow = diff.getByRole('row', { name: /Ställ krav på loggning och logguppföljning/ })
  await expect(logRow).toContainText('Ändrad')
  await expect(logRow).toContainText('Ställ krav på loggning (länets rutin)')
  await expect(diff.getByRole('row', { name: /Länets egen uppgift/ })).toContainText('Ny')
  const localRow = diff.getByRole('row', { name: /Räkna på kostnaderna \(vår budget\)/ })
  await expect(localRow).toContainText('Du har ändrat den här själv')
  await expect(localRow.getByRole('checkbox')).not.toBeChecked()
  await expect(logRow.getByRole('checkbox')).toBeChecked()
  await expectAccessible(page, 'content pack diff')
  await page.getByRole('button', { name: 'Använd 2 valda ändringar' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '2 ändringar från innehållspaketet är sparade som nya versioner.' })
  ).toBeVisible()

  await sub(page).getByRole('link', { name: 'Checklistan' }).click()
  await expect(item(page, 'Ställ krav på loggning (länets rutin)').getByText(/Från innehållspaketet lan\.json \(Åsa Öberg/)).toBeVisible()
  await expect(item(page, 'Länets egen uppgift').getByText(/Kommunens egen uppgift/)).toBeVisible()
  await expect(item(page, 'Räkna på kostnaderna (vår budget)')).toBeVisible()
})
