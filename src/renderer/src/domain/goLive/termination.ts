import type { GoLiveEvent, TerminationEvent } from './types'

// Apart from rules.ts: every board summary needs to know whether the board is terminated, the
// first screen included, and the rest of the rules belong to the after-go-live page only.

/** A stable order for events on the same day: the one recorded later counts, then the id decides. */
export const byRecording = (a: { recordedAt: string; id: string }, b: { recordedAt: string; id: string }): number =>
  a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id)

/** The board's termination, if one is recorded (the first, should there be more). */
export function terminationOf(events: readonly GoLiveEvent[]): TerminationEvent | undefined {
  return events.filter((e): e is TerminationEvent => e.kind === 'termination').sort(byRecording)[0]
}
