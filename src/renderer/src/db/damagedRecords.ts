/**
 * Records that were skipped because they are damaged (see domain/records/recordShapes.ts). The
 * shell lists them with a way to restore a backup; the data itself is left untouched, so a full
 * backup still contains it.
 */
export type DamagedRecord = { table: string; key: string }

let damaged: DamagedRecord[] = []
const listeners = new Set<() => void>()

export function noteDamagedRecord(table: string, key: string): void {
  if (damaged.some((d) => d.table === table && d.key === key)) return
  damaged = [...damaged, { table, key }]
  for (const listener of listeners) listener()
}

/** The same array until something new is noted (usable with useSyncExternalStore). */
export const damagedRecords = (): readonly DamagedRecord[] => damaged

export function onDamagedRecords(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** For tests. */
export function forgetDamagedRecords(): void {
  damaged = []
  for (const listener of listeners) listener()
}

/** Keeps the records that pass `isWellFormed`; notes the others (by `keyOf`, or their position). */
export function keepWellFormed<T>(
  table: string,
  records: readonly unknown[],
  isWellFormed: (record: unknown) => boolean,
  keyOf: (record: unknown) => unknown
): T[] {
  const kept: T[] = []
  records.forEach((record, index) => {
    if (isWellFormed(record)) kept.push(record as T)
    else {
      const key = keyOf(record)
      noteDamagedRecord(table, typeof key === 'string' || typeof key === 'number' ? String(key) : `#${index + 1}`)
    }
  })
  return kept
}
