import csv from '@resources/content/kommuner.csv?raw'
import { parseMunicipalities, type Municipality } from '@renderer/domain'

let cache: Municipality[] | null = null

/** The 290 municipalities shipped in resources/content/kommuner.csv. */
export function municipalityList(): Municipality[] {
  cache ??= parseMunicipalities(csv)
  return cache
}

export function findMunicipality(input: string): Municipality | undefined {
  const q = input.trim().toLocaleLowerCase('sv-SE')
  if (!q) return undefined
  return municipalityList().find(
    (m) => m.name.toLocaleLowerCase('sv-SE') === q || m.code === q || `${m.name} (${m.code})`.toLocaleLowerCase('sv-SE') === q
  )
}
