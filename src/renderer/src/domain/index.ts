// Public domain API: pure TypeScript, no React, no Dexie. External acceptance tests import from here.
export { parseMunicipalities, searchMunicipalities, MunicipalityDataError } from './municipalities'
export type { Municipality } from './municipalities'
