/**
 * The shell's security rules as small pure functions, so each one can be proved with hostile
 * input in unit tests. index.ts wires them into Electron (hardenSession, hardenWebContents).
 */
import type { Session, WebContents } from 'electron'
import directives from '@shared/contentSecurityPolicy.json'

export const APP_SCHEME = 'app'
export const APP_HOST = 'anslutningsguiden'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

// Sent as a header with every response of the app:// protocol (protocol.ts) and by the preview server;
// its <meta> copy comes last in <head> (renderer.vite.shared.mts), where it does not hold back the
// browser's preload scanner.
export const CONTENT_SECURITY_POLICY = directives.join('; ')

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The dev server origin is trusted only in development, and only on loopback. */
export function devServerOrigin(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || !raw) return null
  const u = parse(raw)
  if (!u || u.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null
  return u.origin
}

export function isAppUrl(url: string, devOrigin: string | null = null): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true
  return devOrigin !== null && u.origin === devOrigin
}

/** Navigation never leaves the app. In-app navigation is hash routing and never fires this. */
export function isNavigationAllowed(targetUrl: string, devOrigin: string | null = null): boolean {
  return isAppUrl(targetUrl, devOrigin)
}

/** `shell.openExternal` is only ever used to open an e-mail draft. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url)
  return u !== null && u.protocol === 'mailto:' && !/[\r\n]/.test(url)
}

/**
 * The offline promise as an allowlist: the app's own files, inline data and blobs the page made.
 * Everything else is cancelled, not only the network (http, ws, ftp) but also `file:` and `smb:`,
 * which could read the disk or reach a Windows share. DevTools' own pages load only in development.
 */
export function shouldCancelRequest(url: string, devOrigin: string | null = null, isPackaged = true): boolean {
  const u = parse(url)
  if (!u) return true
  if (devOrigin !== null && u.origin === devOrigin) return false
  if (devOrigin !== null && u.protocol === 'ws:' && devOrigin.replace(/^http/, 'ws') === u.origin) return false
  if (u.protocol === `${APP_SCHEME}:`) return u.host !== APP_HOST
  if (u.protocol === 'data:' || u.protocol === 'blob:') return false
  if (u.protocol === 'devtools:') return isPackaged
  return true
}

export function denyAllPermissions(): false {
  return false
}

/** An IPC call is answered only for the app's own top-level frame. */
export function isTrustedSender(frame: { url: string; parent?: unknown } | null | undefined, devOrigin: string | null = null): boolean {
  if (!frame || frame.parent) return false
  return isAppUrl(frame.url, devOrigin)
}

export type WindowOpenDecision = { action: 'deny' }

/** New windows are never created; a mailto: link becomes an e-mail draft instead. */
export function decideWindowOpen(url: string, openExternal: (url: string) => void): WindowOpenDecision {
  if (isSafeExternalUrl(url)) openExternal(url)
  return { action: 'deny' }
}

export function hardenWebContents(contents: WebContents, devOrigin: string | null, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, devOrigin)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, devOrigin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url, openExternal))
}

export function hardenSession(session: Session, devOrigin: string | null, isPackaged = true): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(denyAllPermissions()))
  session.setPermissionCheckHandler(() => denyAllPermissions())
  session.setDevicePermissionHandler?.(() => denyAllPermissions())
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: shouldCancelRequest(details.url, devOrigin, isPackaged) })
  })
  session.setSpellCheckerEnabled?.(false)
}
