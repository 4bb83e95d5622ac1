import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'

/**
 * Every screen at 1366×768 and 1920×1080, in the light and the dark theme: full-page screenshots
 * in reports/screens/<screen>-<size>-<theme>.png (kept for people to look at, not compared pixel by
 * pixel) and an axe check of each screen in both themes. The data comes from a real backup (two
 * boards, two agreement drafts, three caseworkers and a published undertaking), so tables are not empty.
 */

const OUT = resolve('reports', 'screens')
const BACKUP = resolve('tests/fixtures/backup/v1-goteborg-two-boards.json')
const CSV = join(process.cwd(), 'tests', 'fixtures', 'csv', 'caseworkers-sv-excel.csv')
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 }
] as const
const THEMES = ['light', 'dark'] as const

type Tables = {
  boards: { id: string; name: string }[]
  agreementDrafts: { id: string; boardId: string }[]
  caseworkers: { id: string; name: string }[]
}
const tables = (JSON.parse(readFileSync(BACKUP, 'utf8')) as { payload: { tables: Tables } }).payload.tables
const board = tables.boards.find((b) => b.name === 'Socialnämnden Nordost')!
const draft = tables.agreementDrafts.find((d) => d.boardId === board.id)!
const person = tables.caseworkers.find((c) => c.name === 'Åsa Öberg')!
const STEPS = ['stam-av', 'fatta-beslut', 'teckna-avtal', 'for-dialog', 'stall-krav']

/** Screen name → the hash route and the level-1 heading that shows it has rendered. */
const SCREENS: { name: string; hash: string; heading: string | RegExp }[] = [
  { name: 'anslutning', hash: 'anslutning', heading: 'Anslutning' },
  { name: 'anslutning-namnd', hash: `anslutning/${board.id}`, heading: board.name },
  ...STEPS.map((step, i) => ({
    name: `anslutning-steg-${i + 1}`,
    hash: `anslutning/${board.id}/${step}`,
    heading: new RegExp(`^Steg ${i + 1}:`)
  })),
  { name: 'avtal', hash: 'avtal', heading: /./ },
  { name: 'avtal-utkast', hash: `avtal/utkast/${draft.id}`, heading: /./ },
  { name: 'avtal-paket', hash: `avtal/paket/${draft.id}`, heading: /./ },
  { name: 'handlaggare', hash: 'handlaggare', heading: 'Handläggarnas försäkran' },
  { name: 'handlaggare-ny', hash: 'handlaggare/ny', heading: 'Lägg till person' },
  { name: 'handlaggare-import', hash: 'handlaggare/import', heading: 'Importera handläggare från CSV' },
  { name: 'handlaggare-forsakran', hash: 'handlaggare/forsakran', heading: 'Försäkrans text och versioner' },
  { name: 'handlaggare-formular-ut', hash: 'handlaggare/formular-ut', heading: /./ },
  { name: 'handlaggare-formular-in', hash: 'handlaggare/formular-in', heading: /./ },
  { name: 'handlaggare-rapporter', hash: 'handlaggare/rapporter', heading: /./ },
  { name: 'handlaggare-regler', hash: 'handlaggare/regler', heading: /./ },
  { name: 'handlaggare-person', hash: `handlaggare/person/${person.id}`, heading: person.name },
  { name: 'handlaggare-signera', hash: `handlaggare/signera/${person.id}`, heading: /./ },
  { name: 'sakerhetskopiering', hash: 'sakerhetskopiering', heading: 'Säkerhetskopiering' },
  { name: 'innehall', hash: 'innehall', heading: /./ },
  { name: 'innehall-checklista', hash: 'innehall/checklista', heading: /./ },
  { name: 'innehall-regler', hash: 'innehall/regler', heading: /./ },
  { name: 'innehall-paket', hash: 'innehall/paket', heading: /./ },
  { name: 'installningar', hash: 'installningar', heading: 'Inställningar' }
]

