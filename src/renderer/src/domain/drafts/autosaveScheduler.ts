/**
 * When to save a form's value: the pure logic behind `useAutosave`, testable without React.
 *
 * - A change is saved `delayMs` after typing pauses, but never later than `maxWaitMs` after the
 *   first unsaved change: someone typing without pause still has everything older than about a
 *   second on disk if the machine dies.
 * - One save at a time; a value that changes during a save is saved right after.
 * - A failed save keeps the value (unless a newer one replaced it) and retries with back-off
 *   until it succeeds. Nothing is dropped silently.
 * - `flush()` saves at once (window hidden, blurred or closing) and resolves when the value is stored.
 */
export type AutosaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string }

export type AutosaveClock = {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export type AutosaveOptions<T> = {
  save: (value: T) => Promise<void>
  onState: (state: AutosaveState) => void
  describeError: (error: unknown) => string
  delayMs?: number
  maxWaitMs?: number
  retryMs?: number
  maxRetryMs?: number
  clock?: AutosaveClock
}

export type AutosaveScheduler<T> = {
  change(value: T): void
  flush(): Promise<void>
  /** True while a value is not yet known to be stored. */
  hasUnsaved(): boolean
  /** Saves what is left once more, then stops timers (no further retries). */
  dispose(): Promise<void>
}

export const AUTOSAVE_DEFAULTS = { delayMs: 300, maxWaitMs: 500, retryMs: 1000, maxRetryMs: 15_000 }

const realClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)
}

export function createAutosaveScheduler<T>(options: AutosaveOptions<T>): AutosaveScheduler<T> {
  const { save, onState, describeError } = options
  const delayMs = options.delayMs ?? AUTOSAVE_DEFAULTS.delayMs
  const maxWaitMs = Math.max(0, options.maxWaitMs ?? AUTOSAVE_DEFAULTS.maxWaitMs)
  const retryMs = options.retryMs ?? AUTOSAVE_DEFAULTS.retryMs
  const maxRetryMs = options.maxRetryMs ?? AUTOSAVE_DEFAULTS.maxRetryMs
  const clock = options.clock ?? realClock

  let pending: { value: T } | null = null
  /** When the oldest change not yet handed to `save` was made. */
  let firstUnsavedAt: number | null = null
  let running: Promise<void> | null = null
  let timer: unknown = null
  let failures = 0
  let failed = false
  let disposed = false

  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer)
    timer = null
  }
  const schedule = (ms: number) => {
    clearTimer()
    if (disposed) return
    timer = clock.setTimeout(() => {
      timer = null
      void flush()
    }, ms)
  }

  function change(value: T): void {
    pending = { value }
    const now = clock.now()
    firstUnsavedAt ??= now
    if (!failed) onState({ kind: 'pending' })
    schedule(Math.max(0, Math.min(delayMs, firstUnsavedAt + maxWaitMs - now)))
  }

  async function flush(): Promise<void> {
    clearTimer()
    while (running) await running
    const next = pending
    if (!next) return
    pending = null
    firstUnsavedAt = null
    onState({ kind: 'saving' })
    running = (async () => {
      try {
        await save(next.value)
        failures = 0
        failed = false
        onState(pending ? { kind: 'pending' } : { kind: 'saved', at: new Date(clock.now()) })
      } catch (error) {
        // Keep the failed value unless something newer is already waiting.
        pending ??= next
        firstUnsavedAt ??= clock.now()
        failures++
        failed = true
        onState({ kind: 'error', message: describeError(error) })
        schedule(Math.min(maxRetryMs, retryMs * 2 ** (failures - 1)))
      }
    })()
    try {
      await running
    } finally {
      running = null
    }
  }

  return {
    change,
    flush,
    hasUnsaved: () => pending !== null || running !== null,
    async dispose() {
      await flush()
      disposed = true
      clearTimer()
    }
  }
}
