import { z } from 'zod'
import { channels, MAX_BRIDGE_FILE_BYTES } from './channels'
import { isAllowedSaveExtension, isAllowedSaveName } from './fileTypes'

/**
 * Every call that crosses the bridge is declared here once: its channel name, the schema of its
 * payload and the type of its answer. Main validates with the schema; the preload exposes one
 * method per channel; the renderer's platform layer calls them.
 */

const MAX_FILE_BYTES = MAX_BRIDGE_FILE_BYTES

/** A file name offered in a save dialog: no path separators, no control characters. */
export const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/\u0000-\u001f<>:"|?*]/.test(s) && s !== '.' && s !== '..', 'ogiltigt filnamn')

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/i))
    .min(1)
    .max(10)
})

/** Save dialogs offer only the file types in SAVE_EXTENSIONS (an allowlist, checked in main). */
const saveFilterSchema = fileFilterSchema.refine((f) => f.extensions.every(isAllowedSaveExtension), 'otillåten filtyp')

export const saveFileRequest = z
  .object({
    suggestedName: safeFileName.refine(isAllowedSaveName, 'otillåten filtyp'),
    bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength <= MAX_FILE_BYTES, 'ogiltiga eller för stora fildata'),
    filters: z.array(saveFilterSchema).max(5).optional()
  })
  .strict()

export const openFileRequest = z
  .object({
    filters: z.array(fileFilterSchema).max(5).optional(),
    maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional()
  })
  .strict()

export const openExternalRequest = z.object({ url: z.string().max(20_000) }).strict()

export const emptyRequest = z.undefined()

export type SaveFileRequest = z.infer<typeof saveFileRequest>
export type OpenFileRequest = z.infer<typeof openFileRequest>
export type SaveFileResult = { saved: true; path: string } | { saved: false }
export type OpenFileResult = { opened: true; name: string; bytes: Uint8Array } | { opened: false; reason?: 'too-large' | 'cancelled' }
export type AppInfo = { name: string; version: string; electron: string; chrome: string; platform: string; userData: string }

export { channels }

export const requestSchemas = {
  saveFile: saveFileRequest,
  openFile: openFileRequest,
  appInfo: emptyRequest,
  openExternal: openExternalRequest
} as const

/** The API the preload exposes as `window.bridge`. */
export interface BridgeApi {
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>
  openFile(req: OpenFileRequest): Promise<OpenFileResult>
  appInfo(): Promise<AppInfo>
  openExternal(req: { url: string }): Promise<boolean>
}

export type ChannelKey = keyof typeof channels
