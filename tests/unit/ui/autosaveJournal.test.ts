import { beforeEach, describe, expect, it } from 'vitest'

// Node has no localStorage: a Map-backed stand-in with the same synchronous API.
class MemoryStorage {
  private map = new Map<string, string>()
  getItem = (k: string) => this.map.get(k) ?? null
  setItem = (k: string, v: string) => void this.map.set(k, String(v))
  removeItem = (k: string) => void this.map.delete(k)
}
;(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage()

const { clearJournal, hasJournal, readJournal, writeJournal } = await import('@renderer/ui/autosaveJournal')

beforeEach(() => {
  ;(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage()
})

describe('autosave journal', () => {
  it('keeps the newest unsaved value, including bytes, until it is stored', () => {
    const png = new Uint8Array([137, 80, 78, 71, 0, 255])
    const seq = writeJournal('draft:1', { name: 'Åsa Öberg', signature: { png } })
    expect(hasJournal('draft:1')).toBe(true)
    const back = readJournal<{ name: string; signature: { png: Uint8Array } }>('draft:1')!
    expect(back.name).toBe('Åsa Öberg')
    expect([...back.signature.png]).toEqual([...png])
    clearJournal('draft:1', seq)
    expect(hasJournal('draft:1')).toBe(false)
    expect(readJournal('draft:1')).toBeUndefined()
  })

  it('does not clear a newer value when an older save completes', () => {
    const older = writeJournal('draft:2', { text: 'Life' })
    writeJournal('draft:2', { text: 'Lifecare' })
    clearJournal('draft:2', older)
    expect(readJournal('draft:2')).toEqual({ text: 'Lifecare' })
  })

  it('survives storage that refuses writes (quota): nothing throws', () => {
    ;(globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => undefined
    }
    expect(() => writeJournal('draft:3', { text: 'x' })).not.toThrow()
    expect(readJournal('draft:3')).toBeUndefined()
  })

  it('ignores a damaged entry', () => {
    localStorage.setItem('anslutningsguiden:autosave:draft:4', '{not json')
    expect(readJournal('draft:4')).toBeUndefined()
  })
})
