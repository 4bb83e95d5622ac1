/** What goes to Försäkringskassan with the agreement, and the one thing that must never go. */

export const UNDERTAKING_REFUSAL = 'Påminnelse för handläggare ska inte skickas in som bilaga till Anslutningsavtalet.'

export type PackageFile = { name: string; markedAsUndertaking?: boolean; ownerType?: string }

// The app's own undertaking documents are stored with these owner types; names catch files from elsewhere.
const UNDERTAKING_OWNER_TYPES = new Set(['undertaking', 'undertakingVersion', 'acknowledgement'])
const UNDERTAKING_NAME = /p[aå]minnelse|f[oö]rs[aä]kran|undertaking/i

export function isUndertakingFile(file: PackageFile): boolean {
  return Boolean(file.markedAsUndertaking) || UNDERTAKING_OWNER_TYPES.has(file.ownerType ?? '') || UNDERTAKING_NAME.test(file.name)
}

/** null when the file may join the package, else the Swedish reason it may not. */
export function refuseFromPackage(file: PackageFile): string | null {
  return isUndertakingFile(file) ? UNDERTAKING_REFUSAL : null
}
