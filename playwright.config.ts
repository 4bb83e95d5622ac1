import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's Chromium: Playwright's own browser download cannot reach its host on these machines.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.RENDERER_OUT ?? 'out/renderer'

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: process.env.PW_REPORTER === 'json' ? [['json', { outputFile: process.env.PW_JSON ?? 'reports/e2e.json' }], ['line']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ }
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${port} --strictPort --host 127.0.0.1`,
    env: { RENDERER_OUT: outDir },
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000
  }
})
