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
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Tests that change process.env.TZ need separate processes: worker threads ignore it.
    pool: 'forks',
    testTimeout: 30_000,
    setupFiles: [resolve(root, 'tests/unit/setup.ts')]
  }
})
