// `npm run bench`: builds the app and the bench pages, runs every scenario in Chromium several
// times after a warm-up, next to a baseline measured in the same run, and prints a table
// (also written to reports/bench.json). Timings never fail anything here: see bench/check.mjs.
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startServer } from './server.mjs'
import { summarise } from './stats.mjs'
import { uiScenarios } from './ui-scenarios.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
// The headless shell is the same Blink and V8 as the full browser without the browser's own UI. The
// full Chromium, headless, builds its omnibox popup (about a hundred chrome:// scripts in another
// renderer) at every new window, which on two cores takes CPU from the page being timed; Electron has
// no such UI. CHROMIUM_PATH picks another binary (for example /usr/bin/chromium to compare).
const BROWSERS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
const executablePath = process.env.CHROMIUM_PATH ?? BROWSERS.find((b) => existsSync(b))
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

if (!process.env.BENCH_SKIP_BUILD) {
  execSync('npx electron-vite build', { stdio: 'inherit' })
  execSync('npx vite build --config bench/vite.bench.config.mts', { stdio: 'inherit' })
}

// The app is served as Electron's app:// protocol serves it: with its Content-Security-Policy header.
const csp = JSON.parse(readFileSync('src/shared/contentSecurityPolicy.json', 'utf8')).join('; ')
const { server, origin } = await startServer({ '/app/': 'out/renderer', '/bench/': 'out-bench' }, 0, {
  '/app/': { 'content-security-policy': csp }
})
const browser = await chromium.launch({ executablePath, args: ARGS })
const rows = []

const leavesOrigin = (url) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)

async function benchPage(context) {
  const page = await context.newPage()
  // The offline promise holds here too: nothing may leave the local origin.
  await context.route(leavesOrigin, (r) => r.abort())
  await page.goto(`${origin}/bench/page/index.html`)
  await page.waitForFunction(() => typeof window.bench === 'object')
  return page
}

/** Fills the context's IndexedDB with one of the bench page's data sets (`seedShell`, `seedLarge`); returns what it returned. */
async function seed(context, dataSet) {
  const page = await benchPage(context)
  try {
    return await page.evaluate((name) => window.bench[name](), dataSet)
  } finally {
    await page.close()
  }
}

/** Repeats an in-page scenario: one warm-up, then RUNS measured calls. */
async function repeat(page, name) {
  const first = await page.evaluate((n) => window.bench[n](), name)
  if (first.notBuilt) return { notBuilt: first.notBuilt }
  const samples = []
  let extra
  for (let i = 0; i < RUNS; i++) {
    const r = await page.evaluate((n) => window.bench[n](), name)
    samples.push(r.ms)
    extra = r.extra
  }
  return { ...summarise(samples), extra }
}

function record(scenario, unit, result, baseline, note) {
  console.log(`  mätt: ${scenario}`)
  rows.push({
    scenario,
    unit,
    ...(result.notBuilt ? { notBuilt: result.notBuilt } : result),
    baseline: baseline?.median ?? null,
    ratio: baseline && !result.notBuilt ? result.median / baseline.median : null,
    note
  })
}

async function heapMb(page, { gc = false } = {}) {
  const cdp = await page.context().newCDPSession(page)
  if (gc) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** The first screen is interactive: menu, heading, and nothing still loading. */
async function waitInteractive(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('nav[aria-label="Huvudmeny"]') &&
      document.querySelector('main h1') &&
      !document.querySelector('main .loading'),
    null,
    { polling: 'raf', timeout: 30_000 }
  )
}

/**
 * What the first view waited for, in ms from the navigation's start, from the page's own timing:
 * the HTML, the start-up scripts (downloaded, parsed, evaluated: the app marks `ag:script-evaluated`
 * when its entry runs), opening the database and the first read (`ag:db-*`, set by
 * db/firstView.ts), the first area's code (`ag:area-loaded`), the first paint, the DOM complete,
 * and rendering from the data to the screen painted. Marks are cheap and stay in the page.
 */
