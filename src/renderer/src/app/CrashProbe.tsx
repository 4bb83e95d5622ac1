/**
 * Lets the end-to-end suite prove that a render error shows the error screen rather than a blank
 * window: it throws only when the test has set this session flag before the page loaded.
 */
export const CRASH_PROBE_KEY = 'anslutningsguiden:crash-probe'

export function CrashProbe() {
  if (typeof sessionStorage !== 'undefined' && sessionStorage.getItem(CRASH_PROBE_KEY) === '1') {
    throw new Error('Avsiktligt renderfel (testkörning)')
  }
  return null
}
