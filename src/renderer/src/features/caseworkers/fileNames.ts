/** A name safe in a file name on Windows and Linux (letters of any script are kept). */
export const fileSafe = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80) || 'namnlös'
