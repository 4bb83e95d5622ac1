import fontkit from '@cantoo/fontkit'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { loadFont, type FontName } from './fonts'

type CoverageFont = { hasGlyphForCodePoint(cp: number): boolean }
const parsed = new Map<FontName, Promise<CoverageFont>>()

function coverage(name: FontName): Promise<CoverageFont> {
  let p = parsed.get(name)
  if (!p) {
    p = loadFont(name).then((bytes) => fontkit.create(bytes as unknown as Buffer) as unknown as CoverageFont)
    parsed.set(name, p)
  }
  return p
}

export type UndrawableText = { path: string; characters: string[] }

/** Characters that `font` cannot draw (line breaks and other controls are never drawn and are ignored). */
export async function missingCharacters(text: string, font: FontName = 'sans'): Promise<string[]> {
  const f = await coverage(font)
  const missing = new Set<string>()
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue
    if (!f.hasGlyphForCodePoint(cp)) missing.add(ch)
  }
  return [...missing]
}

/** Every text value in the agreement (path → text), as the PDF builders draw them. */
export function agreementTexts(input: AgreementInput): [string, string][] {
  const out: [string, string][] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value])
    else if (value instanceof Uint8Array) return
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k)
  }
  walk(input, '')
  return out
}

/**
 * Text that no bundled font can draw, found before export so nothing is ever silently dropped.
 * Typed signatures are drawn in the handwriting font and fall back to DejaVu Sans, so they
 * count as drawable when either font has the character.
 */
export async function findUndrawableText(input: AgreementInput): Promise<UndrawableText[]> {
  const result: UndrawableText[] = []
  for (const [path, text] of agreementTexts(input)) {
    if (path.endsWith('.kind') || path.endsWith('.signedAt')) continue
    const missing = await missingCharacters(text, 'sans')
    if (missing.length) result.push({ path, characters: missing })
  }
  return result
}

export function describeUndrawable(list: UndrawableText[], label: (path: string) => string = (p) => p): string {
  return `Följande tecken kan inte skrivas i PDF:en med appens typsnitt: ${list
    .map(
      (u) =>
        `${label(u.path)}: ${u.characters.map((c) => `”${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`
    )
    .join('; ')}. Ändra texten innan du exporterar.`
}
