import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

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

/** The app's Content-Security-Policy (src/shared/contentSecurityPolicy.json) as one header value. */
export function contentSecurityPolicy({ forMeta = false } = {}): string {
  const file = resolve(import.meta.dirname, 'src/shared/contentSecurityPolicy.json')
  const directives = JSON.parse(readFileSync(file, 'utf8')) as string[]
  // A <meta> policy cannot hold frame-ancestors (the browser ignores it there, with a console error).
  return directives.filter((d) => !(forMeta && d.startsWith('frame-ancestors'))).join('; ')
}

/** The header Electron's app:// protocol sends (src/main/protocol.ts), for the preview server. (The dev
 * server cannot send it: React's refresh preamble there is an inline script, placed before the <meta>.) */
export const contentSecurityHeaders = (): Record<string, string> => ({ 'Content-Security-Policy': contentSecurityPolicy() })

/**
 * The policy also as a <meta>, for the dev server and for a copy of the build served without the
 * header. Last in <head>, after the tags the build adds there: Chromium's preload scanner stops at a
 * CSP <meta>, and start-up files below it were requested only once the parser got there (measured:
 * 8-10 ms later, the window 16 ms later). Those files are the app's own, which the policy allows.
 */
export function contentSecurityMeta(): Plugin {
  return {
    name: 'anslutningsguiden:csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ forMeta: true }) },
          injectTo: 'head'
        }
      ]
    }
  }
}
