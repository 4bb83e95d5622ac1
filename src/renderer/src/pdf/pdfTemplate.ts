import {
  EncryptedPDFError,
  PDFCheckBox,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  PDFRadioGroup,
  PDFSignature,
  PDFTextField,
  type PDFField
} from '@cantoo/pdf-lib'
import { MAX_PDF_BYTES, pdfInputError, PdfInputError } from './pdfErrors'
import { sha256Hex } from '@renderer/base/sha256'

export type TemplateFieldType = 'text' | 'checkbox' | 'dropdown' | 'radio' | 'optionlist' | 'signature' | 'button'

export type TemplateField = {
  /** The field's full name: the key of FieldMapping.fields. */
  name: string
  type: TemplateFieldType
  /** Page index (0-based) and rectangle of the field's first widget, in PDF points. */
  page: number
  rect: { x: number; y: number; width: number; height: number }
}

export type TemplateInfo = {
  /** SHA-256 of the file as loaded: the key under which its mapping is saved. */
  fingerprint: string
  pageCount: number
  pageSizes: { width: number; height: number }[]
  fields: TemplateField[]
  /** Opened only with the empty password. */
  wasEncrypted: boolean
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)))

/**
 * Opens a user-supplied PDF, or throws PdfInputError with a Swedish message: too large, not a PDF,
 * truncated, corrupt, password-protected (the empty password is tried first), no pages.
 */
export async function openTemplatePdf(bytes: Uint8Array): Promise<{ doc: PDFDocument; wasEncrypted: boolean }> {
  if (bytes.byteLength > MAX_PDF_BYTES) throw pdfInputError('too-large')
  if (!ascii(bytes, 0, 1024).includes('%PDF-')) throw pdfInputError('not-pdf')
  // A complete PDF ends with %%EOF (possibly followed by a line break or a little junk).
  if (!ascii(bytes, bytes.length - 2048, bytes.length).includes('%%EOF')) throw pdfInputError('truncated')
  let doc: PDFDocument
  let wasEncrypted = false
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, preserveXFA: true })
  } catch (error) {
    if (!(error instanceof EncryptedPDFError)) throw pdfInputError('corrupt')
    wasEncrypted = true
    try {
      doc = await PDFDocument.load(bytes, { updateMetadata: false, password: '', preserveXFA: true })
    } catch {
      throw pdfInputError('encrypted')
    }
    if (doc.isEncrypted) throw pdfInputError('encrypted')
  }
  let pageCount: number
  try {
    pageCount = doc.getPageCount()
  } catch {
    throw pdfInputError('corrupt')
  }
  if (pageCount === 0) throw pdfInputError('no-pages')
  return { doc, wasEncrypted }
}

export function fieldType(field: PDFField): TemplateFieldType {
  if (field instanceof PDFTextField) return 'text'
  if (field instanceof PDFCheckBox) return 'checkbox'
  if (field instanceof PDFDropdown) return 'dropdown'
  if (field instanceof PDFRadioGroup) return 'radio'
  if (field instanceof PDFOptionList) return 'optionlist'
  if (field instanceof PDFSignature) return 'signature'
  return 'button'
}

/** The page index and rectangle of each widget of a field. */
export function widgetPlacements(doc: PDFDocument, field: PDFField): { page: number; rect: TemplateField['rect'] }[] {
  const pages = doc.getPages()
  const out: { page: number; rect: TemplateField['rect'] }[] = []
  for (const widget of field.acroField.getWidgets()) {
    const ref = doc.context.getObjectRef(widget.dict)
    const pageRef = widget.P()
    let index = pages.findIndex((p) => p.ref === pageRef)
    if (index === -1 && ref) {
      const page = doc.findPageForAnnotationRef(ref)
      index = page ? pages.indexOf(page) : -1
    }
    if (index === -1) continue
    const r = widget.getRectangle()
    out.push({ page: index, rect: { x: r.x, y: r.y, width: r.width, height: r.height } })
  }
  return out
}

function hasXfa(doc: PDFDocument): boolean {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'))
  return Boolean(acroForm && 'has' in acroForm && (acroForm as { has(n: PDFName): boolean }).has(PDFName.of('XFA')))
}

/** What the app needs to map a loaded PDF: its fingerprint, pages and AcroForm fields. */
export async function inspectTemplatePdf(bytes: Uint8Array): Promise<TemplateInfo> {
  const fingerprint = await sha256Hex(bytes)
  const { doc, wasEncrypted } = await openTemplatePdf(bytes)
  const xfa = hasXfa(doc)
  let fields: TemplateField[]
  try {
    fields = doc
      .getForm()
      .getFields()
      .flatMap((field) => {
        const [first] = widgetPlacements(doc, field)
        return first ? [{ name: field.getName(), type: fieldType(field), page: first.page, rect: first.rect }] : []
      })
  } catch (error) {
    if (error instanceof PdfInputError) throw error
    throw pdfInputError('corrupt')
  }
  // An XFA form whose AcroForm holds no real fields renders only in Adobe's XFA engine.
  if (xfa && fields.length === 0) throw pdfInputError('xfa-only')
  return {
    fingerprint,
    pageCount: doc.getPageCount(),
    pageSizes: doc.getPages().map((p) => p.getSize()),
    fields,
    wasEncrypted
  }
}
