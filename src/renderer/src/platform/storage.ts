/** What the browser says about this origin's storage; every call tolerates a missing API. */
export type PersistState = 'granted' | 'denied' | 'unknown'

export async function persistedState(): Promise<PersistState> {
  if (!navigator.storage?.persisted) return 'unknown'
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'denied'
  } catch {
    return 'unknown'
  }
}

export async function requestPersistence(): Promise<PersistState> {
  if (!navigator.storage?.persist) return 'unknown'
  try {
    return (await navigator.storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unknown'
  }
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null
  try {
    const e = await navigator.storage.estimate()
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 }
  } catch {
    return null
  }
}
