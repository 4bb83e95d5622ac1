import { _electron as electron, expect, test } from '@playwright/test'
import { findElectronBinary } from './electronBinary'

const binary = findElectronBinary()

test.describe('the real Electron shell', () => {
  test.skip(
    !binary,
    'No Electron binary on this machine: the electron package cannot download it without internet. Set ELECTRON_BINARY or install with internet to run these.'
  )

  test('starts hardened: no Node in the page, bridge present, navigation, windows and network refused', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, NODE_ENV: 'production' } })
    try {
      const page = await app.firstWindow()
      await expect(page).toHaveTitle('Anslutningsguiden')
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      expect(await page.evaluate(() => Object.keys((window as unknown as { bridge: object }).bridge).sort())).toEqual([
        'appInfo',
        'openExternal',
        'openFile',
        'saveFile'
      ])
      // window.open is denied, so no second window appears.
      await page.evaluate(() => window.open('https://example.com'))
      expect(app.windows()).toHaveLength(1)
      // Navigation away is blocked: the page stays on the app.
      await page.evaluate(() => (location.href = 'https://example.com'))
      await page.waitForTimeout(300)
      expect(page.url()).toMatch(/^app:\/\/anslutningsguiden\//)
      // Network requests are cancelled at the session.
      const fetched = await page.evaluate(() =>
        fetch('https://example.com').then(
          () => 'reached',
          () => 'blocked'
        )
      )
      expect(fetched).toBe('blocked')
      // A hostile IPC payload is refused by main.
      const refused = await page.evaluate(() =>
        (window as unknown as { bridge: { saveFile: (r: unknown) => Promise<unknown> } }).bridge
          .saveFile({ suggestedName: '../../evil', bytes: 'x' })
          .then(
            () => 'accepted',
            (e: Error) => e.message
          )
      )
      expect(refused).toContain('Ogiltig begäran')
      // Permissions are denied.
      const permission = await page.evaluate(() =>
        navigator.permissions.query({ name: 'notifications' as PermissionName }).then((p) => p.state)
      )
      expect(permission).not.toBe('granted')
    } finally {
      await app.close()
    }
  })
})
