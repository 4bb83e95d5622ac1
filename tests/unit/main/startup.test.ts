import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { refusedLaunchReason } from '../../../src/main/launchGuard'
import { appMenuTemplate } from '../../../src/main/menu'

// The real `electron` module would try to download the binary: record what main asks of it.
const calls: string[] = []
const registered: unknown[] = []
const switches = new Set<string>()
const setApplicationMenu = vi.fn()
const buildFromTemplate = vi.fn((t: unknown) => ({ template: t }))
const exit = vi.fn((code: number) => calls.push(`exit:${code}`))
const state = { isPackaged: true, ready: false }
class FakeWindow {
  static getAllWindows = () => []
  on = vi.fn()
  loadURL = vi.fn(async () => undefined)
}
vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return state.isPackaged
    },
    commandLine: { hasSwitch: (name: string) => switches.has(name) },
    exit,
    quit: () => calls.push('quit'),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('lock'), true),
    on: vi.fn(),
    whenReady: () => (calls.push('whenReady'), state.ready ? Promise.resolve() : new Promise(() => undefined)),
    getName: () => 'Anslutningsguiden',
    getVersion: () => '0.1.0',
    getPath: () => '/tmp/ag'
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      calls.push('registerSchemes')
      registered.push(...schemes)
    },
    handle: vi.fn()
  },
  BrowserWindow: FakeWindow,
  Menu: { setApplicationMenu, buildFromTemplate },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() }
    }
  },
  shell: { openExternal: vi.fn() },
  ipcMain: { handle: vi.fn() },
  dialog: {}
}))

const argv = process.argv
beforeEach(() => {
  calls.length = 0
  registered.length = 0
  state.ready = false
  state.isPackaged = true
  switches.clear()
  vi.clearAllMocks()
  vi.resetModules()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  process.argv = argv
  vi.restoreAllMocks()
})

async function start(args: string[]): Promise<void> {
  process.argv = ['/opt/Anslutningsguiden/anslutningsguiden', ...args]
  await import('../../../src/main/index')
}

describe('main process start', () => {
  it('registers the app scheme before ready as standard and secure, with fetch and the V8 code cache', async () => {
    await start([])
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
    expect(calls.indexOf('registerSchemes')).toBeLessThan(calls.indexOf('whenReady'))
  })

  it('enables the sandbox before ready on a clean start', async () => {
    await start([])
    expect(calls).toContain('enableSandbox')
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('whenReady'))
    expect(exit).not.toHaveBeenCalled()
  })

  for (const args of [
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-port', '9222'],
    ['--remote-debugging-pipe'],
    ['--inspect'],
    ['--inspect=127.0.0.1:9229'],
    ['--inspect-brk'],
    ['--inspect-brk=0'],
    ['--INSPECT-BRK=0'],
    ['-remote-debugging-port=9222'],
    ['--js-flags=--allow-natives-syntax'],
    ['some-file.json', '--inspect-port=9230']
  ]) {
    it(`refuses to start with ${args.join(' ')}`, async () => {
      await start(args)
      expect(exit).toHaveBeenCalledWith(1)
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('startar inte'))
      expect(calls).not.toContain('whenReady')
      expect(calls).not.toContain('lock')
    })
  }

  it('lets a development (unpackaged) run start with a warning, as Playwright launches Electron with these switches', async () => {
    state.isPackaged = false
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    switches.add('remote-debugging-port')
    await start(['--inspect=0'])
    expect(exit).not.toHaveBeenCalled()
    expect(calls).toContain('whenReady')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('inte paketerad'))
  })

  it('refuses a switch that reached the command line another way (hasSwitch)', async () => {
    switches.add('remote-debugging-port')
    await start([])
    expect(exit).toHaveBeenCalledWith(1)
    expect(calls).not.toContain('whenReady')
  })
})

describe('refusedLaunchReason', () => {
  const none = () => false
  it('accepts ordinary arguments, including the program path that names nothing hostile', () => {
    expect(refusedLaunchReason(['C:\\Program Files\\Anslutningsguiden\\Anslutningsguiden.exe'], none)).toBeNull()
    expect(refusedLaunchReason(['/usr/bin/anslutningsguiden', '--no-sandbox-is-not-ours', 'inspect.json'], none)).toBeNull()
  })
  it('names the switch it refused', () => {
    expect(refusedLaunchReason(['x', '--inspect-brk=9229'], none)).toContain('--inspect-brk')
    expect(refusedLaunchReason(['x'], (s) => s === 'js-flags')).toContain('--js-flags')
  })
})

type Item = { role?: string; label?: string; submenu?: Item[] }
const roles = (items: Item[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])])

describe('application menu', () => {
  it('has no reload or developer tools in a packaged build', () => {
    const all = roles(appMenuTemplate(true) as Item[]).map((r) => r.toLowerCase())
    for (const forbidden of ['reload', 'forcereload', 'toggledevtools']) expect(all).not.toContain(forbidden)
    expect(all).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectall', 'minimize']))
  })
  it('is Swedish: Arkiv, Redigera, Fönster', () => {
    expect(appMenuTemplate(true).map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Fönster'])
  })
  it('keeps reload and developer tools for development', () => {
    expect(roles(appMenuTemplate(false) as Item[])).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })
  for (const isPackaged of [true, false]) {
    it(`is the menu main installs when ready (packaged: ${isPackaged})`, async () => {
      state.ready = true
      state.isPackaged = isPackaged
      await start([])
      await vi.waitFor(() => expect(setApplicationMenu).toHaveBeenCalledTimes(1))
      const installed = buildFromTemplate.mock.calls[0]![0] as Item[]
      expect(roles(installed).includes('toggleDevTools')).toBe(!isPackaged)
      expect(roles(installed).includes('reload')).toBe(!isPackaged)
    })
  }
})
