import csv from '@resources/content/kommuner.csv?raw'
import { parseMunicipalities, searchMunicipalities, type Municipality } from '@renderer/domain'
import type { ComboOption } from '@renderer/ui/ComboBoxField'

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

/** The municipalities to offer for what is typed (by name or kommunkod, best matches first); all of them for an empty field. */
export function municipalityOptions(input: string): ComboOption[] {
  const list = municipalityList()
  return searchMunicipalities(list, input, list.length).map((m) => ({ id: m.code, text: m.name, detail: m.code }))
}
