// Public domain API: pure TypeScript, no React, no Dexie. External acceptance tests import from here.
export { parseMunicipalities, searchMunicipalities, MunicipalityDataError } from './municipalities'
export type { Municipality } from './municipalities'
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays'
export { swedishHolidays, swedishDeFactoHolidays, swedishNonWorkingDays } from './holidays'
export type { Holiday } from './holidays'
export { isValidIsoDate, todayIso } from '@renderer/base/calendarDate'
export { parseOrganisationsnummer, parseAgreementOrganisationsnummer, luhnCheckDigit, ORGNR_MESSAGES } from './organisationsnummer'
export type { OrganisationsnummerResult } from './organisationsnummer'
// Caseworker undertakings.
export { parseCaseworkerCsv, previewCaseworkerCsv, detectSeparator } from './caseworkers/csvImport'
export type { CaseworkerCsvPreview, CsvPreviewRow, CsvRowProblem, ExistingCaseworkerKey } from './caseworkers/csvImport'
export type { CaseworkerInput, CaseworkerField } from './caseworkers/types'
export { validateCaseworker, normaliseEmail, isValidEmail } from './caseworkers/validate'
export { undertakingStatus, undertakingStatusDetail, DEFAULT_POLICY } from './caseworkers/status'
export type {
  UndertakingStatus,
  UndertakingPolicy,
  UndertakingStatusDetail,
  StatusPerson,
  StatusAcknowledgement,
  StatusVersion
} from './caseworkers/status'
export { buildDashboard, filterDashboardRows, sortDashboardRows } from './caseworkers/dashboard'
export type { Dashboard, DashboardRow, DashboardFilter, UnitSummary, StatusCounts } from './caseworkers/dashboard'
export { buildCsv, csvCell } from './caseworkers/csvReport'
export { composeUndertakingText, sha256Hex } from './caseworkers/undertakingText'
export type { UndertakingContent } from './caseworkers/undertakingText'
export { decodeWindows1252, encodeWindows1252, decodeTextFile } from './text/windows1252'
// Access to SSBTEK and retention by rule.
export { hasAccessOn, accessWithoutValidUndertaking, isValidUndertaking } from './caseworkers/access'
export type { AccessChange, AccessPeriod, AccessRisk, AccessRiskReason } from './caseworkers/access'
export { dueUnderRule, checkRetentionRule, retentionStartOf, cullableFrom } from './retention/rule'
export type { RetentionRule, RetentionBasis, RetentionUnit } from './retention/rule'
export { redactReason, checkMistakeReason } from './retention/cullingLog'
export type { CullingLogEntry, CulledCounts } from './retention/cullingLog'