async function startTimings(page, interactiveMs) {
  const t = await page.evaluate(() => {
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('ag:'))
        .map((m) => [m.name.slice(3), m.startTime])
    )
    const nav = performance.getEntriesByType('navigation')[0]
    const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
    return {
      marks,
      html: nav?.responseEnd ?? null,
      scriptsLoaded: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null,
      fcp,
      domReady: window.__firstView?.readyAt ?? null
    }
  })
  const m = t.marks
  const span = (a, b) => (a !== undefined && b !== undefined ? b - a : null)
  // Rendering can start once the data is read AND the start-up script has run, whichever is later.
  const ready = Math.max(m['db-read-end'] ?? 0, m['script-evaluated'] ?? 0, m['area-loaded'] ?? 0)
  return {
    html: t.html,
    scripts: m['script-evaluated'] !== undefined && t.html !== null ? m['script-evaluated'] - t.html : null,
    scriptsLoaded: t.scriptsLoaded,
    dbOpen: span(m['db-open-start'], m['db-open-end']),
    dbRead: span(m['db-open-end'], m['db-read-end']),
    dataReady: m['db-read-end'] ?? null,
    areaLoaded: m['area-loaded'] ?? null,
    firstPaint: t.fcp,
    domReady: t.domReady,
    render: ready ? interactiveMs - ready : null,
    interactive: interactiveMs
  }
}

const BREAKDOWN_LABELS = {
  html: 'HTML',
  scripts: 'skript (tolka+köra)',
  dbOpen: 'öppna databasen',
  dbRead: 'första läsningen',
  areaLoaded: 'områdets kod klar',
  firstPaint: 'första målning',
  domReady: 'DOM klar',
  render: 'rendering till skärmen'
}

function medianBreakdown(list) {
  const out = {}
  for (const key of Object.keys(list[0] ?? {})) {
    const values = list.map((b) => b[key]).filter((v) => typeof v === 'number')
    out[key] = values.length ? summarise(values).median : null
  }
  return out
}

const breakdownNote = (b) =>
  Object.entries(BREAKDOWN_LABELS)
    .filter(([k]) => typeof b[k] === 'number')
    .map(([k, label]) => `${label} ${b[k].toFixed(0)}`)
    .join(' · ')

/** What the page says on its console when its first screen is interactive and on screen. */
const FIRST_VIEW_SHOWN = 'bench:first-view-shown'

/**
 * Set up in the page before its own code runs, the same for the app and the baseline; nothing of
 * the app's own code is involved:
 *  - the first screen's heading is marked for the Element Timing API the moment it is inserted (a
 *    MutationObserver callback runs before the frame is painted), so the time its frame reached
 *    the screen is known;
 *  - at every frame it checks whether the first screen is interactive (menu and heading there,
 *    nothing loading) and, once it is and has been painted, says so on the console.
 * The bench waits for that line instead of polling from outside: Playwright's waitForFunction
 * first compiles and runs Playwright's own script in the page (about 30–45 ms of the main thread
 * here), in the middle of the start being timed.
 */
function watchFirstView(shown) {
  const state = { paintedAt: null, readyAt: null }
  window.__firstView = state
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'first-view') state.paintedAt ??= e.startTime
  }).observe({ type: 'element', buffered: true })
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('main h1')
    if (!h1) return
    h1.setAttribute('elementtiming', 'first-view')
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
  const check = () => {
    const ready =
      document.querySelector('nav[aria-label="Huvudmeny"]') && document.querySelector('main h1') && !document.querySelector('main .loading')
    if (ready) state.readyAt ??= performance.now()
    if (ready && state.paintedAt !== null) console.debug(shown)
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * Interactive AND on screen: the frame at which menu and heading are there with nothing loading,
 * and the presentation of the frame that painted the heading, whichever is later. (The DOM alone
 * flatters a page with more to lay out, paint and rasterise: the app's screen reached the display
 * about 100 ms after its DOM was complete, the baseline's line of text a few ms after.)
 */
async function openAndWaitOnScreen(page, url) {
  await page.addInitScript(watchFirstView, FIRST_VIEW_SHOWN)
  const shown = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_VIEW_SHOWN, timeout: 30_000 })
  await page.goto(url, { waitUntil: 'commit' })
  await shown
  return page.evaluate(() => Math.max(window.__firstView.readyAt, window.__firstView.paintedAt))
}

