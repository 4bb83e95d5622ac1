import { useCallback, useEffect, useRef, useState } from 'react'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'
import { createCopyTracker, recoverAutosaveCopy, type CopyTracker } from '@renderer/platform/autosaveCopies'
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
 * A form's starting value: its autosave copy when that copy was taken from the stored value
 * `stored` (same revision), otherwise `stored` itself (a stale copy is deleted). Pass the same
 * `revisionOf` as to useAutosave's `copy`.
 */
export function recoverStartingValue<T>(key: string, stored: T, revisionOf: (value: T) => string = contentRevision): T {
  return recoverAutosaveCopy<T>(key, revisionOf(stored)) ?? stored
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
    /**
     * Keeps a write-ahead copy of unsaved changes under `key` (platform/autosaveCopies.ts). Load
     * with recoverAutosaveCopy(key, revisionOf(storedValue)) so a copy applies only to the stored
     * revision it was taken from. `revisionOf` must give the same string for a value as for the
     * value read back after saving it (leave out fields the save itself changes, e.g. updatedAt).
     */
    copy?: { key: string; revisionOf?: (value: T) => string }
  } = {}
): { state: SaveState; flush: () => Promise<void> } {
  const { delayMs, enabled = true, maxWaitMs } = options
  const copyKey = options.copy?.key
  const revisionRef = useRef(options.copy?.revisionOf ?? contentRevision)
  revisionRef.current = options.copy?.revisionOf ?? contentRevision
  const tracker = useRef<{ key: string; copies: CopyTracker<T> } | null>(null)
  if (copyKey && tracker.current?.key !== copyKey)
    tracker.current = { key: copyKey, copies: createCopyTracker<T>(copyKey, (v) => revisionRef.current(v)) }
  if (!copyKey) tracker.current = null
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
        tracker.current?.copies.saved(v)
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
      // Loaded from an autosave copy (already checked against the stored revision): store it for real.
      if (tracker.current?.copies.begin(value)) scheduler.current!.change(value)
      return
    }
    if (Object.is(baseline.current.value, value)) return
    baseline.current = { value }
    tracker.current?.copies.changed(value)
    scheduler.current!.change(value)
  }, [value, enabled, copyKey])

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
