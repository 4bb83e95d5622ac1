/**
 * Stage timings of an export or import, as entries `backup:<stage>` in the page's performance
 * timeline (the bench sums them into its per-stage breakdown). A few dozen entries per backup, so
 * they stay on; where the timeline is missing nothing is recorded.
 */
export type Stopwatch = () => void

export function startStage(stage: string): Stopwatch {
  const start = performance.now()
  return () => {
    try {
      performance.measure(`backup:${stage}`, { start, end: performance.now() })
    } catch {
      // No user timing here: the breakdown is for the bench only.
    }
  }
}

/** Runs `work` and records its wall time (including any waiting) under `stage`. */
export async function timeStage<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
  const stop = startStage(stage)
  try {
    return await work()
  } finally {
    stop()
  }
}
