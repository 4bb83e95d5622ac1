import { useCallback, useEffect, useMemo, useState } from 'react'
import { storageGeneration } from '@renderer/db/changes'
import { getErasureStats, getUndertakingPolicy, loadUndertakingData, type ErasureStats } from '@renderer/db'
import { buildDashboard, type Dashboard } from '@renderer/domain/caseworkers/dashboard'
import type { UndertakingPolicy } from '@renderer/domain/caseworkers/status'
import { localToday } from '@renderer/domain/caseworkers/dates'

type Loaded = {
  data: Awaited<ReturnType<typeof loadUndertakingData>>
  policy: UndertakingPolicy
  erasure: ErasureStats
}

// The last read, kept while nothing in the database changes, so going back to the overview from a
// person's page does not read 10,000 people again.
let cache: { loaded: Loaded; generation: number } | null = null

/** Loads the register, versions, summaries and reminders, and derives the dashboard in one pass. */
export function useUndertakingData(): {
  loaded: Loaded | null
  dashboard: Dashboard | null
  error: string | null
  reload: () => Promise<void>
} {
  const [loaded, setLoaded] = useState<Loaded | null>(() => (cache && cache.generation === storageGeneration() ? cache.loaded : null))
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    try {
      const started = storageGeneration()
      const [data, policy, erasure] = await Promise.all([loadUndertakingData(), getUndertakingPolicy(), getErasureStats()])
      const next = { data, policy, erasure }
      cache = { loaded: next, generation: started }
      setLoaded(next)
    } catch (e) {
      setError(`Registret kunde inte läsas. ${(e as Error)?.message ?? ''}`)
    }
  }, [])
  useEffect(() => {
    if (!(cache && cache.generation === storageGeneration())) void reload()
  }, [reload])
  const dashboard = useMemo(
    () => (loaded ? buildDashboard({ ...loaded.data, today: localToday(), policy: loaded.policy }) : null),
    [loaded]
  )
  return { loaded, dashboard, error, reload }
}
