import fontkit from '@cantoo/fontkit'
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib'
import { subsetTag } from '@renderer/base/subsetTag'
import { loadFont, type FontName } from './fonts'

export type AgreementFonts = { sans: PDFFont; bold: PDFFont; handwriting: () => Promise<PDFFont> }

// Ligatures off: a ligature glyph would extract as something other than the letters typed,
// and the text in the PDF must read back exactly as it was shown on screen.
const FEATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false }

const POSTSCRIPT_NAMES: Record<FontName, string> = { sans: 'DejaVuSans', 'sans-bold': 'DejaVuSans-Bold', handwriting: 'Caveat-Regular' }

// pdf-lib parses the font file anew for every embedFont call, and fontkit then re-reads the large
// layout and metrics tables of DejaVu on first use. One parsed font per file, shared by every
// document, keeps a second build (and the second stage of each build) from paying that again.
const parsed = new Map<Uint8Array, unknown>()
const sharedFontkit = {
  ...fontkit,
  create: (data: Uint8Array, postscriptName?: string) => {
    let font = parsed.get(data)
    if (!font) {
      font = fontkit.create(data, postscriptName as never)
      parsed.set(data, font)
    }
    return font
  }
} as unknown as typeof fontkit

export async function embedAppFont(doc: PDFDocument, name: FontName): Promise<PDFFont> {
  doc.registerFontkit(sharedFontkit)
  return doc.embedFont(await loadFont(name), { subset: true, features: FEATURES, customName: `${subsetTag()}+${POSTSCRIPT_NAMES[name]}` })
}

/** `withBold: false` draws "bold" text in the regular face: one font subset less to build. */
export async function embedAgreementFonts(doc: PDFDocument, withBold = true): Promise<AgreementFonts> {
  const sans = await embedAppFont(doc, 'sans')
  const bold = withBold ? await embedAppFont(doc, 'sans-bold') : sans
  let handwriting: Promise<PDFFont> | null = null
  return { sans, bold, handwriting: () => (handwriting ??= embedAppFont(doc, 'handwriting')) }
}
