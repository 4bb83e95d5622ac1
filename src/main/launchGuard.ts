/**
 * Debugging switches hand the whole app (and its database) to whoever opened the port. The
 * Electron fuses switch off some of them in packaged builds, but not Chromium's remote
 * debugging, so the app refuses to start with any of them, packaged or not.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'js-flags'
] as const

// Chromium accepts `--x`, `-x` and (on Windows) `/x`, any case on Windows; `--inspect-brk-node`
// and other `--inspect…` spellings are caught by the prefix match.
const HOSTILE = /^(?:--?|\/)(?:remote-debugging-[a-z-]*|inspect[a-z-]*|js-flags)(?:=|$)/i

/**
 * The reason to refuse this launch, or null when it is clean. `hasSwitch` is
 * `app.commandLine.hasSwitch`, which also sees switches Electron added from other sources.
 */
export function refusedLaunchReason(argv: readonly string[], hasSwitch: (name: string) => boolean): string | null {
  const inArgv = argv.slice(1).find((arg) => HOSTILE.test(arg))
  if (inArgv) return `startargumentet ${inArgv.split('=')[0]} är inte tillåtet`
  const switched = REFUSED_SWITCHES.find((name) => hasSwitch(name))
  if (switched) return `startargumentet --${switched} är inte tillåtet`
  return null
}