/** One cold start: fresh context, data in IndexedDB (the app only), navigate, wait until the first screen is interactive and painted. */
async function coldStartOnce(url, seeded) {
  const context = await browser.newContext()
  try {
    if (seeded) {
      await seed(context, 'seedShell')
      // Intercepting requests sends each one through this process first (about 12 ms later on screen
      // here, A/B): the timed start runs without it, as the baseline's does, and is watched instead.
      await context.unroute(leavesOrigin)
    }
    const offline = []
    context.on('request', (r) => leavesOrigin(new URL(r.url())) && offline.push(r.url()))
    const page = await context.newPage()
    const scripts = []
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r)
    })
    const ms = await openAndWaitOnScreen(page, url)
    if (offline.length) throw new Error(`Kallstarten begärde något utanför ${origin}: ${offline.join(', ')}`)
    let gz = 0
    for (const r of [...scripts]) gz += gzipSync(await r.body()).byteLength
    return { ms, gz, breakdown: await startTimings(page, ms), heap: await heapMb(page) }
  } finally {
    await context.close()
  }
}

/** The first screen's DOM (under #root) as a tree the 1c page renders with React: text, or [tag, attributes, children]. Runs in the page. */
function savedTree() {
  const keep = (node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE
  const save = (node) =>
    node.nodeType === Node.TEXT_NODE
      ? node.data
      : [
          node.localName,
          Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
          [...node.childNodes].filter(keep).map(save)
        ]
  return [...document.getElementById('root').childNodes].filter(keep).map(save)
}

/** What must be equal for row 1c to show the same screen as the app: every element, in order, and the text. Runs in the page. */
function screenOf() {
  const root = document.getElementById('root')
  return { tags: [...root.querySelectorAll('*')].map((e) => e.localName).join(' '), text: root.textContent }
}

/**
 * The app's first screen, as it was rendered, saved twice (in out-bench/):
 *  - 1b: as a page of plain HTML with the app's CSS and no script. Timed next to the app and the
 *    baseline, it shows what laying out, painting and rasterising that screen costs by itself: the
 *    floor for any page that shows it, whatever its script does.
 *  - 1c: as a tree (JSON in first-view-react/screen.html) that a page with React and nothing else
 *    (bench/first-view-react) renders as the app does, with the app's CSS: what the screen costs
 *    with React, without the app's own start (database, modules, components). Between the two, and
 *    the app, the bench shows where a start-up goes.
 */
async function snapshotFirstView() {
  const context = await browser.newContext()
  try {
    await seed(context, 'seedShell')
    const page = await context.newPage()
    await page.goto(`${origin}/app/index.html`)
    await waitInteractive(page)
    const { root, css } = await page.evaluate(() => ({
      root: document.getElementById('root').outerHTML,
      css: [...document.styleSheets]
        .map((s) => s.href)
        .filter(Boolean)
        .map((h) => new URL(h).pathname)
    }))
    const tree = await page.evaluate(savedTree)
    const screen = await page.evaluate(screenOf)
    mkdirSync('out-bench/static-first-view', { recursive: true })
    const links = css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')
    writeFileSync(
      'out-bench/static-first-view/index.html',
      `<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Första vyn utan skript</title>${links}</head><body>${root}</body></html>`
    )
    // The built 1c page with the app's CSS, and the tree as a JSON data block in the page (not a request of its own).
    const built = readFileSync('out-bench/first-view-react/index.html', 'utf8')
    const json = JSON.stringify(tree).replaceAll('</', '<\\/')
    if (!built.includes('</head>') || !built.includes('<div id="root"></div>'))
      throw new Error('out-bench/first-view-react/index.html saknar </head> eller #root')
    writeFileSync(
      'out-bench/first-view-react/screen.html',
      built
        .replace('</head>', () => `${links}</head>`)
        .replace(
          '<div id="root"></div>',
          () => `<div id="root"></div><script type="application/json" id="first-view-tree">${json}</script>`
        )
    )
    const reactUrl = `${origin}/bench/first-view-react/screen.html`
    const check = await page.context().newPage()
    await check.goto(reactUrl)
    await waitInteractive(check)
    const drawn = await check.evaluate(screenOf)
    if (drawn.tags !== screen.tags || drawn.text !== screen.text)
      throw new Error('Rad 1c ritar inte samma första vy som appen: jämför out-bench/first-view-react/screen.html med appen')
    return { staticUrl: `${origin}/bench/static-first-view/index.html`, reactUrl }
  } finally {
    await context.close()
  }
}

/**
 * Cold starts of the app, of the baseline page, of the app's first screen as plain HTML and of that
 * screen rendered by React alone, taken in turns (app, baseline, static, react, app, …) after one
 * warm-up each, so a burst of load on a shared machine hits all alike and the ratios hold.
 */
async function coldStarts(appUrl, baseUrl, { staticUrl, reactUrl }) {
  const sides = { app: [], base: [], static: [], react: [] }
  for (let i = 0; i <= RUNS; i++) {
    const app = await coldStartOnce(appUrl, true)
    const base = await coldStartOnce(baseUrl, false)
    const still = await coldStartOnce(staticUrl, false)
    // Seeded as the app's start is (a page of the bench in the same context first), though it reads
    // nothing: the difference between rows 1 and 1c is then the app's own start and nothing else.
    const react = await coldStartOnce(reactUrl, true)
    if (i > 0) {
      sides.app.push(app)
      sides.base.push(base)
      sides.static.push(still)
      sides.react.push(react)
    }
  }
  const summary = (list) => ({
    time: summarise(list.map((r) => r.ms)),
    gzipBytes: Math.max(...list.map((r) => r.gz)),
    heap: list[list.length - 1].heap,
    breakdown: medianBreakdown(list.map((r) => r.breakdown))
  })
  return { cold: summary(sides.app), coldBase: summary(sides.base), coldStatic: summary(sides.static), coldReact: summary(sides.react) }
}

/** The app's JS heap (after a garbage collection) once started, and after opening the 10 000-person dashboard. */
async function appHeap() {
  const after = { start: [], dashboard: [] }
  const n = Math.max(3, Math.ceil(RUNS / 2))
  for (let i = 0; i <= n; i++) {
    const context = await browser.newContext()
    try {
      const seeded = await seed(context, 'seedLarge')
      if (seeded.notBuilt) return { notBuilt: seeded.notBuilt }
      const page = await context.newPage()
      await page.goto(`${origin}/app/index.html`)
      await waitInteractive(page)
      const start = await heapMb(page, { gc: true })
      await page.evaluate(() => (location.hash = '#/handlaggare'))
      await page.waitForFunction(() => /av 10\s000/.test(document.querySelector('[data-testid="cw-count"]')?.textContent ?? ''), null, {
        timeout: 60_000
      })
      const dashboard = await heapMb(page, { gc: true })
      if (i > 0) {
        after.start.push(start)
        after.dashboard.push(dashboard)
      }
    } finally {
      await context.close()
    }
  }
  return { start: summarise(after.start), dashboard: summarise(after.dashboard) }
}

// BENCH_ONLY=startup (rows 1, 2 and 9), pages (rows 3–5), or a UI group (dashboard, autosave, backup)
// runs only that group.
const ONLY = process.env.BENCH_ONLY ?? null

try {
  if (!ONLY || ONLY === 'startup') {
    const { cold, coldBase, coldStatic, coldReact } = await coldStarts(
      `${origin}/app/index.html`,
      `${origin}/bench/baseline/index.html`,
      await snapshotFirstView()
    )
    record(
      '1. Kallstart till första interaktiva vy',
      'ms',
      cold.time,
      coldBase.time,
      `JS-heap ${cold.heap.toFixed(1)} MB; medianer i ms från start: ${breakdownNote(cold.breakdown)}; baslinjen: ${breakdownNote(coldBase.breakdown)}`
    )
    rows[rows.length - 1].breakdown = cold.breakdown
    rows[rows.length - 1].baselineBreakdown = coldBase.breakdown
    record(
      '1b. Samma första vy som ren HTML, utan skript',
      'ms',
      coldStatic.time,
      coldBase.time,
      'appens första vy sparad som HTML med appens CSS: vad layout, målning och rastrering av den kostar, oavsett skript'
    )
    record(
      '1c. Samma första vy ritad av React, utan appens kod',
      'ms',
      coldReact.time,
      coldBase.time,
      `appens första vy sparad som träd och ritad av React som appen ritar den, med appens CSS men utan databas, moduler och komponenter: skillnaden mot rad 1 är appens egen start; JS ${(coldReact.gzipBytes / 1024).toFixed(1)} KB gzip; medianer i ms från start: ${breakdownNote(coldReact.breakdown)}`
    )
    rows[rows.length - 1].breakdown = coldReact.breakdown
    rows.push({
      scenario: '2. Initial JS (gzip)',
      unit: 'KB',
      median: cold.gzipBytes / 1024,
      min: cold.gzipBytes / 1024,
      max: cold.gzipBytes / 1024,
      baseline: coldBase.gzipBytes / 1024,
      ratio: cold.gzipBytes / coldBase.gzipBytes
    })
    const heap = await appHeap()
    if (heap.notBuilt) record('9a. JS-heap efter start', 'MB', heap, null)
    else {
      record(
        '9a. JS-heap efter start (10 000 handläggare lagrade)',
        'MB',
        heap.start,
        null,
        'efter skräpsamling; första vyn läser inte registret'
      )
      record(
        '9b. JS-heap efter att översikten med 10 000 handläggare öppnats',
        'MB',
        heap.dashboard,
        null,
        `efter skräpsamling; ${(heap.dashboard.median - heap.start.median).toFixed(1)} MB mer än efter start`
      )
    }
  }

  if (!ONLY || ONLY === 'pages') {
    const context = await browser.newContext()
    const page = await benchPage(context)
    record('3. Eget avtal, 2 underskrifter, hash', 'ms', await repeat(page, 'agreementPdf'), await repeat(page, 'agreementPdfBaseline'))
    record(
      '4. Officiell blankett, 3 sidor, 40 fält',
      'ms',
      await repeat(page, 'officialForm'),
      await repeat(page, 'officialFormBaseline'),
      'baslinje: läs in och spara mallen oförändrad'
    )
    const imp = await repeat(page, 'caseworkerImport')
    record(
      '5. Import 10 000 handläggare (CSV)',
      'ms',
      imp,
      await repeat(page, 'caseworkerImportBaseline'),
      'baslinje: Dexie bulkPut av samma 10 000 objekt'
    )
    await context.close()
  }

  for (const s of uiScenarios) {
    if (ONLY && s.run.name !== ONLY) continue
    const result = await s.run({ browser, origin, benchPage, seed, runs: RUNS, heapMb })
    for (const r of result) record(r.scenario, r.unit ?? 'ms', r.result, r.baseline, r.note)
    console.log(`  klart: ${result.map((r) => r.scenario).join(', ')}`)
  }
} finally {
  await browser.close()
  server.close()
}

const fmt = (v) => (v === null || v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1))
const header = ['Scenario', 'Median', 'Min', 'Max', 'p95', 'Baslinje', 'Kvot', 'Enhet', 'Not']
const table = rows.map((r) =>
  r.notBuilt
    ? [r.scenario, 'not built yet', '', '', '', '', '', r.unit, r.notBuilt]
    : [
        r.scenario,
        fmt(r.median),
        fmt(r.min),
        fmt(r.max),
        fmt(r.p95),
        fmt(r.baseline),
        r.ratio ? r.ratio.toFixed(2) : '–',
        r.unit,
        r.note ?? ''
      ]
)
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => String(t[i]).length)))
const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |'
console.log('\n' + line(header))
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const t of table) console.log(line(t))

const version = browser.version?.() ?? ''
const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? '',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  chromium: version,
  browser: executablePath ?? 'Playwright',
  node: process.version,
  runs: RUNS,
  at: new Date().toISOString()
}
console.log(
  `\n${machine.cores} kärnor, ${machine.cpu}, ${machine.memoryGb} GB, Chromium ${machine.chromium} (${machine.browser}), ${RUNS} körningar per scenario efter en uppvärmning`
)
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify({ machine, rows }, null, 2))
console.log('Skrev reports/bench.json')
