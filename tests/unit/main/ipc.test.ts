import { beforeEach, describe, expect, it, vi } from 'vitest'

// `require('electron')` would try to download the binary: replace it with a recorder.
const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
const showSaveDialog = vi.fn()
const showOpenDialog = vi.fn()
const openExternal = vi.fn()
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog, showOpenDialog },
  shell: { openExternal },
  app: { getName: () => 'Anslutningsguiden', getVersion: () => '0.1.0', getPath: () => '/tmp/ag' }
}))

const { registerFileIpc } = await import('../../../src/main/ipc/files')
const { registerAppIpc } = await import('../../../src/main/ipc/app')
const { channels } = await import('@shared/ipc')
const { MAX_BRIDGE_FILE_BYTES } = await import('@shared/channels')

const trusted = { senderFrame: { url: 'app://anslutningsguiden/index.html', parent: null }, sender: {} }
const call = (channel: string, payload: unknown, event: unknown = trusted) => handlers.get(channel)!(event, payload)

beforeEach(() => {
  handlers.clear()
  vi.clearAllMocks()
  registerFileIpc(null)
  registerAppIpc(null)
})

describe('IPC handlers', () => {
  it('registers every declared channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(channels).sort())
  })

  it('refuses calls from frames that are not the app', async () => {
    for (const event of [
      { senderFrame: { url: 'https://evil.example/' }, sender: {} },
      { senderFrame: { url: 'app://anslutningsguiden/index.html', parent: {} }, sender: {} },
      { senderFrame: null, sender: {} }
    ]) {
      await expect(call(channels.appInfo, undefined, event)).rejects.toThrow('Otillåten avsändare')
      await expect(call(channels.saveFile, { suggestedName: 'a.pdf', bytes: new Uint8Array(1) }, event)).rejects.toThrow()
    }
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses hostile payloads before any dialog opens', async () => {
    const hostile: unknown[] = [
      null,
      'a.pdf',
      { suggestedName: '../../etc/passwd', bytes: new Uint8Array(1) },
      { suggestedName: 'C:\\Windows\\x.dll', bytes: new Uint8Array(1) },
      { suggestedName: 'a.pdf', bytes: 'not bytes' },
      { suggestedName: 'a.pdf', bytes: [1, 2, 3] },
      { suggestedName: 'a.pdf', bytes: new Uint8Array(1), extra: true },
      { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [{ name: 'x', extensions: ['../exe'] }] },
      { suggestedName: 'x'.repeat(500), bytes: new Uint8Array(1) },
      // Over the bridge's ceiling; the buffer is never written, so the OS does not commit the memory.
      { suggestedName: 'a.pdf', bytes: new Uint8Array(new ArrayBuffer(MAX_BRIDGE_FILE_BYTES + 1)) }
    ]
    for (const [i, payload] of hostile.entries()) {
      await expect(call(channels.saveFile, payload), `hostile payload #${i}`).rejects.toThrow('Ogiltig begäran')
    }
    await expect(call(channels.openFile, { maxBytes: -1 })).rejects.toThrow('Ogiltig begäran')
    await expect(call(channels.openFile, { path: '/etc/passwd' })).rejects.toThrow('Ogiltig begäran')
    await expect(call(channels.appInfo, { anything: 1 })).rejects.toThrow('Ogiltig begäran')
    expect(showSaveDialog).not.toHaveBeenCalled()
    expect(showOpenDialog).not.toHaveBeenCalled()
  })

  it('opens only mailto: links', async () => {
    expect(await call(channels.openExternal, { url: 'https://evil.example/' })).toBe(false)
    expect(await call(channels.openExternal, { url: 'file:///etc/passwd' })).toBe(false)
    expect(openExternal).not.toHaveBeenCalled()
    expect(await call(channels.openExternal, { url: 'mailto:a@kommun.se' })).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('mailto:a@kommun.se')
  })

  it('saves through the native dialog when the payload is valid', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true })
    expect(
      await call(channels.saveFile, { suggestedName: 'Anslutningsavtal SSBTEK – Göteborg.pdf', bytes: new Uint8Array([37, 80]) })
    ).toEqual({ saved: false })
    expect(showSaveDialog).toHaveBeenCalledTimes(1)
  })

  it('refuses file types outside the allowlist before any dialog opens', async () => {
    const bad = ['exe', 'lnk', 'bat', 'cmd', 'ps1', 'js', 'hta', 'scr', 'vbs', 'msi', 'html', 'svg', 'docm', 'url', 'reg', 'jar']
    for (const ext of bad) {
      await expect(call(channels.saveFile, { suggestedName: `rapport.${ext}`, bytes: new Uint8Array(1) }), ext).rejects.toThrow(
        'Ogiltig begäran'
      )
      await expect(
        call(channels.saveFile, { suggestedName: `rapport.${ext.toUpperCase()}`, bytes: new Uint8Array(1) }),
        ext
      ).rejects.toThrow('Ogiltig begäran')
      await expect(
        call(channels.saveFile, {
          suggestedName: 'rapport.pdf',
          bytes: new Uint8Array(1),
          filters: [{ name: 'PDF', extensions: ['pdf', ext] }]
        }),
        `filter ${ext}`
      ).rejects.toThrow('Ogiltig begäran')
    }
    await expect(call(channels.saveFile, { suggestedName: 'rapport', bytes: new Uint8Array(1) })).rejects.toThrow('Ogiltig begäran')
    await expect(call(channels.saveFile, { suggestedName: 'rapport.pdf.exe', bytes: new Uint8Array(1) })).rejects.toThrow('Ogiltig begäran')
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('accepts every file type the app writes', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true })
    for (const name of ['Avtal.pdf', 'Rapport.csv', 'Alla.zip', 'Anslutningsguiden säkerhetskopia Göteborg 2026-11-26.json', 'Bild.JPG']) {
      expect(
        await call(channels.saveFile, {
          suggestedName: name,
          bytes: new Uint8Array(1),
          filters: [{ name: 'x', extensions: ['pdf', 'json'] }]
        }),
        name
      ).toEqual({ saved: false })
    }
  })

  it('writes atomically to the path the user chose, and refuses a typed-in foreign extension', async () => {
    const { mkdtemp, readdir, readFile, rm, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = await mkdtemp(join(tmpdir(), 'ipc-save-'))
    try {
      const target = join(dir, 'Avtal.pdf')
      await writeFile(target, 'old')
      showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
      expect(await call(channels.saveFile, { suggestedName: 'Avtal.pdf', bytes: new Uint8Array([37, 80, 68, 70]) })).toEqual({
        saved: true,
        path: target
      })
      expect(await readFile(target, 'utf8')).toBe('%PDF')
      showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'Avtal.exe') })
      await expect(call(channels.saveFile, { suggestedName: 'Avtal.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow('Otillåten filtyp')
      expect(await readdir(dir)).toEqual(['Avtal.pdf'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('answers app info', async () => {
    expect(await call(channels.appInfo, undefined)).toMatchObject({ name: 'Anslutningsguiden', version: '0.1.0' })
  })
})
