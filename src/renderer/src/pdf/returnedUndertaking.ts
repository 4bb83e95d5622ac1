import {
  EncryptedPDFError,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  PDFTextField,
  type PDFForm
} from '@cantoo/pdf-lib'
import { parseFlexibleDate } from '@renderer/domain/caseworkers/dates'
import { pageContentFingerprint } from './pageFingerprint'
import { MAX_PDF_BYTES } from './pdfErrors'
import { FORM_CATALOG_KEY, FORM_FIELDS, FORM_FORMAT, FORM_INFO_KEY, type FormData } from './undertakingForm'

export interface ReturnedUndertaking {
  personId: string
  versionId: string
  textSha256: string // hex, of version.text as UTF-8
  contentIntact: boolean // page content unchanged since buildUndertakingForm wrote it
  acknowledged: boolean // the checkbox is ticked
  typedName: string // '' when empty
  signedOn: string | null // ÅÅÅÅ-MM-DD when the field holds a valid date, else null
}

export type ReturnedFormProblem = 'not-pdf' | 'encrypted' | 'not-our-form' | 'corrupt' | 'too-large'

export const RETURNED_FORM_MESSAGES: Record<ReturnedFormProblem, string> = {
  'not-pdf': 'Filen är ingen PDF-fil. Välj det ifyllda formuläret som PDF.',
  encrypted: 'PDF-filen är lösenordsskyddad och kan inte läsas. Be personen spara formuläret utan lösenord och skicka det igen.',
  'not-our-form': 'PDF-filen är inte ett formulär som Anslutningsguiden har skapat. Skicka ut ett nytt formulär till personen.',
  corrupt: 'PDF-filen är skadad och kan inte läsas. Be personen spara formuläret igen och skicka det på nytt.',
  'too-large': 'Filen är större än 50 MB och kan inte vara ett ifyllt formulär från appen.'
}

/** A returned file that cannot be read as one of the app's forms; `message` is Swedish. */
export class ReturnedFormError extends Error {
  constructor(readonly problem: ReturnedFormProblem) {
    super(RETURNED_FORM_MESSAGES[problem])
    this.name = 'ReturnedFormError'
  }
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)))

function parseData(bytes: Uint8Array): FormData | null {
  try {
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<FormData>
    if (data?.format !== FORM_FORMAT) return null
    const strings = [data.personId, data.versionId, data.textSha256, data.contentFingerprint]
    if (!strings.every((s) => typeof s === 'string' && s.length > 0)) return null
    return data as FormData
  } catch {
    return null
  }
}

function textOf(form: PDFForm, name: string): string {
  const field = form.getFieldMaybe(name)
  if (!(field instanceof PDFTextField)) return ''
  return (field.getText() ?? '').normalize('NFC').trim()
}

function isTicked(form: PDFForm): boolean {
  const field = form.getFieldMaybe(FORM_FIELDS.acknowledged)
  if (!(field instanceof PDFCheckBox)) return false
  if (field.isChecked()) return true
  // Some readers set only the widget's appearance state; any state other than Off is "ticked".
  const v = field.acroField.dict.get(PDFName.of('V'))
  const as = field.acroField.getWidgets()[0]?.getAppearanceState()
  const on = (n: unknown) => n instanceof PDFName && n.decodeText() !== 'Off'
  return on(v) || (v === undefined && on(as))
}

/**
 * Reads a returned undertaking form: its fields and the embedded data the app wrote, and whether
 * the pages still show what the app wrote. Throws ReturnedFormError (Swedish message) for a file
 * that is not a PDF, is encrypted, or was not made by the app.
 */
export async function readReturnedUndertaking(bytes: Uint8Array): Promise<ReturnedUndertaking> {
  if (bytes.byteLength > MAX_PDF_BYTES) throw new ReturnedFormError('too-large')
  if (!ascii(bytes, 0, 1024).includes('%PDF-')) throw new ReturnedFormError('not-pdf')
  // Every complete save (a reader's incremental one too) ends with %%EOF; a file cut short in
  // copying does not, and a lenient parse of what is left must not be read as a form.
  if (!ascii(bytes, Math.max(0, bytes.byteLength - 1024), bytes.byteLength).includes('%%EOF')) throw new ReturnedFormError('corrupt')
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false })
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new ReturnedFormError('encrypted')
    throw new ReturnedFormError('corrupt')
  }
  if (doc.isEncrypted) throw new ReturnedFormError('encrypted')
  let data: FormData | null = null
  try {
    const value = doc.catalog.get(PDFName.of(FORM_CATALOG_KEY))
    if (value instanceof PDFHexString || value instanceof PDFString) data = parseData(new TextEncoder().encode(value.decodeText()))
  } catch {
    data = null
  }
  if (!data) {
    try {
      const info = doc.context.lookup(doc.context.trailerInfo.Info)
      const value = info instanceof PDFDict ? info.get(PDFName.of(FORM_INFO_KEY)) : undefined
      if (value instanceof PDFHexString || value instanceof PDFString) data = parseData(new TextEncoder().encode(value.decodeText()))
    } catch {
      data = null
    }
  }
  if (!data) throw new ReturnedFormError('not-our-form')
  let form: PDFForm
  try {
    form = doc.getForm()
  } catch {
    throw new ReturnedFormError('corrupt')
  }
  let fingerprint: string
  try {
    fingerprint = await pageContentFingerprint(doc)
  } catch {
    fingerprint = ''
  }
  const date = textOf(form, FORM_FIELDS.date)
  return {
    personId: data.personId,
    versionId: data.versionId,
    textSha256: data.textSha256,
    contentIntact: fingerprint === data.contentFingerprint,
    acknowledged: isTicked(form),
    typedName: textOf(form, FORM_FIELDS.typedName),
    signedOn: date ? parseFlexibleDate(date) : null
  }
}
