/**
 * What the first screen read at start-up in one transaction (firstView.ts), kept until anything is
 * written (database.ts forgets it on every write) or the user moves to another screen. No imports,
 * so the database module and the start path can both use it.
 */
let parts: Map<string, unknown> | null = null
let generation = 0

/** Every write and every navigation ends the first view's data. */
export function forgetFirstView(): void {
  parts = null
  generation++
}

/** Call before reading; pass the value to offerFirstView, which refuses it if anything was written meanwhile. */
export const firstViewGeneration = (): number => generation

export function offerFirstView(readAt: number, data: Map<string, unknown>): void {
  if (readAt === generation) parts = data
}

export function firstViewPart<T>(key: string): T | undefined {
  return parts?.get(key) as T | undefined
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', forgetFirstView)
