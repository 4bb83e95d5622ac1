import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaveScheduler, type AutosaveState } from '@renderer/domain/drafts/autosaveScheduler'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-11-26T14:32:00Z'))
})
afterEach(() => vi.useRealTimers())

function setup(opts: { fail?: (value: string, attempt: number) => boolean; saveMs?: number; delayMs?: number; maxWaitMs?: number } = {}) {
  const stored: string[] = []
  const states: AutosaveState[] = []
  let attempts = 0
  const scheduler = createAutosaveScheduler<string>({
    save: async (v) => {
      attempts++
      if (opts.saveMs) await new Promise((r) => setTimeout(r, opts.saveMs))
      if (opts.fail?.(v, attempts)) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
      stored.push(v)
    },
    onState: (s) => states.push(s),
    describeError: (e) => `fel: ${(e as Error).name}`,
    delayMs: opts.delayMs ?? 300,
    maxWaitMs: opts.maxWaitMs ?? 700
  })
  return { scheduler, stored, states, attempts: () => attempts, last: () => states.at(-1) }
}

describe('autosave scheduling', () => {
  it('saves once, shortly after typing pauses', async () => {
    const { scheduler, stored, last } = setup()
    scheduler.change('H')
    await vi.advanceTimersByTimeAsync(100)
    scheduler.change('He')
    await vi.advanceTimersByTimeAsync(100)
    scheduler.change('Hej')
    expect(last()).toEqual({ kind: 'pending' })
    await vi.advanceTimersByTimeAsync(299)
    expect(stored).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(stored).toEqual(['Hej'])
    expect(last()).toEqual({ kind: 'saved', at: new Date('2026-11-26T14:32:00.500Z') })
    expect(scheduler.hasUnsaved()).toBe(false)
  })

  it('never lets continuous typing go unsaved for longer than maxWait', async () => {
    const { scheduler, stored } = setup()
    let text = ''
    const savedAt: number[] = []
    for (let i = 0; i < 50; i++) {
      text += 'a'
      scheduler.change(text)
      const n = stored.length
      await vi.advanceTimersByTimeAsync(100)
      if (stored.length > n) savedAt.push(i)
    }
    // 5 s of typing every 100 ms: saved about every 0.7 s, not only at the end.
    expect(stored.length).toBeGreaterThanOrEqual(6)
    const gaps = savedAt.slice(1).map((v, i) => v - savedAt[i]!)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8)
  })

  it('property: whatever the typing rhythm, a change is stored within maxWait + save time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 150 }),
        async (gaps, saveMs) => {
          vi.setSystemTime(0)
          const { scheduler, stored } = setup({ saveMs })
          const typedAt: Array<[string, number]> = []
          let t = 0
          for (const [i, gap] of gaps.entries()) {
            await vi.advanceTimersByTimeAsync(gap)
            t += gap
            scheduler.change(`v${i}`)
            typedAt.push([`v${i}`, t])
            // Everything typed more than maxWait + 2 saves ago is stored (or superseded by a stored newer value).
            const limit = t - (700 + 2 * saveMs + 1)
            const old = typedAt.filter(([, at]) => at <= limit)
            if (old.length) {
              const lastOld = Number(old.at(-1)![0].slice(1))
              expect(stored.some((s) => Number(s.slice(1)) >= lastOld)).toBe(true)
            }
          }
          await vi.advanceTimersByTimeAsync(2000)
          expect(stored.at(-1)).toBe(`v${gaps.length - 1}`)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('flush saves at once and resolves when stored', async () => {
    const { scheduler, stored } = setup({ saveMs: 50 })
    scheduler.change('stäng nu')
    const done = scheduler.flush()
    await vi.advanceTimersByTimeAsync(50)
    await done
    expect(stored).toEqual(['stäng nu'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(stored).toEqual(['stäng nu'])
  })

  it('a change during a save is saved right after, never lost, one save at a time', async () => {
    let concurrent = 0
    let maxConcurrent = 0
    const stored: string[] = []
    const scheduler = createAutosaveScheduler<string>({
      save: async (v) => {
        concurrent++
        maxConcurrent = Math.max(maxConcurrent, concurrent)
        await new Promise((r) => setTimeout(r, 400))
        stored.push(v)
        concurrent--
      },
      onState: () => undefined,
      describeError: () => 'fel'
    })
    scheduler.change('a')
    await vi.advanceTimersByTimeAsync(350)
    scheduler.change('ab')
    void scheduler.flush()
    void scheduler.flush()
    await vi.advanceTimersByTimeAsync(2000)
    expect(stored).toEqual(['a', 'ab'])
    expect(maxConcurrent).toBe(1)
  })

  it('keeps a failed value, shows the error, retries with back-off until it is stored', async () => {
    const { scheduler, stored, states, attempts, last } = setup({ fail: (_v, n) => n <= 3 })
    scheduler.change('viktig text')
    await vi.advanceTimersByTimeAsync(300)
    expect(last()).toEqual({ kind: 'error', message: 'fel: QuotaExceededError' })
    expect(scheduler.hasUnsaved()).toBe(true)
    await vi.advanceTimersByTimeAsync(1000) // retry 1 s
    expect(attempts()).toBe(2)
    await vi.advanceTimersByTimeAsync(1999)
    expect(attempts()).toBe(2) // back-off: 2 s
    await vi.advanceTimersByTimeAsync(1)
    expect(attempts()).toBe(3)
    await vi.advanceTimersByTimeAsync(4000)
    expect(stored).toEqual(['viktig text'])
    expect(last()?.kind).toBe('saved')
    expect(states.filter((s) => s.kind === 'error')).toHaveLength(3)
  })

  it('a newer value typed while failing replaces the failed one, and the error stays visible until a save works', async () => {
    const { scheduler, stored, states } = setup({ fail: (v) => v === 'gammal' })
    scheduler.change('gammal')
    await vi.advanceTimersByTimeAsync(300)
    scheduler.change('ny')
    expect(states.at(-1)?.kind).toBe('error')
    await vi.advanceTimersByTimeAsync(300)
    expect(stored).toEqual(['ny'])
    expect(states.at(-1)?.kind).toBe('saved')
  })

  it('dispose saves what is left and then stops', async () => {
    const { scheduler, stored } = setup()
    scheduler.change('sista')
    await scheduler.dispose()
    expect(stored).toEqual(['sista'])
    scheduler.change('efter')
    await vi.advanceTimersByTimeAsync(5000)
    expect(stored).toEqual(['sista'])
  })
})
