import {
  PDFCheckBox,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  PDFRadioGroup,
  PDFTextField,
  type PDFDocument,
  type PDFFont,
  type PDFPage
} from '@cantoo/pdf-lib'
import { isSignaturePath, signatoryIndexOf, textAtPath } from '@renderer/domain/agreement/paths'
import type { AgreementInput, FieldMapping, PlacedBox } from '@renderer/domain/agreement/types'
import { finishAgreement, setAgreementMetadata, type FinishedAgreement, type SignaturePlacement } from './agreementFinish'
import { assertDrawable } from './drawableCheck'
import { embedAppFont } from './pdfFonts'
import { textWidth } from './pageWriter'
import { openTemplatePdf, widgetPlacements } from './pdfTemplate'
import { savePdf } from './activeContent'

/**
 * Public contract, and the one way the app fills Försäkringskassan's own PDF (export, print for
 * signing by hand): AcroForm fields by `mapping.fields`, and text/signature boxes placed on a flat
 * PDF by `mapping.boxes`. The result is flattened (no form fields left), has the bundled DejaVu font
 * embedded for every value, the signatures, and a completion page.
 */
export async function fillOfficialPdf(template: Uint8Array, mapping: FieldMapping, input: AgreementInput): Promise<Uint8Array> {
  return (await produceOfficialAgreement(template, mapping, input)).bytes
}

/** fillOfficialPdf's two stages with what lies between them (the unsigned document and its hash), for tests. */
export async function produceOfficialAgreement(
  template: Uint8Array,
  mapping: FieldMapping,
  input: AgreementInput
): Promise<FinishedAgreement> {
  await assertDrawable(input)
  const startedAt = new Date()
  const { doc } = await openTemplatePdf(template)
  const sans = await embedAppFont(doc, 'sans')
  const placements: SignaturePlacement[] = []

  const form = doc.getForm()
  for (const [fieldName, path] of Object.entries(mapping.fields ?? {})) {
    if (!path) continue
    const field = form.getFieldMaybe(fieldName)
    if (!field) continue
    if (isSignaturePath(path)) {
      const signatory = signatoryIndexOf(path)!
      for (const w of widgetPlacements(doc, field)) placements.push({ signatory, page: w.page, rect: w.rect })
      // The signature is drawn on the page itself; the (empty) field must not cover it.
      form.removeField(field)
      continue
    }
    const value = textAtPath(input, path).normalize('NFC')
    fillField(field, value)
    if (field instanceof PDFTextField) shrinkToFit(field, value, sans)
  }

  for (const box of mapping.boxes ?? []) {
    const page = doc.getPages()[box.page]
    if (!page) continue
    if (box.kind === 'signature' || isSignaturePath(box.path)) {
      const signatory = signatoryIndexOf(box.path)
      if (signatory !== null) placements.push({ signatory, page: box.page, rect: box })
    } else drawBoxText(page, box, textAtPath(input, box.path).normalize('NFC'), sans)
  }

  // Appearances in our font (so Ł, č, ő … show), then burn them into the pages.
  form.updateFieldAppearances(sans)
  form.flatten({ updateFieldAppearances: false })
  form.deleteXFA()
  doc.catalog.delete(PDFName.of('AcroForm'))
  setAgreementMetadata(doc, input, startedAt)
  const unsigned = await savePdf(doc, { updateFieldAppearances: false })
  return finishAgreement(unsigned, placements, input, startedAt)
}

function fillField(field: unknown, value: string): void {
  if (field instanceof PDFTextField) {
    // A value is never cut short to fit a length limit or comb meant for the paper form.
    const max = field.getMaxLength()
    if (max !== undefined && value.length > max) {
      if (field.isCombed()) field.disableCombing()
      field.setMaxLength(undefined)
    }
    field.setText(value)
    return
  }
  try {
    if (field instanceof PDFCheckBox) {
      if (value.trim()) field.check()
      else field.uncheck()
    } else if (field instanceof PDFDropdown) {
      if (!value) return
      if (!field.getOptions().includes(value)) field.enableEditing()
      field.select(value)
    } else if (field instanceof PDFRadioGroup || field instanceof PDFOptionList) {
      if (field.getOptions().includes(value)) field.select(value)
    }
  } catch {
    // A choice field without the appearance states pdf-lib needs keeps its printed state; the
    // agreement's values are text fields, which never take this path.
  }
}

/** A one-line value wider than its field gets an automatic font size rather than being clipped. */
function shrinkToFit(field: PDFTextField, value: string, font: PDFFont): void {
  if (!value || field.isMultiline()) return
  const widgets = field.acroField.getWidgets()
  const width = Math.min(...widgets.map((w) => w.getRectangle().width))
  const daSize = (da: string | undefined) => Number(/([\d.]+)\s+Tf/.exec(da ?? '')?.[1] ?? 0)
  const sizes = [daSize(field.acroField.getDefaultAppearance()), ...widgets.map((w) => daSize(w.getDefaultAppearance()))].filter(
    (n) => n > 0
  )
  if (!sizes.some((size) => font.widthOfTextAtSize(value, size) > width - 4)) return
  const auto = (da: string) => da.replace(/([\d.]+)(\s+Tf)/, '0$2')
  const fieldDa = field.acroField.getDefaultAppearance()
  if (fieldDa) field.acroField.setDefaultAppearance(auto(fieldDa))
  for (const w of widgets) {
    const da = w.getDefaultAppearance()
    if (da) w.setDefaultAppearance(auto(da))
  }
}

function drawBoxText(page: PDFPage, box: PlacedBox, text: string, font: PDFFont): void {
  if (!text) return
  let size = box.fontSize ?? Math.min(11, box.height * 0.7)
  while (size > 5 && textWidth(font, text, size) > box.width - 4) size -= 0.5
  page.drawText(text, { x: box.x + 2, y: box.y + Math.max(2, (box.height - size) / 2), size, font })
}

export type { PDFDocument }
