import Dexie, { type Table } from 'dexie'
import { encodeValue, canonicalJson } from '@renderer/domain/backup/codec'
import { schemaVersions } from '../schema'

/** Names of the tables that exist at a schema version (later versions can add or delete tables). */
export function tablesAtVersion(version: number): Set<string> {
  const names = new Set<string>()
  for (const v of schemaVersions) {
    if (v.version > version) break
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) names.delete(name)
      else names.add(name)
    }
  }
  return names
}

/** The highest version we know that is ≤ `version` (a file may name a number we skipped). */
export function knownVersionAtOrBelow(version: number): number {
  let best = schemaVersions[0]!.version
  for (const v of schemaVersions) if (v.version <= version) best = v.version
  return best
}

export type KeyPath = string | string[] | null

export const keyPathOf = (table: Table): KeyPath => table.schema.primKey.keyPath ?? null

export function keyOf(record: unknown, keyPath: KeyPath): unknown {
  if (keyPath === null) return undefined
  return Dexie.getByKeyPath(record as object, keyPath)
}

/** A string that is equal for equal keys, so keys can go into a Map. */
export const keyId = (key: unknown): string =>
  // A string key (most tables) is its JSON text either way; that shortcut skips the general encoder.
  typeof key === 'string' ? JSON.stringify(key) : canonicalJson(encodeValue(key))

export { yieldToUi } from '@renderer/domain/backup/stream'
