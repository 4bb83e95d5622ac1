/** Random identifiers for records; crypto.randomUUID exists in Chromium, Electron and Node 20. */
export const newId = (): string => crypto.randomUUID()

export const nowIso = (): string => new Date().toISOString()
