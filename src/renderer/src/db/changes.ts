import Dexie from 'dexie'

// Dexie reports every write made through it (in this window or another) with "storagemutated".
// Screens that keep a read in memory compare this number to know whether it is still current.
let generation = 0
const listeners = new Set<() => void>()
Dexie.on('storagemutated', () => {
  generation++
  for (const listener of listeners) listener()
})

/** Calls `listener` after every write to the database; returns the function that stops it. */
export function onStorageChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A number that grows whenever anything in the database changes. */
export function storageGeneration(): number {
  return generation
}
