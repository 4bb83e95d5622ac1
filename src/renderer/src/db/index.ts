// Public storage API. Features import from here or from their own repository module in db/.
export { db, openDatabase, resetDatabaseInstance, NewerDatabaseError, AppDatabase, DB_NAME } from './database'
export { getSetting, putSetting, getProfile, saveProfile } from './settings'
export { listBoards, createBoard, getBoard, updateBoard } from './boards'
export { completeFirstRun } from './firstRun'
export type { MunicipalityProfile, BoardRecord, AttachmentRecord, SettingRecord } from './types'
// Caseworker undertakings.
export {
  listCaseworkers,
  getCaseworker,
  addCaseworker,
  updateCaseworker,
  importCaseworkers,
  eraseCaseworkers,
  getErasureStats,
  previewRetention,
  getRetentionMonths,
  setRetentionMonths,
  loadUndertakingData,
  DuplicateCaseworkerError
} from './caseworkers/register'
export type { CaseworkerRecord, ErasureStats } from './caseworkers/register'
export {
  listUndertakingVersions,
  getCurrentUndertakingVersion,
  publishUndertakingVersion,
  recordAcknowledgement,
  listAcknowledgementsOf,
  getUndertakingAttachment,
  listUndertakingAttachments,
  recordReminder,
  getUndertakingPolicy,
  setUndertakingPolicy
} from './caseworkers/undertakings'
export { UNDERTAKING_OWNER_TYPE } from './types'
export type { UndertakingVersionRecord, AcknowledgementRecord, ReminderRecord, SigningMethod } from './types'
export { exportBackup, exportBoardBackup, importBackup, BackupError } from './backup'
export type { ImportReport, ImportMode, TableImportCounts } from './backup'
// Connection agreement drafts and FK form templates.
export {
  prefilledAgreement,
  listAgreementDrafts,
  getAgreementDraft,
  createAgreementDraft,
  saveAgreementDraft,
  renameAgreementDraft,
  duplicateAgreementDraft,
  deleteAgreementDraft
} from './agreementDrafts'
export { getPdfTemplate, listPdfTemplates, savePdfTemplate, deletePdfTemplate } from './pdfTemplates'
export type { PdfTemplateRecord } from './pdfTemplates'
export { rebuildSignatureSummaries, listAllAcknowledgements } from './caseworkers/register'
export type { SignatureSummary } from './caseworkers/register'
export { importAcknowledgements } from './caseworkers/undertakings'
// Undertaking forms returned from PDF readers.
export { recordReturnedForms, storedUndertakingFileHashes, ReturnedFormsNotSavedError } from './caseworkers/returnedForms'
export type { AcceptedReturnedForm } from './caseworkers/returnedForms'
// Retention by rule and the culling log.
export {
  getRetentionRule,
  setRetentionRule,
  previewRetentionRule,
  cullByRule,
  deleteRegisteredByMistake,
  listCullingLog,
  MistakeReasonError
} from './retention'
export type { RetentionPreview } from './retention'