async function shoot(page: Page, name: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme })
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height })
      // Two frames after the resize, so sticky table headers are painted where they belong.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
      await page.screenshot({ path: join(OUT, `${name}-${size.name}-${theme}.png`), fullPage: true, animations: 'disabled' })
    }
    await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height })
    await expectAccessible(page, `${name} (${theme})`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

async function seed(page: Page): Promise<void> {
  await completeFirstRun(page)
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetskopiering' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  await (await chooser).setFiles(BACKUP)
  await page.getByRole('radio', { name: /Ersätt/ }).check()
  await page.getByRole('button', { name: 'Läs in säkerhetskopian' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Säkerhetskopian är inläst' })).toBeVisible()
  // More people than the backup has, so the register's table scrolls and sorts.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handläggare' }).click()
  await page.getByRole('navigation', { name: 'Handläggare – undersidor' }).getByRole('link', { name: 'Importera CSV' }).click()
  const csv = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (await csv).setFiles(CSV)
  for (const line of [6, 8])
    await page
      .getByRole('group', { name: `Rad ${line} i filen` })
      .getByRole('checkbox', { name: 'Hoppa över raden' })
      .check()
  await page.getByRole('button', { name: /^Importera \d+ personer$/ }).click()
  await expect(page.getByText(/personer importerades\./)).toBeVisible()
}

/** One test per group of areas, each on its own seeded data, so two workers share the work. */
const GROUPS: [string, (name: string) => boolean][] = [
  ['Anslutning', (n) => n.startsWith('anslutning')],
  ['Handläggare', (n) => n.startsWith('handlaggare')],
  ['Avtal, Säkerhetskopiering, Innehåll och källor, Inställningar', (n) => !n.startsWith('anslutning') && !n.startsWith('handlaggare')]
]

test('the first-run screen at two sizes in the light and the dark theme: screenshots and zero axe violations', async ({ page }) => {
  test.setTimeout(180_000)
  mkdirSync(OUT, { recursive: true })
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height })
  await page.goto('/index.html')
  await expect(page.getByRole('heading', { name: 'Välkommen till Anslutningsguiden' })).toBeVisible()
  await shoot(page, 'forsta-start')
})

for (const [group, inGroup] of GROUPS) {
  test(`${group}: every screen at two sizes in the light and the dark theme, screenshots and zero axe violations`, async ({ page }) => {
    test.setTimeout(1_200_000)
    mkdirSync(OUT, { recursive: true })
    await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height })
    await seed(page)
    for (const screen of SCREENS.filter((s) => inGroup(s.name))) {
      await test.step(screen.name, async () => {
        await page.evaluate((hash) => (location.hash = `#/${hash}`), screen.hash)
        await expect(page.getByRole('heading', { level: 1, name: screen.heading }).first()).toBeVisible()
        await expect(page.locator('.loading')).toHaveCount(0)
        await shoot(page, screen.name)
      })
    }
  })
}

test('the people table sorts by a column header with the keyboard, and no status text is cut off at 1366 px', async ({ page }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await seed(page)
  await page.getByRole('navigation', { name: 'Handläggare – undersidor' }).getByRole('link', { name: 'Översikt' }).click()
  const table = page.getByRole('region', { name: 'Personer och deras status' })
  const rows = table.getByTestId('cw-row')
  await expect(rows.first()).toBeVisible()

  // Sorted by status at first; the name header sorts by name, a second press reverses it.
  const nameHeader = table.getByRole('columnheader', { name: 'Namn' })
  await expect(table.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none')
  await nameHeader.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  const names = async () => (await rows.locator('td:nth-child(2)').allInnerTexts()).map((n) => n.trim())
  const ascending = await names()
  expect(ascending.length).toBeGreaterThan(3)
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'sv')))
  await page.keyboard.press('Space')
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  expect(await names()).toEqual([...ascending].reverse())
  await expectAccessible(page, 'people table sorted by name, descending')

  // Every cell of the status, reason and last-signed columns shows all its text.
  for (const column of [5, 6, 7]) {
    const cells = rows.locator(`td:nth-child(${column})`)
    const overflowing = await cells.evaluateAll((els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1))
        .map((el) => el.textContent)
    )
    expect(overflowing, `column ${column}`).toEqual([])
  }
})
