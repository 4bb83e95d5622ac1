// Scenarios driven through the real UI of the built app: the dashboard and autosave.
import { mkdirSync, writeFileSync } from 'node:fs'
import { summarise } from './stats.mjs'

const AUTOSAVE_DEBOUNCE_MS = 300 // AUTOSAVE_DEFAULTS.delayMs in src/renderer/src/domain/drafts/autosaveScheduler.ts

async function dashboard({ browser, origin, seed, runs, heapMb }) {
  const context = await browser.newContext()
  try {
    const seeded = await seed(context, 'seedLarge')
    if (seeded.notBuilt) return [{ scenario: '6a. Översikt med 10 000 handläggare', result: { notBuilt: seeded.notBuilt } }]
    const page = await context.newPage()
    await page.goto(`${origin}/app/index.html#/installningar`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const open = []
    for (let i = 0; i <= runs; i++) {
      await page.evaluate(() => (location.hash = '#/installningar'))
      await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor()
      // From the hash change to the list showing all 10,000, measured inside the page.
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const started = performance.now()
            const done = () => /av 10\s000/.test(document.querySelector('[data-testid="cw-count"]')?.textContent ?? '')
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect()
                resolve(performance.now() - started)
              }
            })
            setTimeout(() => resolve(Number.NaN), 30_000)
            observer.observe(document.body, { childList: true, subtree: true, characterData: true })
            location.hash = '#/handlaggare'
          })
      )
      if (Number.isNaN(ms)) throw new Error('översikten visade inte 10 000 personer inom 30 s')
      if (i > 0) open.push(ms)
    }
    const heap = await heapMb(page)
    // One keystroke (an input event) to the updated count of matching people.
    const keys = []
    // Each narrows the full list, so the count always changes.
    const queries = [
      'Enhet 7',
      'Enhet 17',
      'Åström 4321',
      'handlaggare42@',
      'Åström 999',
      'Enhet 35',
      'Åström 55',
      'Åström 808',
      'Enhet 25',
      'A1055'
    ]
    for (let i = 0; i < Math.max(runs * 3, queries.length); i++) {
      const q = queries[i % queries.length]
      await page.evaluate(() => {
        const input = document.getElementById('cw-q')
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '')
        input.dispatchEvent(new Event('input', { bubbles: true }))
      })
      await page.waitForFunction(() => /10\s000 av 10\s000/.test(document.querySelector('[data-testid="cw-count"]')?.textContent ?? ''))
      keys.push(
        await page.evaluate(
          (query) =>
            new Promise((resolve) => {
              const input = document.getElementById('cw-q')
              const count = document.querySelector('[data-testid="cw-count"]')
              const before = count.textContent
              const started = performance.now()
              // Watch the whole page: the count element may be re-created rather than updated.
              const observer = new MutationObserver(() => {
                const now = document.querySelector('[data-testid="cw-count"]')
                if (now && now.textContent !== before) {
                  observer.disconnect()
                  resolve(performance.now() - started)
                }
              })
              observer.observe(document.body, { childList: true, subtree: true, characterData: true })
              setTimeout(() => resolve(Number.NaN), 30_000)
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, query)
              input.dispatchEvent(new Event('input', { bubbles: true }))
            }),
          q
        )
      )
      if (Number.isNaN(keys[keys.length - 1])) throw new Error(`filtret "${q}" uppdaterade inte listan inom 30 s`)
    }
    return [
      {
        scenario: '6a. Översikt med 10 000 handläggare, 30 000 kvittenser',
        result: summarise(open),
        note: `JS-heap ${heap.toFixed(1)} MB`
      },
      { scenario: '6b. Filter: tangent till uppdaterad lista', result: summarise(keys), note: `${keys.length} tangenttryck` }
    ]
  } finally {
    await context.close()
  }
}

