import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  denyAllPermissions,
  devServerOrigin,
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isSafeExternalUrl,
  isTrustedSender,
  shouldCancelRequest
} from '../../../src/main/security'

describe('navigation', () => {
  it('refuses every navigation away from the app', () => {
    for (const url of [
      'https://example.com',
      'http://127.0.0.1:4173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://evil/index.html',
      'app://anslutningsguiden.evil.com/',
      'data:text/html,<h1>x</h1>',
      'not a url'
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false)
    }
  })
  it('allows the app itself', () => {
    expect(isNavigationAllowed('app://anslutningsguiden/index.html#/avtal')).toBe(true)
  })
  it('trusts a dev server only on loopback and only when not packaged', () => {
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173')
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull()
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://evil.example:5173' }, false)).toBeNull()
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'https://localhost:5173' }, false)).toBeNull()
  })
  it('blocks will-navigate and will-redirect on real web contents', () => {
    const handlers: Record<string, (e: { preventDefault: () => void }, url: string) => void> = {}
    const contents = {
      on: (name: string, fn: (e: { preventDefault: () => void }, url: string) => void) => (handlers[name] = fn),
      setWindowOpenHandler: vi.fn()
    }
    hardenWebContents(contents as never, null, vi.fn())
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { preventDefault: vi.fn() }
      handlers[name]!(event, 'https://phish.example/login')
      expect(event.preventDefault).toHaveBeenCalled()
      const ok = { preventDefault: vi.fn() }
      handlers[name]!(ok, 'app://anslutningsguiden/index.html')
      expect(ok.preventDefault).not.toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    handlers['will-attach-webview']!(webview, '')
    expect(webview.preventDefault).toHaveBeenCalled()
  })
})

describe('new windows and external links', () => {
  it('denies every new window', () => {
    const open = vi.fn()
    for (const url of ['https://example.com', 'app://anslutningsguiden/index.html', 'file:///C:/Windows', 'mailto:a@b.se']) {
      expect(decideWindowOpen(url, open)).toEqual({ action: 'deny' })
    }
    expect(open).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledWith('mailto:a@b.se')
  })
  it('hands only mailto: links to the operating system', () => {
    expect(isSafeExternalUrl('mailto:handlaggare@kommun.se?subject=P%C3%A5minnelse')).toBe(true)
    for (const url of [
      'https://example.com',
      'file:///etc/passwd',
      'smb://server/share',
      'ms-settings:',
      'javascript:1',
      'mailto:a@b.se\r\nX: y'
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})

describe('permissions and network', () => {
  it('denies every permission', () => {
    expect(denyAllPermissions()).toBe(false)
  })
  it('cancels every request that could leave the machine', () => {
    for (const url of [
      'http://example.com/',
      'https://fonts.googleapis.com/css',
      'ws://10.0.0.1/',
      'wss://x.se/',
      'ftp://x.se/',
      '::bad'
    ]) {
      expect(shouldCancelRequest(url), url).toBe(true)
    }
  })
  it('is an allowlist: only the app itself, data: and blob: pass; file:, smb: and unknown schemes are cancelled', () => {
    for (const url of ['app://anslutningsguiden/assets/index.js', 'data:image/png;base64,AA==', 'blob:app://anslutningsguiden/1']) {
      expect(shouldCancelRequest(url), url).toBe(false)
    }
    for (const url of [
      'file:///etc/passwd',
      'file://server/share/x.pdf',
      'smb://fileserver/share/x.pdf',
      'https://anslutningsguiden/',
      'app://evil/index.html',
      'chrome://settings',
      'chrome-extension://abc/x.js',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'about:blank#x',
      'devtools://devtools/bundled/inspector.html'
    ]) {
      expect(shouldCancelRequest(url), url).toBe(true)
    }
  })
  it('lets DevTools pages load only when the app is not packaged', () => {
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html', null, false)).toBe(false)
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html', null, true)).toBe(true)
    expect(shouldCancelRequest('file:///etc/passwd', null, false)).toBe(true)
  })
  it('lets the dev server through in development only', () => {
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(false)
    expect(shouldCancelRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(shouldCancelRequest('http://localhost:9999/', 'http://localhost:5173')).toBe(true)
  })
  it('wires the rules into the session', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      webRequest: { onBeforeRequest: (fn: typeof before) => (before = fn) }
    }
    hardenSession(session as never, null)
    const cb = vi.fn()
    request!({}, 'media', cb)
    expect(cb).toHaveBeenCalledWith(false)
    expect(check!()).toBe(false)
    const answer = vi.fn()
    before!({ url: 'https://telemetry.example/' }, answer)
    expect(answer).toHaveBeenCalledWith({ cancel: true })
    before!({ url: 'smb://fileserver/share/x' }, answer)
    expect(answer).toHaveBeenLastCalledWith({ cancel: true })
    before!({ url: 'app://anslutningsguiden/index.html' }, answer)
    expect(answer).toHaveBeenLastCalledWith({ cancel: false })
  })
  it('has a strict content security policy with no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })
})

describe('IPC senders', () => {
  it('answers only the app top-level frame', () => {
    expect(isTrustedSender({ url: 'app://anslutningsguiden/index.html' })).toBe(true)
    expect(isTrustedSender({ url: 'app://anslutningsguiden/index.html', parent: {} })).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/' })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})
