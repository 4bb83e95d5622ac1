/** Node has no localStorage: a Map-backed stand-in with the same synchronous API (the write-ahead autosave copies use it). */
export class MemoryStorage {
  private map = new Map<string, string>()
  get length() {
    return this.map.size
  }
  key = (i: number) => [...this.map.keys()][i] ?? null
  getItem = (k: string) => this.map.get(k) ?? null
  setItem = (k: string, v: string) => void this.map.set(k, String(v))
  removeItem = (k: string) => void this.map.delete(k)
  clear = () => this.map.clear()
}

/** Gives this test file an empty localStorage; call it before importing the modules that use it. */
export function installMemoryLocalStorage(): MemoryStorage {
  const storage = new MemoryStorage()
  ;(globalThis as { localStorage?: unknown }).localStorage = storage
  return storage
}