async function autosave({ browser, origin, seed, runs }) {
  const context = await browser.newContext()
  try {
    await seed(context, 'seedShell')
    const page = await context.newPage()
    await page.goto(`${origin}/app/index.html#/avtal`)
    const create = page.getByRole('button', { name: /Nytt avtalsutkast/ }).first()
    try {
      await create.waitFor({ timeout: 10_000 })
    } catch {
      return [{ scenario: '7. Autospara: tangent till skrivet i IndexedDB', result: { notBuilt: 'avtalsformuläret saknas' } }]
    }
    await create.click()
    const field = page.getByRole('textbox', { name: /^Verksamhetssystem/ })
    await field.waitFor()
    await field.click()
    const samples = []
    for (let i = 0; i < Math.max(20, runs * 3); i++) {
      const marker = String.fromCharCode(97 + (i % 26))
      const ms = await page.evaluate(
        ({ marker }) =>
          new Promise((resolve, reject) => {
            const input = document.activeElement
            const open = indexedDB.open('anslutningsguiden')
            open.onerror = () => reject(open.error)
            open.onsuccess = () => {
              const idb = open.result
              const expected = input.value + marker
              const started = performance.now()
              const poll = () => {
                const req = idb.transaction('agreementDrafts').objectStore('agreementDrafts').getAll()
                req.onsuccess = () => {
                  if (req.result.some((d) => d.data?.caseSystem?.product === expected)) {
                    idb.close()
                    resolve(performance.now() - started)
                  } else setTimeout(poll, 2)
                }
              }
              // One keystroke, as the browser delivers it to React.
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, expected)
              input.dispatchEvent(new Event('input', { bubbles: true }))
              poll()
            }
          }),
        { marker }
      )
      samples.push(Math.max(0, ms - AUTOSAVE_DEBOUNCE_MS))
    }
    return [
      {
        scenario: '7. Autospara: tangent till skrivet i IndexedDB',
        result: summarise(samples),
        note: `minus ${AUTOSAVE_DEBOUNCE_MS} ms fördröjning, ${samples.length} tangenttryck`
      }
    ]
  } finally {
    await context.close()
  }
}

/** Names of the backup stages timed by domain/backup/timing.ts, as the bench table shows them. */
const STAGE_LABELS = {
  'read-tables': 'läsa tabeller',
  'derive-key': 'nyckel (PBKDF2)',
  serialise: 'serialisera',
  hash: 'SHA-256',
  compress: 'komprimera',
  encrypt: 'kryptera',
  zip: 'zip (CRC)',
  blob: 'skapa fil',
  'read-file': 'läsa filen',
  decrypt: 'dekryptera',
  inflate: 'packa upp',
  parse: 'tolka JSON',
  decode: 'avkoda poster',
  'check-shapes': 'kontrollera former',
  compare: 'jämföra',
  write: 'skriva',
  commit: 'slutföra transaktionen'
}

