import type { AutosaveClock } from './autosaveScheduler'

/**
 * One editing session of a draft, the pure logic behind its version history: a session starts
 * with the first saved change and ends after `idleMs` without one, or when the person leaves the
 * draft. Its end is where a version is kept, so a version stands for a stretch of work rather than
 * for each keystroke or for an arbitrary moment.
 */
export const EDIT_SESSION_IDLE_MS = 2 * 60 * 1000

export type EditSessionEnd = 'idle' | 'left'

export type EditSession = {
  /** A change was saved: the session is open, and ends `idleMs` from now unless another change comes. */
  changed(): void
  /** Ends an open session now (leaving the draft, or before a signature); resolves when `onEnd` has finished. */
  end(reason?: EditSessionEnd): Promise<void>
  isOpen(): boolean
  /** Stops the timer without ending the session. */
  dispose(): void
}

const realClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)
}

export function createEditSession(options: {
  onEnd: (reason: EditSessionEnd) => Promise<void> | void
  idleMs?: number
  clock?: AutosaveClock
}): EditSession {
  const idleMs = options.idleMs ?? EDIT_SESSION_IDLE_MS
  const clock = options.clock ?? realClock
  let open = false
  let timer: unknown = null
  let ending: Promise<void> = Promise.resolve()

  const clear = () => {
    if (timer !== null) clock.clearTimeout(timer)
    timer = null
  }

  function end(reason: EditSessionEnd = 'left'): Promise<void> {
    clear()
    if (open) {
      open = false
      // Ends run one after the other, so a version is never recorded twice for one session.
      ending = ending.then(() => options.onEnd(reason)).catch(() => undefined)
    }
    return ending
  }

  return {
    changed() {
      open = true
      clear()
      timer = clock.setTimeout(() => {
        timer = null
        void end('idle')
      }, idleMs)
    },
    end,
    isOpen: () => open,
    dispose: clear
  }
}
