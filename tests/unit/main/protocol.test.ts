import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppProtocolHandler, resolveAppFile } from '../../../src/main/protocol'

const root = mkdtempSync(join(tmpdir(), 'ag-renderer-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(tmpdir(), 'secret.txt'), 'secret')

describe('app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://anslutningsguiden/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://anslutningsguiden/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
  })
  it('refuses path traversal, encoded separators and other hosts', () => {
    for (const url of [
      'app://anslutningsguiden/../secret.txt',
      'app://anslutningsguiden/%2e%2e/secret.txt',
      'app://anslutningsguiden/assets/..%2f..%2fsecret.txt',
      'app://anslutningsguiden/..%5csecret.txt',
      'app://anslutningsguiden/%00index.html',
      'app://anslutningsguiden/%E0%A4%A',
      'app://other/index.html',
      'nonsense'
    ]) {
      const file = resolveAppFile(root, url)
      expect(file === null || file.startsWith(root + '/'), url).toBe(true)
      expect(file).not.toBe(join(tmpdir(), 'secret.txt'))
    }
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull()
  })
  it('serves files with the CSP header and 404s the rest', async () => {
    const handle = createAppProtocolHandler(root)
    const ok = await handle(new Request('app://anslutningsguiden/index.html'))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toContain('text/html')
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect((await handle(new Request('app://anslutningsguiden/../secret.txt'))).status).toBe(404)
    expect((await handle(new Request('app://anslutningsguiden/missing.js'))).status).toBe(404)
  })
})
