import { safeNamePart } from '@renderer/domain/text/fileNames'

/** A name safe in a file name on Windows and Linux (letters of any script are kept). */
export const fileSafe = (name: string): string => safeNamePart(name, 80)
