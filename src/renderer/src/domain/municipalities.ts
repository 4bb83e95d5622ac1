import Papa from 'papaparse'

export type Municipality = {
  /** Four-digit kommunkod, e.g. "0180". */
  code: string
  /** Short name, e.g. "Stockholm": what people say and search for. */
  name: string
  /** A suggested official name; the user may correct it. */
  officialName: string
  countyCode: string
}

// The source data set's generated long names are wrong for these; the rest are a starting point
// the user can correct on the first-run screen.
const OFFICIAL_NAME_FIXES: Record<string, string> = {
  '0180': 'Stockholms stad',
  '1480': 'Göteborgs stad',
  '1280': 'Malmö stad',
  '0980': 'Region Gotland'
}

export class MunicipalityDataError extends Error {}

/** Parses the shipped kommuner.csv (kommunkod, long name, short name, county code). */
export function parseMunicipalities(csvText: string): Municipality[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
  const out: Municipality[] = []
  for (const row of parsed.data) {
    const code = (row.municipality_code ?? '').trim()
    const name = (row.municipality_name_short ?? '').trim()
    if (!/^\d{4}$/.test(code) || !name) throw new MunicipalityDataError(`Felaktig rad i kommunlistan: ${JSON.stringify(row)}`)
    out.push({
      code,
      name,
      officialName: OFFICIAL_NAME_FIXES[code] ?? (row.municipality_name ?? '').trim() ?? `${name} kommun`,
      countyCode: (row.county_code ?? '').trim()
    })
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
}

/**
 * Case- and diacritic-tolerant search on name or code, best matches first: names or codes that start
 * with the text as typed, then names that start with it once accents are ignored ("ostersund" finds
 * Östersund), then names that contain it.
 */
export function searchMunicipalities(list: Municipality[], query: string, limit = 12): Municipality[] {
  const q = fold(query.trim())
  if (!q) return list.slice(0, limit)
  const loose = stripMarks(q)
  const prefix: Municipality[] = []
  const loosePrefix: Municipality[] = []
  const inner: Municipality[] = []
  for (const m of list) {
    const n = fold(m.name)
    const ln = stripMarks(n)
    if (n.startsWith(q) || m.code.startsWith(q)) prefix.push(m)
    else if (ln.startsWith(loose)) loosePrefix.push(m)
    else if (ln.includes(loose)) inner.push(m)
  }
  return [...prefix, ...loosePrefix, ...inner].slice(0, limit)
}

function fold(s: string): string {
  return s.toLocaleLowerCase('sv-SE')
}

/** "åäöé" → "aaoe": for matching only, never shown. */
function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
}
