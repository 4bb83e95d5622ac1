import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveStoredFile } from '@renderer/platform/bridge'
import { saveFileRequest } from '../../../src/shared/ipc'

const saveFile = vi.fn(async () => ({ saved: true as const, path: '/x' }))

afterEach(() => {
  vi.unstubAllGlobals()
  saveFile.mockClear()
})

describe('saveStoredFile (saving an attachment again)', () => {
  it('saves an allowed type as it is', async () => {
    vi.stubGlobal('window', { bridge: { saveFile } })
    await saveStoredFile('Beslut.pdf', new Uint8Array([1, 2]))
    expect(saveFile).toHaveBeenCalledWith({ suggestedName: 'Beslut.pdf', bytes: new Uint8Array([1, 2]), filters: undefined })
  })

  it.each(['Protokoll.doc', 'verktyg.exe', 'genväg.lnk', 'skript.js', 'utan-filtyp'])(
    'packs %s in a zip that main accepts, so nothing is lost',
    async (name) => {
      vi.stubGlobal('window', { bridge: { saveFile } })
      await saveStoredFile(name, new Uint8Array([7, 8, 9]))
      const request = (saveFile.mock.calls[0] as unknown as [{ suggestedName: string; bytes: Uint8Array }])[0]
      expect(request.suggestedName).toBe(`${name}.zip`)
      expect(saveFileRequest.safeParse(request).success).toBe(true)
      expect(unzipSync(request.bytes)).toEqual({ [name]: new Uint8Array([7, 8, 9]) })
    }
  )

  it('never offers a path: a stored name with separators or ".." is made safe first', async () => {
    vi.stubGlobal('window', { bridge: { saveFile } })
    await saveStoredFile('../../Startup/x.pdf', new Uint8Array([1]))
    const request = (saveFile.mock.calls[0] as unknown as [{ suggestedName: string }])[0]
    expect(request.suggestedName).toBe('Startupx.pdf')
    expect(saveFileRequest.safeParse({ ...request, bytes: new Uint8Array(1) }).success).toBe(true)
  })
})
