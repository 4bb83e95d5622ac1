/** The municipality a backup or an installation belongs to, as the import preview shows it. */
export type MunicipalityFacts = { code: string; name: string; officialName?: string; organisationsnummer?: string }

const digits = (s: string | undefined) => (s ?? '').replace(/\D/g, '')

/**
 * True when a file comes from another municipality than this installation: another kommunkod,
 * or another organisationsnummer when both are known. The name alone may be spelled differently.
 */
export function differentMunicipality(file: MunicipalityFacts, here: MunicipalityFacts): boolean {
  if (file.code.trim() !== here.code.trim()) return true
  const a = digits(file.organisationsnummer)
  const b = digits(here.organisationsnummer)
  return a !== '' && b !== '' && a !== b
}