async function backup({ browser, benchPage, runs }) {
  const context = await browser.newContext()
  try {
    const page = await benchPage(context)
    const seeded = await page.evaluate(() => window.bench.seedLarge())
    if (seeded.notBuilt) return [{ scenario: '8a. Säkerhetskopia: export', result: { notBuilt: seeded.notBuilt } }]
    await page.evaluate(() => window.bench.seedDraftsAndPdfs())
    // BENCH_PROFILE=1: one warm-up and one measured call per row, recorded as a CPU profile in
    // reports/backup-<row>.cpuprofile (open it in Chrome's DevTools; bench/profileSummary.mjs sums it).
    const profile = !!process.env.BENCH_PROFILE
    const n = profile ? 1 : Number(process.env.BENCH_BACKUP_RUNS) || Math.max(3, Math.ceil(runs / 2))
    // JS heap during a call, sampled over CDP (the page yields to the event loop while it imports):
    // the most the heap grew above what it held after a forced garbage collection.
    const cdp = await page.context().newCDPSession(page)
    const withHeap = async (call) => {
      await cdp.send('HeapProfiler.collectGarbage')
      const base = (await cdp.send('Runtime.getHeapUsage')).usedSize
      let peak = base
      let done = false
      const poll = (async () => {
        while (!done) {
          const { usedSize } = await cdp.send('Runtime.getHeapUsage')
          if (usedSize > peak) peak = usedSize
          await new Promise((r) => setTimeout(r, 20))
        }
      })()
      try {
        return { r: await call(), heapPeakMb: (peak - base) / 1024 / 1024 }
      } finally {
        done = true
        await poll
      }
    }
    const run = async (name, ...args) => {
      const samples = []
      const extras = []
      for (let i = 0; i <= n; i++) {
        const profiling = profile && i === n
        if (profiling) {
          await cdp.send('Profiler.enable')
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
          await cdp.send('Profiler.start')
        }
        const { r, heapPeakMb } = await withHeap(() => page.evaluate(([x, a]) => window.bench[x](...a), [name, args]))
        if (profiling) {
          const { profile: p } = await cdp.send('Profiler.stop')
          mkdirSync('reports', { recursive: true })
          writeFileSync(
            `reports/backup-${name}${args.length ? '-' + args.map((a) => (a === true ? 'fresh' : 'pw')).join('-') : ''}.cpuprofile`,
            JSON.stringify(p)
          )
        }
        if (r.extra) r.extra.heapPeakMb = heapPeakMb
        if (r.notBuilt) return { notBuilt: r.notBuilt }
        if (i > 0) {
          samples.push(r.ms)
          extras.push(r.extra)
        }
      }
      return { ...summarise(samples), extra: extras.at(-1), extras }
    }
    const PASSWORD = 'korrekt häst batteri häftklammer'
    const v1 = await page.evaluate(() => window.bench.backupV1Size())
    const exp = await run('backupExport')
    const imp = await run('backupImport')
    const expPw = await run('backupExport', PASSWORD)
    const impPw = await run('backupImport', PASSWORD)
    const impFresh = await run('backupImport', PASSWORD, true)
    const size = exp.extra?.megabytes
    const sizePw = expPw.extra?.megabytes
    const v1Mb = v1.extra?.megabytes
    const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–')
    const heap = (r) => {
      const peaks = (r.extras ?? []).map((e) => e?.heapPeakMb ?? 0)
      return peaks.length ? Math.max(...peaks) : null
    }
    // Where the time goes: the median of each stage's wall time (waiting included) over the runs.
    // Stages that run side by side (hashing and encrypting beside serialising, reading ahead,
    // one table's writes beside the next table's comparison) overlap, so they can add up to more
    // than the row's time.
    const stagesNote = (r) => {
      const names = [...new Set((r.extras ?? []).flatMap((e) => Object.keys(e ?? {}).filter((k) => k.startsWith('stage:'))))]
      if (!names.length) return ''
      const parts = names.map((k) => {
        const values = r.extras.map((e) => e?.[k] ?? 0)
        return `${STAGE_LABELS[k.slice(6)] ?? k.slice(6)} ${summarise(values).median.toFixed(0)}`
      })
      return `; steg (median ms, väntan inräknad; steg som går samtidigt överlappar): ${parts.join(' · ')}`
    }
    const heapNote = (r, mb) => {
      const h = heap(r)
      return h === null ? '' : `, JS-heap under import högst +${h.toFixed(1)} MB = ${(h / mb).toFixed(2)}× filen (budget ≤ 2×)`
    }
    return [
      {
        scenario: '8a. Säkerhetskopia v2: export',
        result: exp,
        note: `10 000 handläggare, 30 000 kvittenser, 50 utkast, 20 PDF:er${size ? `, ${size.toFixed(1)} MB = ${ratio(size, v1Mb)}× v1-filen (${v1Mb?.toFixed(1)} MB; budget ≤ 0,8×)` : ''}${stagesNote(exp)}`
      },
      {
        scenario: '8b. Säkerhetskopia v2: import (ersätt)',
        result: imp,
        baseline: exp,
        note: `kvot mot exporten (budget ≤ 1,5×); samma data finns redan, oförändrade poster skrivs inte om${heapNote(imp, size)}${stagesNote(imp)}`
      },
      {
        scenario: '8c. Säkerhetskopia v2 med lösenord: export',
        result: expPw,
        note: `AES-256-GCM, PBKDF2 600 000 varv${sizePw ? `, ${sizePw.toFixed(1)} MB = ${ratio(sizePw, v1Mb)}× v1-filen` : ''}${stagesNote(expPw)}`
      },
      {
        scenario: '8d. Säkerhetskopia v2 med lösenord: import (ersätt)',
        result: impPw,
        baseline: expPw,
        note: `kvot mot exporten med lösenord${heapNote(impPw, sizePw)}${stagesNote(impPw)}`
      },
      {
        scenario: '8e. Säkerhetskopia v2 med lösenord: import i tom databas',
        result: impFresh,
        baseline: expPw,
        note: `alla poster skrivs${heapNote(impFresh, sizePw)}${stagesNote(impFresh)}`
      }
    ]
  } finally {
    await context.close()
  }
}

export const uiScenarios = [{ run: dashboard }, { run: autosave }, { run: backup }]
