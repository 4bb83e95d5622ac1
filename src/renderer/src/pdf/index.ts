// Public PDF API. Every module in pdf/ imports the PDF library as `@cantoo/pdf-lib` (never a deep
// path or require), so all PDF objects come from one module instance.
export { loadFont, loadAssetBytes } from './fonts'
export type { FontName } from './fonts'
export type { AgreementInput, Contact, Signatory, Signature, FieldMapping, PlacedBox } from '@renderer/domain/agreement/types'
// Caseworker undertakings (issue 6).
export { buildUndertakingPdf } from './undertakingPdf'
export type { UndertakingPdfInput } from './undertakingPdf'
export { buildCaseworkerReportPdf } from './caseworkerReportPdf'
export type { CaseworkerReportInput, CaseworkerReportRow } from './caseworkerReportPdf'
