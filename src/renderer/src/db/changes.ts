// Every write made through the database library (in this window or another) is reported here by
// database.ts, which forwards Dexie's "storagemutated". This module imports nothing, so a screen
// shown at start-up can listen for changes without loading the database library: nothing can be
// written before that library is loaded.
let generation = 0
const listeners = new Set<() => void>()

/** Called by database.ts after every write to the database. */
export function noteStorageChange(): void {
  generation++
  for (const listener of listeners) listener()
}

/** Calls `listener` after every write to the database; returns the function that stops it. */
export function onStorageChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A number that grows whenever anything in the database changes. */
export function storageGeneration(): number {
  return generation
}
