import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityHeaders, contentSecurityMeta, rendererConfig } from './renderer.vite.shared.mts'
import { startPath } from './vite.startPath.mts'

// Browser-only build/dev server of the renderer: `electron-vite dev --rendererOnly` still starts
// Electron, which cannot be downloaded on these machines.
const root = import.meta.dirname
const base = rendererConfig(root)
export default defineConfig({
  ...base,
  plugins: [react(), startPath(), contentSecurityMeta()],
  build: { ...base.build, outDir: resolve(root, process.env.RENDERER_OUT ?? 'out/renderer'), emptyOutDir: true },
  server: { ...base.server, port: 5173, strictPort: false },
  preview: { port: Number(process.env.E2E_PORT ?? 4173), strictPort: true, headers: contentSecurityHeaders() }
})
