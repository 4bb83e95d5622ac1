import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { rendererConfig } from '../renderer.vite.shared.mts'

// The benchmark pages are built with the app's own Vite settings, so the baseline page and the
// scenario code are measured like the app itself.
const root = resolve(import.meta.dirname, '..')
const base = rendererConfig(root)
export default defineConfig({
  ...base,
  root: resolve(root, 'bench'),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    ...base.build,
    // BENCH_PROFILE: readable function names in the CPU profiles.
    minify: process.env.BENCH_PROFILE ? false : base.build.minify,
    outDir: resolve(root, 'out-bench'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        page: resolve(root, 'bench/page/index.html'),
        baseline: resolve(root, 'bench/baseline/index.html'),
        firstViewReact: resolve(root, 'bench/first-view-react/index.html')
      }
    }
  }
})
