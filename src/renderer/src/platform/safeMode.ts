/**
 * Safe mode: the app opens only Säkerhetskopiering and Inställningar, and the shell reads no data
 * of its own, so a damaged record cannot keep the user from restoring a backup. The choice is kept
 * in localStorage (read before any data is loaded) until the user leaves safe mode; the address
 * `#/sakert-lage` turns it on too.
 */
const FLAG = 'anslutningsguiden:safe-mode'
export const SAFE_MODE_HASH = '#/sakert-lage'

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** True when safe mode is on; an address of `#/sakert-lage` switches it on (and remembers it). */
export function readSafeMode(hash: string = typeof location === 'undefined' ? '' : location.hash): boolean {
  if (hash.startsWith(SAFE_MODE_HASH)) {
    try {
      store()?.setItem(FLAG, '1')
    } catch {
      // Still on for this start; it is just not remembered.
    }
    return true
  }
  try {
    return store()?.getItem(FLAG) === '1'
  } catch {
    return false
  }
}

/** Restarts the app in safe mode, on the backup screen. */
export function enterSafeMode(): void {
  try {
    store()?.setItem(FLAG, '1')
  } catch {
    // The address below turns it on anyway.
  }
  location.hash = SAFE_MODE_HASH
  location.reload()
}

/** Restarts the app normally. */
export function leaveSafeMode(): void {
  try {
    store()?.removeItem(FLAG)
  } catch {
    // Nothing else to do.
  }
  location.hash = '#/'
  location.reload()
}
