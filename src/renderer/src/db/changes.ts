import Dexie from 'dexie'

// Dexie reports every write made through it (in this window or another) with "storagemutated".
// Screens that keep a read in memory compare this number to know whether it is still current.
let generation = 0
Dexie.on('storagemutated', () => {
  generation++
})

/** A number that grows whenever anything in the database changes. */
export function storageGeneration(): number {
  return generation
}
