// Public domain API: pure TypeScript, no React, no Dexie. External acceptance tests import from here.
export { parseMunicipalities, searchMunicipalities, MunicipalityDataError } from './municipalities'
export type { Municipality } from './municipalities'
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays'
export { swedishHolidays, swedishDeFactoHolidays, swedishNonWorkingDays, easterSunday } from './holidays'
export type { Holiday } from './holidays'
export { isValidIsoDate, todayIso } from './connection/calendarDate'
