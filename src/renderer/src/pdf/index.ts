// Public PDF API. Every module in pdf/ imports the PDF library as `@cantoo/pdf-lib` (never a deep
// path or require), so all PDF objects come from one module instance.
export { loadFont, loadAssetBytes } from './fonts'
export type { FontName } from './fonts'
export type { AgreementInput, Contact, Signatory, Signature, FieldMapping, PlacedBox } from '@renderer/domain/agreement/types'
// The agreement's two builders: the only way the app itself makes these documents (export, print for signing by hand).
export { buildAgreementPdf } from './agreementPdf'
export { fillOfficialPdf } from './officialPdf'
export { inspectTemplatePdf, openTemplatePdf } from './pdfTemplate'
export type { TemplateInfo, TemplateField, TemplateFieldType } from './pdfTemplate'
export { PdfInputError, PDF_MESSAGES, MAX_PDF_BYTES } from './pdfErrors'
export type { PdfInputProblem } from './pdfErrors'
export { findUndrawableText, describeUndrawable } from './glyphCoverage'
export type { UndrawableText } from './glyphCoverage'
export { sha256Hex } from '@renderer/base/sha256'
export type { AgreementEvent } from '@renderer/domain/agreement/types'
// Caseworker undertakings.
export { buildUndertakingPdf } from './undertakingPdf'
export type { UndertakingPdfInput } from './undertakingPdf'
export { buildCaseworkerReportPdf } from './caseworkerReportPdf'
export type { CaseworkerReportInput, CaseworkerReportRow } from './caseworkerReportPdf'
export { UNDERTAKING_PDF_KEYWORD } from './undertakingPdf'
export { savePdf, stripActiveContent } from './activeContent'
// Undertaking forms filled in a PDF reader.
export { buildUndertakingForm, FORM_FIELDS } from './undertakingForm'
export type { UndertakingFormInput } from './undertakingForm'
export { readReturnedUndertaking, ReturnedFormError, RETURNED_FORM_MESSAGES } from './returnedUndertaking'
export type { ReturnedUndertaking, ReturnedFormProblem } from './returnedUndertaking'
export { buildFormCoverListPdf } from './formCoverListPdf'
export type { FormCoverListInput } from './formCoverListPdf'
// After go-live: the notice of a changed contact person.
export { buildContactChangeNotice } from './contactChangeNotice'
export type { ContactChangeNoticeInput } from './contactChangeNotice'
