import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { contentSecurityMeta, rendererConfig } from './renderer.vite.shared.mts'
import { startPath } from './vite.startPath.mts'

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    build: { sourcemap: false }
  },
  preload: {
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    build: { sourcemap: false }
  },
  renderer: {
    ...rendererConfig(__dirname),
    plugins: [react(), startPath(), contentSecurityMeta()]
  }
})
