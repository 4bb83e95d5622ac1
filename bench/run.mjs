// `npm run bench`: builds the app and the bench pages, runs every scenario in Chromium several
// times after a warm-up, next to a baseline measured in the same run, and prints a table
// (also written to reports/bench.json). Timings never fail anything here: see bench/check.mjs.
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startServer } from './server.mjs'
import { summarise } from './stats.mjs'
import { uiScenarios } from './ui-scenarios.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
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

const { server, origin } = await startServer({ '/app/': 'out/renderer', '/bench/': 'out-bench' })
const browser = await chromium.launch({ executablePath, args: ARGS })
const rows = []

async function benchPage(context) {
  const page = await context.newPage()
  // The offline promise holds here too: nothing may leave the local origin.
  await context.route(
    (url) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol),
    (r) => r.abort()
  )
  await page.goto(`${origin}/bench/page/index.html`)
  await page.waitForFunction(() => typeof window.bench === 'object')
  return page
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

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** Cold start: fresh context, data in IndexedDB, navigate, wait for the first interactive screen. */
async function coldStart(url, seed) {
  const samples = []
  const bundles = []
  let heap = 0
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext()
    if (seed) {
      const p = await benchPage(context)
      await p.evaluate(() => window.bench.seedShell())
      await p.close()
    }
    const page = await context.newPage()
    const scripts = []
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r)
    })
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(
      () =>
        document.querySelector('nav[aria-label="Huvudmeny"]') &&
        document.querySelector('main h1') &&
        !document.querySelector('main .loading'),
      null,
      { polling: 'raf', timeout: 30_000 }
    )
    const ms = await page.evaluate(() => performance.now())
    const loaded = [...scripts]
    let gz = 0
    for (const r of loaded) gz += gzipSync(await r.body()).byteLength
    if (i > 0) {
      samples.push(ms)
      bundles.push(gz)
      heap = await heapMb(page)
    }
    await context.close()
  }
  return { time: summarise(samples), gzipBytes: Math.max(...bundles), heap }
}

// BENCH_ONLY=backup (or dashboard, autosave) runs only that group of UI scenarios.
const ONLY = process.env.BENCH_ONLY ?? null

try {
  if (!ONLY) {
    const cold = await coldStart(`${origin}/app/index.html`, true)
    const coldBase = await coldStart(`${origin}/bench/baseline/index.html`, false)
    record('1. Kallstart till första interaktiva vy', 'ms', cold.time, coldBase.time, `JS-heap ${cold.heap.toFixed(1)} MB`)
    rows.push({
      scenario: '2. Initial JS (gzip)',
      unit: 'KB',
      median: cold.gzipBytes / 1024,
      min: cold.gzipBytes / 1024,
      max: cold.gzipBytes / 1024,
      baseline: coldBase.gzipBytes / 1024,
      ratio: cold.gzipBytes / coldBase.gzipBytes
    })

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
    const result = await s.run({ browser, origin, benchPage, runs: RUNS, heapMb })
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
  node: process.version,
  runs: RUNS,
  at: new Date().toISOString()
}
console.log(
  `\n${machine.cores} kärnor, ${machine.cpu}, ${machine.memoryGb} GB, Chromium ${machine.chromium}, ${RUNS} körningar per scenario efter en uppvärmning`
)
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify({ machine, rows }, null, 2))
console.log('Skrev reports/bench.json')
