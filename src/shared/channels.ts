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
