/**
 * Channel names, in a file of their own with no imports: the sandboxed preload may only require
 * `electron`, so it must not pull in the schemas (zod) that live in ipc.ts.
 */
export const channels = {
  saveFile: 'renderer:save-file',
  openFile: 'renderer:open-file',
  appInfo: 'renderer:app-info',
  openExternal: 'renderer:open-external'
} as const

/** The largest file that crosses the bridge either way: room for a full backup with many PDFs. */
export const MAX_BRIDGE_FILE_BYTES = 512 * 1024 * 1024
