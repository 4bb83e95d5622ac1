import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject, type SaveOptions } from '@cantoo/pdf-lib'

/**
 * Every PDF the app writes is a plain document: no JavaScript, no actions that run on open, on
 * a page or on a field, no links that launch programs, open web addresses or send form data,
 * and no embedded files. A template from elsewhere (Försäkringskassan's form, or one a user picks)
 * may carry any of these; they are removed here, in one place, before saving.
 *
 * Form fields and their appearances stay: a fillable form is still fillable, only its scripts go.
 */

// Actions that only move within the document. Everything else (JavaScript, Launch, URI,
// SubmitForm, ImportData, ResetForm, GoToR, GoToE, Rendition, Sound, Movie, Hide, …) is removed.
const SAFE_ACTIONS = new Set(['/GoTo', '/Named'])

// Keys that only ever hold active content: additional actions (document, page, field, widget),
// the open action, the document's scripts and embedded files (name trees), XFA forms (which
// carry their own scripts), embedded file streams of a file specification, associated files,
// a script's code and a web address (with its base in the catalog).
const ACTIVE_KEYS = ['AA', 'OpenAction', 'JavaScript', 'EmbeddedFiles', 'XFA', 'EF', 'RF', 'AF', 'JS', 'URI'].map((k) => PDFName.of(k))

// Annotations whose only purpose is to play, show or hand over embedded content.
const ACTIVE_ANNOTATIONS = new Set(['/FileAttachment', '/Sound', '/Movie', '/Screen', '/RichMedia', '/3D'])

const A = PDFName.of('A')
const S = PDFName.of('S')
const NEXT = PDFName.of('Next')
const ANNOTS = PDFName.of('Annots')
const SUBTYPE = PDFName.of('Subtype')
const TYPE = PDFName.of('Type')
const JS = PDFName.of('JS')
const URI = PDFName.of('URI')

const nameOf = (value: PDFObject | undefined): string | undefined => (value instanceof PDFName ? value.asString() : undefined)

/** Removes all active content from the document in place. Safe to call more than once. */
export function stripActiveContent(doc: PDFDocument): void {
  const { context } = doc
  const resolve = (obj: PDFObject | undefined): PDFObject | undefined => (obj instanceof PDFRef ? context.lookup(obj) : obj)

  const isAction = (obj: PDFObject | undefined): obj is PDFDict =>
    obj instanceof PDFDict &&
    obj.has(S) &&
    (nameOf(obj.get(TYPE)) === '/Action' || obj.has(JS) || obj.has(URI) || obj.has(NEXT) || obj.get(TYPE) === undefined)
  const isUnsafeAction = (obj: PDFObject | undefined): boolean => isAction(obj) && !SAFE_ACTIONS.has(nameOf(obj.get(S)) ?? '')

  const cleanDict = (dict: PDFDict): void => {
    for (const key of ACTIVE_KEYS) dict.delete(key)
    // `/A` is an action on annotations and outline items (a structure element's `/A` holds
    // attributes, which have no `/S`, and is kept).
    if (isUnsafeAction(resolve(dict.get(A)))) dict.delete(A)
    // An action's chain (`/Next`) may hide a script behind a harmless GoTo. Outline items also
    // have a `/Next` (their sibling) but no `/S`, so they keep it.
    if (dict.has(S) && isAction(dict)) dict.delete(NEXT)
    // An unsafe action reached some other way is emptied, so nothing can run it. Only dictionaries
    // marked /Type /Action: other dictionaries with /S (transparency groups, structure elements,
    // transitions) are not actions.
    if (nameOf(dict.get(TYPE)) === '/Action' && isUnsafeAction(dict)) for (const key of dict.keys()) dict.delete(key)
    const annots = resolve(dict.get(ANNOTS))
    if (annots instanceof PDFArray) {
      for (let i = annots.size() - 1; i >= 0; i--) {
        const annot = resolve(annots.get(i))
        if (annot instanceof PDFDict && ACTIVE_ANNOTATIONS.has(nameOf(annot.get(SUBTYPE)) ?? '')) annots.remove(i)
      }
    }
  }

  // Every dictionary in the file, directly or nested, without recursion (a crafted file may nest deeply).
  const stack: PDFObject[] = context.enumerateIndirectObjects().map(([, obj]) => obj)
  while (stack.length) {
    const obj = stack.pop()!
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : null
    if (dict) {
      cleanDict(dict)
      for (const value of dict.values()) if (!(value instanceof PDFRef)) stack.push(value)
    } else if (obj instanceof PDFArray) {
      for (const value of obj.asArray()) if (!(value instanceof PDFRef)) stack.push(value)
    }
  }
  removeUnreachable(doc)
}

/** Objects nothing points to any more (a removed script, an embedded file) are left out of the file. */
function removeUnreachable(doc: PDFDocument): void {
  const { context } = doc
  const { Root, Info, Encrypt } = context.trailerInfo
  const reached = new Set<string>()
  const stack: PDFObject[] = [Root, Info, Encrypt].filter((o): o is PDFObject => o !== undefined)
  while (stack.length) {
    const obj = stack.pop()!
    if (obj instanceof PDFRef) {
      const key = obj.toString()
      if (reached.has(key)) continue
      reached.add(key)
      const target = context.lookup(obj)
      if (target) stack.push(target)
    } else if (obj instanceof PDFStream) stack.push(obj.dict)
    else if (obj instanceof PDFDict) stack.push(...obj.values())
    else if (obj instanceof PDFArray) stack.push(...obj.asArray())
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.toString())) context.delete(ref)
}

/**
 * The only way a PDF leaves pdf/: embeds pending fonts and images and draws pending field
 * appearances first (so nothing is added after the clean-up), strips active content, then saves.
 */
export async function savePdf(doc: PDFDocument, options: SaveOptions = {}): Promise<Uint8Array> {
  const { updateFieldAppearances = true, ...rest } = options
  if (updateFieldAppearances && doc.catalog.has(PDFName.of('AcroForm'))) doc.getForm().updateFieldAppearances()
  await doc.flush()
  stripActiveContent(doc)
  return doc.save({ ...rest, updateFieldAppearances: false })
}
