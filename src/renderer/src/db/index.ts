// Public storage API. Features import from here or from their own repository module in db/.
export { db, openDatabase, resetDatabaseInstance, NewerDatabaseError, AppDatabase, DB_NAME } from './database'
export { getSetting, putSetting, getProfile, saveProfile } from './settings'
export { listBoards, createBoard, getBoard, updateBoard } from './boards'
export { completeFirstRun } from './firstRun'
export type { MunicipalityProfile, BoardRecord, AttachmentRecord, SettingRecord } from './types'
