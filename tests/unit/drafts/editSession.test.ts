import { describe, expect, it } from 'vitest'
import type { AutosaveClock } from '@renderer/domain/drafts/autosaveScheduler'
import { createEditSession, EDIT_SESSION_IDLE_MS, type EditSessionEnd } from '@renderer/domain/drafts/editSession'

/** A clock the test moves by hand: no real waiting for two minutes. */
function manualClock() {
  let now = 0
  let timers: { at: number; fn: () => void; id: number }[] = []
  let next = 1
  const clock: AutosaveClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: next })
      return next++
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id)
    }
  }
  const advance = async (ms: number) => {
    now += ms
    const due = timers.filter((t) => t.at <= now)
    timers = timers.filter((t) => t.at > now)
    for (const t of due) t.fn()
    await new Promise((r) => setImmediate(r))
  }
  return { clock, advance, pending: () => timers.length }
}

function setup() {
  const { clock, advance, pending } = manualClock()
  const ends: EditSessionEnd[] = []
  const session = createEditSession({ clock, onEnd: (reason) => void ends.push(reason) })
  return { session, ends, advance, pending }
}

describe('an editing session', () => {
  it('ends two minutes after the last saved change, once', async () => {
    const { session, ends, advance } = setup()
    session.changed()
    await advance(EDIT_SESSION_IDLE_MS - 1000)
    session.changed() // still typing now and then: the session goes on
    await advance(EDIT_SESSION_IDLE_MS - 1)
    expect(ends).toEqual([])
    expect(session.isOpen()).toBe(true)
    await advance(1)
    expect(ends).toEqual(['idle'])
    expect(session.isOpen()).toBe(false)
    await advance(EDIT_SESSION_IDLE_MS * 5)
    expect(ends).toEqual(['idle'])
  })

  it('ends when the draft is left, and the idle timer no longer fires', async () => {
    const { session, ends, advance, pending } = setup()
    session.changed()
    await session.end('left')
    expect(ends).toEqual(['left'])
    expect(pending()).toBe(0)
    await advance(EDIT_SESSION_IDLE_MS)
    expect(ends).toEqual(['left'])
  })

  it('leaving without a change, or twice, ends nothing more', async () => {
    const { session, ends } = setup()
    await session.end('left')
    expect(ends).toEqual([])
    session.changed()
    await Promise.all([session.end('left'), session.end('left')])
    expect(ends).toEqual(['left'])
  })

  it('a change after a session ended starts the next one', async () => {
    const { session, ends, advance } = setup()
    session.changed()
    await advance(EDIT_SESSION_IDLE_MS)
    session.changed()
    await advance(EDIT_SESSION_IDLE_MS)
    expect(ends).toEqual(['idle', 'idle'])
  })

  it('ends run one after another: the next waits for a slow one to finish', async () => {
    const { clock, advance } = manualClock()
    const log: string[] = []
    let release!: () => void
    const session = createEditSession({
      clock,
      onEnd: async (reason) => {
        log.push(`start ${reason}`)
        if (reason === 'idle') await new Promise<void>((r) => (release = r))
        log.push(`end ${reason}`)
      }
    })
    session.changed()
    await advance(EDIT_SESSION_IDLE_MS)
    session.changed()
    const left = session.end('left')
    expect(log).toEqual(['start idle'])
    release()
    await left
    expect(log).toEqual(['start idle', 'end idle', 'start left', 'end left'])
  })

  it('a failing end does not stop later sessions from ending', async () => {
    const { clock } = manualClock()
    let calls = 0
    const session = createEditSession({
      clock,
      onEnd: () => {
        calls++
        if (calls === 1) throw new Error('disken är full')
      }
    })
    session.changed()
    await session.end()
    session.changed()
    await session.end()
    expect(calls).toBe(2)
  })
})
