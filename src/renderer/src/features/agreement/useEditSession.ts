import { useEffect, useRef } from 'react'
import { createEditSession, type EditSession } from '@renderer/domain/drafts/editSession'

/**
 * A draft's editing session (domain/drafts/editSession.ts) bound to the screen: `changed()` after
 * each saved change; the session ends after two idle minutes, when the screen is left (unmount) or
 * the window is closed, and then `onEnd` runs (it keeps the session's work as a version).
 * Tests move the clock (Playwright's page.clock) rather than wait.
 */
export function useEditSession(onEnd: () => Promise<unknown>): EditSession {
  const onEndRef = useRef(onEnd)
  onEndRef.current = onEnd
  const session = useRef<EditSession | null>(null)
  session.current ??= createEditSession({
    onEnd: async () => {
      await onEndRef.current()
    }
  })

  useEffect(() => {
    const s = session.current!
    const leave = () => void s.end('left')
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [])

  return session.current
}
