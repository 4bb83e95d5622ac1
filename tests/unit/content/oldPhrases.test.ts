import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The findings of a review of the app's Swedish stay fixed. The built renderer is made from src/ and
 * resources/, so this greps those (it runs in every `npm test`, built or not). Text an old phrase
 * may legitimately appear in (this test, code comments) is not scanned: only string literals and
 * JSON content. ROOT can point at another checkout to see the test fail on the old text.
 */
const ROOT = process.env.OLD_PHRASES_ROOT ?? resolve(import.meta.dirname, '../../..')

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : []
  })
}

/** The string literals of a TypeScript file ('…', "…", `…`), or the whole text of a JSON file. */
function userText(path: string): string[] {
  const text = readFileSync(path, 'utf8')
  if (path.endsWith('.json')) return [text]
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0])
}

const sources = [...files(join(ROOT, 'src/renderer/src'), /\.(ts|tsx)$/), ...files(join(ROOT, 'resources/content'), /\.json$/)]
const scanned = sources.map((path) => ({ path: relative(ROOT, path), strings: userText(path) }))
/** Text the user reads: i18n, features, PDFs, domain messages and content (not the platform glue). */
const userFacing = scanned.filter((f) => !f.path.startsWith('src/renderer/src/platform/') && !f.path.startsWith('src/renderer/src/db/'))

function hits(pattern: RegExp, among = userFacing): string[] {
  return among.flatMap((f) => f.strings.filter((s) => pattern.test(s)).map((s) => `${f.path}: ${s.slice(0, 120)}`))
}

describe('old phrases from the language review are gone', () => {
  it.each([
    ['Lagringens hälsa'],
    ['Slags data'],
    ['Slutförandesida'],
    ['Platt PDF med placerade rutor'],
    ['Varför och sedan när'],
    ['Handläggare – delar'],
    ['Kontakta din teamledare'],
    ['Ladda upp'],
    ['senast granskad'],
    ['Versioner av påminnelsen'],
    ['Undertecknade påminnelser'],
    ['är en egen part med egen anslutning'],
    ['Avtalet är ingånget när parten']
  ])('”%s”', (phrase) => {
    expect(hits(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'))).toEqual([])
  })

  it('the municipality name is put in the genitive before "ifyllda exemplar"', () => {
    expect(hits(/\$\{(?![^}]*genitive\()[^}]*\}\s+ifyllda exemplar/)).toEqual([])
  })

  it('one form of address: "du", never "ni"/"er"', () => {
    expect(hits(/(^|[\s(„”"'`])(ni|Ni|er|Er|ert|Ert|era|Era)(?=[\s.,:;!?)”"'`]|$)/, userFacing)).toEqual([])
  })

  it('no technical jargon (IndexedDB, webbläsare) in user-facing text outside the Avancerat heading', () => {
    expect(hits(/IndexedDB|webbläsar/i)).toEqual([])
  })

  it('actually scans the app: the files and strings are there', () => {
    expect(scanned.length).toBeGreaterThan(50)
    expect(hits(/Så får SSBTEK användas/).length).toBeGreaterThan(0)
  })
})

/** Every string in a JSON value, one by one (a content statement is one string). */
const jsonStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(jsonStrings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(jsonStrings)
        : []

describe('the repealed socialtjänstlag (2001:453) is never shown as the law in force', () => {
  // DOMAIN.md: show what FK's page says beside the new law (2025:400), never the old act alone.
  const statements = scanned.flatMap((f) =>
    (f.path.endsWith('.json') ? jsonStrings(JSON.parse(f.strings.join(''))) : f.strings).map((text) => ({ path: f.path, text }))
  )

  it('every statement or text that names 2001:453 also names 2025:400', () => {
    const alone = statements.filter((s) => /2001:453/.test(s.text) && !/2025:400/.test(s.text))
    expect(alone.map((s) => `${s.path}: ${s.text}`)).toEqual([])
  })

  it('finds the statements that name it (the check reads the content)', () => {
    expect(statements.filter((s) => /2001:453/.test(s.text)).length).toBeGreaterThanOrEqual(3)
  })
})
