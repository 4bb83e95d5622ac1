import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }

const RETRY_MS = 2000

export function describeSaveError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? ''
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Lagringsutrymmet på datorn är fullt. Ändringen finns kvar i fönstret – frigör utrymme, så sparas den.'
  }
  return 'Ändringen kunde inte sparas. Den finns kvar i fönstret och appen försöker igen.'
}

/**
 * Saves `value` shortly after it stops changing, at once when the window hides, loses focus or
 * closes, and again after a failure. An unsaved value is kept until a save of it (or of a newer
 * one) succeeds: nothing typed is silently dropped.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; enabled?: boolean } = {}
): { state: SaveState; flush: () => Promise<void> } {
  const { delayMs = 300, enabled = true } = options
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const pending = useRef<{ value: T } | null>(null)
  const saveRef = useRef(save)
  const running = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const first = useRef(true)
  saveRef.current = save

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (running.current) await running.current
    const next = pending.current
    if (!next) return
    pending.current = null
    setState({ kind: 'saving' })
    const attempt = (async () => {
      try {
        await saveRef.current(next.value)
        setState(pending.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() })
      } catch (error) {
        // Keep the failed value unless the user has typed something newer meanwhile.
        pending.current ??= next
        setState({ kind: 'error', message: describeSaveError(error) })
        timer.current = setTimeout(() => void flush(), RETRY_MS)
      }
    })()
    running.current = attempt
    await attempt
    running.current = null
    if (pending.current && !timer.current) await flush()
  }, [])

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (!enabled) return
    pending.current = { value }
    setState((s) => (s.kind === 'error' ? s : { kind: 'pending' }))
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delayMs)
  }, [value, enabled, delayMs, flush])

  useEffect(() => {
    const now = () => void flush()
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
      void flush()
    }
  }, [flush])

  return { state, flush }
}
