import { readFileSync } from 'node:fs'
import { completeFirstRun, expect, expectAccessible, test } from './fixtures'
import { CRASH_PROBE_KEY } from '../../src/renderer/src/app/CrashProbe'

test('first run asks for municipality and board, and remembers them after a reload', async ({ page }) => {
  await page.goto('/index.html')
  await expect(page.getByRole('heading', { name: 'Välkommen till Anslutningsguiden' })).toBeVisible()
  await expectAccessible(page, 'first-run screen')

  // Nothing chosen: clear Swedish messages beside the fields, nothing stored.
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByText('Välj en kommun i listan.')).toBeVisible()
  await expect(page.getByText('Ange vilken nämnd som är part.')).toBeVisible()
  await expectAccessible(page, 'first-run screen with errors')

  await page.getByRole('combobox', { name: /^Kommun/ }).fill('Ingenstans')
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByText('Välj en kommun i listan.')).toBeVisible()

  await page.getByRole('combobox', { name: /^Kommun/ }).fill('Göteborg')
  await expect(page.getByText('Göteborg, kommunkod 1480')).toBeVisible()
  await expect(page.getByRole('textbox', { name: /officiella namn/ })).toHaveValue('Göteborgs stad')
  await page.getByRole('combobox', { name: /Nämnd/ }).fill('Socialnämnden')
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByText('Göteborgs stad')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible()
  await expect(page.getByText('Göteborgs stad')).toBeVisible()
})

test('every area of the shell is reachable and accessible', async ({ page }) => {
  await completeFirstRun(page)
  for (const name of ['Anslutning', 'Avtal', 'Handläggare', 'Säkerhetskopiering', 'Inställningar']) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click()
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await expectAccessible(page, `area ${name}`)
  }
})

test('Inställningar shows whether storage is persistent', async ({ page }) => {
  await completeFirstRun(page)
  await page.getByRole('link', { name: 'Inställningar' }).click()
  const state = page.getByTestId('persist-state')
  await expect(state).not.toHaveAttribute('data-state', 'loading')
  await expect(state).toContainText(/lagring/i)
  await expectAccessible(page, 'Inställningar')
})

test('a render error shows the error screen, not a blank window', async ({ page }) => {
  await completeFirstRun(page)
  await page.evaluate((key) => sessionStorage.setItem(key, '1'), CRASH_PROBE_KEY)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('Något gick fel')
  await expect(page.getByRole('button', { name: 'Ladda om appen' })).toBeVisible()
  // The shell around the broken screen is still there.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible()
  await expectAccessible(page, 'error screen')
})

test('first run: a message goes as soon as its field is put right', async ({ page }) => {
  await page.goto('/index.html')
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByText('Välj en kommun i listan.')).toBeVisible()
  await expect(page.getByText('Ange vilken nämnd som är part.')).toBeVisible()

  await page.getByRole('combobox', { name: /^Kommun/ }).fill('Kiruna')
  await expect(page.getByText('Kiruna, kommunkod 2584')).toBeVisible()
  await expect(page.getByText('Välj en kommun i listan.')).toHaveCount(0)
  await expect(page.getByText('Ange kommunens officiella namn.')).toHaveCount(0)
  // The board is still empty, so its message stays.
  await expect(page.getByText('Ange vilken nämnd som är part.')).toBeVisible()

  // Emptying the official name by hand brings its message back while the form has been tried.
  await page.getByRole('textbox', { name: /officiella namn/ }).fill('')
  await expect(page.getByText('Ange kommunens officiella namn.')).toBeVisible()
})

test('the page names its own icon, so the browser asks for no /favicon.ico that does not exist', async ({ page }) => {
  // Headless Chromium does not report its favicon request to Playwright, so check the declaration:
  // without a <link rel="icon">, a browser falls back to /favicon.ico and gets a 404.
  await page.goto('/index.html')
  const href = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(href).toBeTruthy()
  const status = await page.evaluate(async (url) => (await fetch(url)).status, href!)
  expect(status).toBe(200)
})

