import { useCallback, useEffect, useMemo, useState } from 'react'
import { getErasureStats, getUndertakingPolicy, loadUndertakingData, type ErasureStats } from '@renderer/db'
import { buildDashboard, type Dashboard } from '@renderer/domain/undertaking/dashboard'
import type { UndertakingPolicy } from '@renderer/domain/undertaking/status'
import { localToday } from '@renderer/domain/caseworkers/dates'

type Loaded = {
  data: Awaited<ReturnType<typeof loadUndertakingData>>
  policy: UndertakingPolicy
  erasure: ErasureStats
}

/** Loads the register, versions, acknowledgements and reminders once, and derives the dashboard in one pass. */
export function useUndertakingData(): { loaded: Loaded | null; dashboard: Dashboard | null; error: string | null; reload: () => Promise<void> } {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    try {
      const [data, policy, erasure] = await Promise.all([loadUndertakingData(), getUndertakingPolicy(), getErasureStats()])
      setLoaded({ data, policy, erasure })
    } catch (e) {
      setError(`Registret kunde inte läsas. ${(e as Error)?.message ?? ''}`)
    }
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])
  const dashboard = useMemo(
    () => (loaded ? buildDashboard({ ...loaded.data, today: localToday(), policy: loaded.policy }) : null),
    [loaded]
  )
  return { loaded, dashboard, error, reload }
}
