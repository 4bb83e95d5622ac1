import { decodeValue, encodeValue, type Json } from '@renderer/domain/backup/codec'

/**
 * A write-ahead copy of the newest unsaved value in localStorage. localStorage is written
 * synchronously into the browser process, so it survives the window closing or the renderer
 * crashing in the ~0.3 s before the debounced IndexedDB write lands. The entry is removed once
 * IndexedDB holds that value (or a newer one).
 */
const PREFIX = 'anslutningsguiden:autosave:'

type Entry = { seq: number; value: Json }

let counter = 0

export function writeJournal(key: string, value: unknown): number {
  const seq = Date.now() * 1000 + (counter++ % 1000)
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ seq, value: encodeValue(value) } satisfies Entry))
  } catch {
    // Quota or privacy mode: the IndexedDB write still happens; the journal is only a safety net.
  }
  return seq
}

/** Removes the entry if it still holds the value written as `seq` (a newer one stays). */
export function clearJournal(key: string, seq: number): void {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    if (raw && (JSON.parse(raw) as Entry).seq === seq) localStorage.removeItem(PREFIX + key)
  } catch {
    // A damaged entry is replaced by the next write.
  }
}

/** The value that was being typed when the window last closed without saving, if any. */
export function readJournal<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    return raw ? (decodeValue((JSON.parse(raw) as Entry).value) as T) : undefined
  } catch {
    return undefined
  }
}

export function hasJournal(key: string): boolean {
  try {
    return localStorage.getItem(PREFIX + key) !== null
  } catch {
    return false
  }
}