test('the first screen starts from three scripts (and the bundler’s runtime), not a score of small chunks', async ({ page }) => {
  await completeFirstRun(page)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace(/.*\//, ''))
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: /Nämnder och steg/ })).toBeVisible()
  // Both shown at once without loading more code: the board list and the sidebar are in the
  // start-up chunk, React in one of its own (compiled alongside), and the small boot chunk only
  // reads their data early.
  expect(scripts.filter((s) => !s.startsWith('rolldown-runtime')).sort()).toEqual([
    expect.stringMatching(/^boot-.*\.js$/),
    expect.stringMatching(/^index-.*\.js$/),
    expect.stringMatching(/^react-.*\.js$/)
  ])
})

test('the policy comes as a header, and its <meta> copy only after the start-up files, so the browser fetches them at once', async ({
  page
}) => {
  const response = await page.goto('/index.html')
  const directives = JSON.parse(readFileSync('src/shared/contentSecurityPolicy.json', 'utf8')) as string[]
  expect(response!.headers()['content-security-policy']).toBe(directives.join('; '))
  // Chromium's preload scanner stops at a CSP <meta>: whatever comes after it in the file is
  // requested only when the parser gets there. (The file as served: the app adds links later.)
  const html = await response!.text()
  const tags = [...html.matchAll(/<(script|link|meta)\b[^>]*>/g)].map((m) =>
    m[0].includes('Content-Security-Policy') ? 'csp' : m[1] === 'meta' ? 'meta' : m[1]
  )
  expect(tags.filter((t) => t === 'csp')).toHaveLength(1)
  expect(tags.lastIndexOf('script')).toBeLessThan(tags.indexOf('csp'))
  expect(tags.lastIndexOf('link')).toBeLessThan(tags.indexOf('csp'))
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toBe(directives.filter((d) => !d.startsWith('frame-ancestors')).join('; '))
})

test('the first screen’s data is read while the start-up script is still on its way', async ({ page }) => {
  await completeFirstRun(page)
  const START_CHUNK = /\/assets\/index-[^/]*\.js$/
  // A slow disk or a busy machine, made certain: the big start-up chunk arrives 800 ms late.
  await page.route(START_CHUNK, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Socialnämnden' })).toBeVisible()
  const at = await page.evaluate((pattern) => {
    const chunk = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
      new RegExp(pattern).test(new URL(r.name).pathname)
    )
    return { read: performance.getEntriesByName('ag:db-read-end')[0]?.startTime ?? null, chunkArrived: chunk?.responseStart ?? null }
  }, START_CHUNK.source)
  expect(at.read).not.toBeNull()
  expect(at.chunkArrived).not.toBeNull()
  expect(at.read!).toBeLessThan(at.chunkArrived!)
})

test('after a restart the first screen appears once, with its data: no "Laddar…" first, nothing filled in later', async ({ page }) => {
  await completeFirstRun(page)
  // Every batch of DOM changes from the first script on, numbered: what the first screen shows must
  // arrive in one batch (one React commit), and no loading text may ever be put on screen.
  await page.addInitScript(() => {
    const seen: { batch: number; loading: boolean; heading: number; boards: number; sidebar: number } = {
      batch: 0,
      loading: false,
      heading: -1,
      boards: -1,
      sidebar: -1
    }
    ;(window as unknown as { firstScreen: typeof seen }).firstScreen = seen
    const firstBatch = (key: 'heading' | 'boards' | 'sidebar', present: boolean) => {
      if (present && seen[key] < 0) seen[key] = seen.batch
    }
    new MutationObserver(() => {
      seen.batch++
      if (document.querySelector('.loading')) seen.loading = true
      firstBatch('heading', !!document.querySelector('main h1'))
      firstBatch('boards', !!document.querySelector('main table th[scope="row"]'))
      firstBatch('sidebar', !!document.querySelector('nav.sidebar-boards li'))
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Anslutning' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Socialnämnden' })).toBeVisible()
  const seen = await page.evaluate(() => (window as unknown as { firstScreen: Record<string, number | boolean> }).firstScreen)
  expect(seen.loading).toBe(false)
  expect(seen.heading).toBeGreaterThan(0)
  expect(seen.boards).toBe(seen.heading)
  expect(seen.sidebar).toBe(seen.heading)
})
