import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, publishFirstUndertakingVersion, test } from './fixtures'

const sub = (page: Page) => page.getByRole('navigation', { name: 'Handläggare – undersidor' })

/** A local calendar day `offset` days from today, YYYY-MM-DD (the app counts in local days). */
/** A calendar day relative to today in Swedish time, the browser's time zone (the test runner's may differ). */
function day(offset: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date())
  const d = new Date(`${today}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + offset)
  return d.toISOString().slice(0, 10)
}

async function openPerson(page: Page, name: string) {
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alla, även avslutade' })
  await page.getByRole('searchbox', { name: /^Sök/ }).fill(name)
  await page.getByRole('link', { name, exact: true }).last().click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

async function registerPaperSignature(page: Page, name: string, signedOn: string) {
  await openPerson(page, name)
  await page.getByRole('textbox', { name: /^Datum för underskriften/ }).fill(signedOn)
  await page.getByRole('button', { name: 'Registrera underskrift' }).click()
  await expect(page.getByText('Underskriften är registrerad.')).toBeVisible()
}

test('the dashboard leads with people who have access but no valid undertaking; access is edited with history; culling follows a rule and is logged', async ({
  page
}) => {
  test.setTimeout(240_000)
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handläggare' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Behörighet utan giltig försäkran' })).toBeVisible()

  // Version 1 of the text; re-signing every 12 months.
  await sub(page).getByRole('link', { name: 'Försäkrans text' }).click()
  await publishFirstUndertakingVersion(page)
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
  await sub(page).getByRole('link', { name: 'Regler och gallring' }).click()
  await page.getByRole('spinbutton', { name: /^Förnya varje/ }).fill('12')
  // Saved as typed: no button, the status says when.
  await expect(page.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ })).toBeVisible()

  // People with access from the CSV import (Swedish headers, optional access columns).
  const csv = [
    'Namn;E-post;Enhet;Startdatum;Slutdatum;Behörighet från;Behörighet till',
    'Anna Giltig;anna@kommun.example;Öst;2024-01-01;;2024-01-01;',
    'Bo Utgången;bo@kommun.example;Öst;2024-01-01;;2024-01-01;',
    'Cia Saknas;cia@kommun.example;Väst;2024-01-01;;2024-02-01;',
    'Dan Utanbehörighet;dan@kommun.example;Väst;2024-01-01;;;',
    'Eva Slutat;eva@kommun.example;Väst;2020-01-01;2022-06-30;2020-01-01;2022-06-30',
    'Fia Slutat;fia@kommun.example;Väst;2020-01-01;2022-01-31;;'
  ].join('\r\n')
  await sub(page).getByRole('link', { name: 'Importera CSV' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (await chooser).setFiles({ name: 'behorighet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await expect(page.getByTestId('import-counts')).toHaveText('6 rader är klara, 0 behöver rättas eller hoppas över.')
  await page.getByRole('button', { name: 'Importera 6 personer' }).click()
  await expect(page.getByText('6 personer importerades.')).toBeVisible()

  // Anna signs today (valid); Bo signed 400 days ago (expired by the 12-month rule); Cia never; Eva before she left.
  await registerPaperSignature(page, 'Anna Giltig', day(0))
  await registerPaperSignature(page, 'Bo Utgången', day(-400))
  await registerPaperSignature(page, 'Eva Slutat', '2021-03-01')

  // The overview leads with the two who have access but no valid undertaking.
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  const panel = page.getByTestId('access-risk')
  await expect(page.locator('h1 + *')).toHaveAttribute('data-testid', 'access-risk')
  await expect(panel.getByTestId('access-risk-row')).toHaveText([/Bo Utgången/, /Cia Saknas/])
  await expect(panel.getByTestId('access-risk-count')).toHaveText('2 personer har behörighet i SSBTEK i dag men ingen giltig försäkran.')
  await expect(panel.getByRole('row', { name: /Bo Utgången/ })).toContainText('Försäkran har gått ut och ska förnyas')
  await expect(panel.getByRole('row', { name: /Cia Saknas/ })).toContainText('Försäkran saknas')
  await expect(panel.getByText('Anna Giltig')).toHaveCount(0)
  await expect(panel.getByText('Dan Utanbehörighet')).toHaveCount(0)
  await expect(panel.getByText('Eva Slutat')).toHaveCount(0)
  await expectAccessible(page, 'overview led by access without a valid undertaking')
  await panel.getByRole('button', { name: 'Visa bara dem i listan' }).click()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('access-without-undertaking')
  await expect(page.getByTestId('cw-count')).toContainText('Visar 2 av 6 personer.')
  await expect(page.getByTestId('cw-row')).toHaveText([/Cia Saknas.*Ej undertecknad/, /Bo Utgången.*Dags att förnya/])

  // Access on the person page: a bad date is refused; a change is appended to the history.
  await openPerson(page, 'Cia Saknas')
  await expect(page.getByTestId('access-current')).toHaveText('Har behörighet från 2024-02-01, tills vidare.')
  await page.getByRole('textbox', { name: /^Behörighet till/ }).fill('2024-01-15')
  await page.getByRole('button', { name: 'Spara behörighet' }).click()
  await expect(page.getByText('Behörighet till är före Behörighet från.')).toBeVisible()
  await expectAccessible(page, 'person page, access with an error')
  await page.getByRole('textbox', { name: /^Behörighet till/ }).fill(day(-1))
  await page.getByRole('button', { name: 'Spara behörighet' }).click()
  await expect(page.getByText('Behörigheten är sparad.')).toBeVisible()
  await expect(page.getByTestId('access-current')).toHaveText(`Har behörighet 2024-02-01 – ${day(-1)}.`)
  await expect(page.getByTestId('access-history').getByRole('row')).toHaveText([
    'RegistreradÄndring',
    /Behörighet från 2024-02-01, tills vidare/,
    new RegExp(`Behörighet 2024-02-01 – ${day(-1)}`)
  ])
  await expectAccessible(page, 'person page with access history')

  // Dan is given access today: he now shows on the dashboard.
  await openPerson(page, 'Dan Utanbehörighet')
  await expect(page.getByTestId('access-current')).toHaveText('Ingen registrerad behörighet.')
  await page.getByRole('checkbox', { name: 'Har behörighet i SSBTEK' }).check()
  await page.getByRole('button', { name: 'Spara behörighet' }).click()
  await expect(page.getByText('Skriv från vilken dag personen har behörighet (ÅÅÅÅ-MM-DD).')).toBeVisible()
  await page.getByRole('textbox', { name: /^Behörighet från/ }).fill(day(0))
  await page.getByRole('button', { name: 'Spara behörighet' }).click()
  await expect(page.getByText('Behörigheten är sparad.')).toBeVisible()
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await expect(page.getByTestId('access-risk-row')).toHaveText([/Bo Utgången/, /Dan Utanbehörighet/])

  // Culling by rule: the plan reference is required; the preview counts kinds; the log keeps no names.
  await sub(page).getByRole('link', { name: 'Regler och gallring' }).click()
  await expect(page.getByTestId('retention-rule')).toHaveText('Ingen gallringsregel är sparad. Inget gallras.')
  await page.getByRole('spinbutton', { name: /^Gallras efter/ }).fill('1')
  await page.getByRole('button', { name: 'Spara och förhandsgranska' }).click()
  await expect(page.getByText('Skriv vilken punkt i dokumenthanteringsplanen regeln kommer från.')).toBeVisible()
  await expectAccessible(page, 'retention rule with an error')
  await page.getByRole('radio', { name: /^både anställningen och behörigheten upphörde/ }).check()
  await page.getByRole('textbox', { name: /^Hänvisning till dokumenthanteringsplanen/ }).fill('DHP Socialnämnden 2025, punkt 4.3.2')
  await page.getByRole('button', { name: 'Spara och förhandsgranska' }).click()
  await expect(page.getByText('Gallringsregeln är sparad.')).toBeVisible()
  await expect(page.getByTestId('retention-rule')).toHaveText(
    'Gällande regel: Gallras 1 år efter att både anställningen och behörigheten upphörde (DHP Socialnämnden 2025, punkt 4.3.2).'
  )
  const preview = page.getByTestId('retention-preview')
  await expect(preview).toContainText('Personer i registret: 2')
  await expect(preview).toContainText('Undertecknade försäkringar: 1')
  await expect(page.getByRole('table', { name: 'Personer som gallras' }).getByRole('row')).toHaveText([/Namn/, /Eva Slutat/, /Fia Slutat/])
  await expectAccessible(page, 'retention preview')
  await page.getByRole('button', { name: 'Gallra 2 personer enligt regeln' }).click()
  await expect(page.getByText('2 personer gallrades. Gallringen finns i loggen.')).toBeVisible()
  await expect(page.getByTestId('retention-preview')).toHaveText('Ingenting gallras i dag.')
  const log = page.getByTestId('culling-log')
  await expect(log.getByRole('row').nth(1)).toHaveText(
    new RegExp(
      `^${day(0)}Gallring enligt regelGallras 1 år efter att både anställningen och behörigheten upphörde \\(DHP Socialnämnden 2025, punkt 4\\.3\\.2\\)210$`
    )
  )
  await expect(log).not.toContainText('Eva')
  await expect(log).not.toContainText('Fia')
  await expect(log).not.toContainText('@')
  await expectAccessible(page, 'culling log')

  // Immediate deletion only for a record registered by mistake, and only with a reason.
  await openPerson(page, 'Anna Giltig')
  await page.getByRole('button', { name: 'Radera Anna Giltig' }).click()
  await expect(page.getByText('Skriv en orsak (minst fem tecken) innan du raderar.')).toBeVisible()
  await expectAccessible(page, 'deletion by mistake without a reason')
  await page.getByRole('textbox', { name: /^Orsak/ }).fill('Anna Giltig, anna@kommun.example')
  await page.getByRole('button', { name: 'Radera Anna Giltig' }).click()
  await page.getByRole('button', { name: 'Ja, radera Anna Giltig för alltid' }).click()
  await expect(page.getByText('Orsaken får inte bara vara namn, e-postadress eller nummer.', { exact: false })).toBeVisible()
  await page.getByRole('textbox', { name: /^Orsak/ }).fill('Anna Giltig lades in två gånger av misstag')
  await page.getByRole('button', { name: 'Radera Anna Giltig' }).click()
  await page.getByRole('button', { name: 'Ja, radera Anna Giltig för alltid' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Handläggarnas försäkran' })).toBeVisible()
  await sub(page).getByRole('link', { name: 'Regler och gallring' }).click()
  await expect(log.getByRole('row').nth(2)).toHaveText(
    new RegExp(`^${day(0)}Radering, registrerad av misstag\\[borttaget\\] lades in två gånger av misstag110$`)
  )
  await expect(log).not.toContainText('Anna')
})
