import { useCallback, useEffect, useRef, useState } from 'react'
import { clearJournal, hasJournal, writeJournal } from './autosaveJournal'
import { createAutosaveScheduler, type AutosaveScheduler, type AutosaveState } from '@renderer/domain/drafts/autosaveScheduler'

export type SaveState = AutosaveState

export function describeSaveError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? ''
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Lagringsutrymmet på datorn är fullt. Ändringen finns kvar i fönstret – frigör utrymme, så sparas den.'
  }
  return 'Ändringen kunde inte sparas. Den finns kvar i fönstret och appen försöker igen.'
}

/**
 * Saves `value` shortly after it stops changing (and at least every ~0.5 s while it keeps
 * changing), at once when the window hides, loses focus or closes, and again after a failure.
 * An unsaved value is kept until a save of it (or of a newer one) succeeds: nothing typed is
 * silently dropped. The timing rules live in domain/drafts/autosaveScheduler.ts.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: {
    delayMs?: number
    enabled?: boolean
    maxWaitMs?: number
    /** Keeps a write-ahead copy of unsaved changes (see autosaveJournal.ts); read it back with readJournal(key) when loading. */
    journalKey?: string
  } = {}
): { state: SaveState; flush: () => Promise<void> } {
  const { delayMs, enabled = true, maxWaitMs, journalKey } = options
  const journalRef = useRef(journalKey)
  journalRef.current = journalKey
  const pendingSeq = useRef(new Map<unknown, number>())
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const saveRef = useRef(save)
  saveRef.current = save
  const scheduler = useRef<AutosaveScheduler<T> | null>(null)
  // The value the form started with (or had when saving was enabled) is already stored.
  const baseline = useRef<{ value: T } | null>(null)

  if (!scheduler.current) {
    scheduler.current = createAutosaveScheduler<T>({
      save: async (v) => {
        await saveRef.current(v)
        const key = journalRef.current
        const seq = pendingSeq.current.get(v)
        pendingSeq.current.delete(v)
        if (key && seq !== undefined) clearJournal(key, seq)
      },
      onState: setState,
      describeError: describeSaveError,
      delayMs,
      maxWaitMs
    })
  }

  useEffect(() => {
    if (!enabled) {
      baseline.current = null
      return
    }
    if (!baseline.current) {
      baseline.current = { value }
      // Loaded from an unsaved journal copy: store it for real.
      if (journalKey && hasJournal(journalKey)) scheduler.current!.change(value)
      return
    }
    if (Object.is(baseline.current.value, value)) return
    baseline.current = { value }
    if (journalKey) {
      pendingSeq.current.clear()
      pendingSeq.current.set(value, writeJournal(journalKey, value))
    }
    scheduler.current!.change(value)
  }, [value, enabled, journalKey])

  const flush = useCallback(() => scheduler.current!.flush(), [])

  useEffect(() => {
    const now = () => void scheduler.current!.flush()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('blur', now)
    window.addEventListener('pagehide', now)
    window.addEventListener('beforeunload', now)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('blur', now)
      window.removeEventListener('pagehide', now)
      window.removeEventListener('beforeunload', now)
      // Leaving the screen saves what is left.
      now()
    }
  }, [])

  return { state, flush }
}
