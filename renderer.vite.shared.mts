import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** Settings shared by the Electron build and the browser-only build so both ship the same renderer. */
export function rendererConfig(root: string) {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
  return {
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    root: resolve(root, 'src/renderer'),
    publicDir: resolve(root, 'resources/public'),
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared'),
        '@resources': resolve(root, 'resources')
      }
    },
    base: './',
    build: {
      sourcemap: false,
      minify: true,
      target: 'chrome130',
      // Chromium (Electron's and the test browser) preloads modules itself: the polyfill would only run at start.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4000
    },
    server: { fs: { allow: [root] } }
  }
}
