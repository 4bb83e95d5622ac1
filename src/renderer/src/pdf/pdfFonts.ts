import fontkit from '@cantoo/fontkit'
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib'
import { loadFont, type FontName } from './fonts'

export type AgreementFonts = { sans: PDFFont; bold: PDFFont; handwriting: () => Promise<PDFFont> }

// Ligatures off: a ligature glyph would extract as something other than the letters typed,
// and the text in the PDF must read back exactly as it was shown on screen.
const FEATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false }

const POSTSCRIPT_NAMES: Record<FontName, string> = { sans: 'DejaVuSans', 'sans-bold': 'DejaVuSans-Bold', handwriting: 'Caveat-Regular' }

/** PDF's subset tag: six capital letters and "+", so readers (and pdffonts) know the font is a subset. */
function subsetTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return String.fromCharCode(...[...bytes].map((b) => 65 + (b % 26)))
}

export async function embedAppFont(doc: PDFDocument, name: FontName): Promise<PDFFont> {
  doc.registerFontkit(fontkit)
  return doc.embedFont(await loadFont(name), { subset: true, features: FEATURES, customName: `${subsetTag()}+${POSTSCRIPT_NAMES[name]}` })
}

export async function embedAgreementFonts(doc: PDFDocument): Promise<AgreementFonts> {
  const [sans, bold] = await Promise.all([embedAppFont(doc, 'sans'), embedAppFont(doc, 'sans-bold')])
  let handwriting: Promise<PDFFont> | null = null
  return { sans, bold, handwriting: () => (handwriting ??= embedAppFont(doc, 'handwriting')) }
}
