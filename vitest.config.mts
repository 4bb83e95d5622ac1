import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
export default defineConfig({
  resolve: {
    alias: {
      '@renderer': resolve(root, 'src/renderer/src'),
      '@shared': resolve(root, 'src/shared'),
      '@resources': resolve(root, 'resources')
    }
  },
  test: {
    environment: 'node',
    // Any *.test.* file in the project: acceptance tests kept elsewhere are dropped in and run
    // through this config. Playwright specs are *.spec.ts and never match.
    include: ['**/*.test.{ts,tsx,mts,js,mjs}'],
    exclude: ['**/node_modules/**', 'out/**', 'out-*/**', 'out-bench/**', 'dist/**', 'reports/**', 'test-results/**'],
    // Tests that change process.env.TZ need separate processes: worker threads ignore it.
    pool: 'forks',
    testTimeout: 30_000,
    setupFiles: [resolve(root, 'tests/unit/setup.ts')]
  }
})
