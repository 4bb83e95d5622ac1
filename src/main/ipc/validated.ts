import type { IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { isTrustedSender } from '../security'

export class IpcRefusedError extends Error {}

/**
 * Wraps a handler so it runs only for the app's own top-level frame and only with a payload
 * that passes its schema. Everything else is refused before the handler sees it.
 */
export function validated<S extends z.ZodType, R>(
  schema: S,
  devOrigin: string | null,
  handler: (payload: z.infer<S>, event: IpcMainInvokeEvent) => Promise<R> | R
) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<R> => {
    if (!isTrustedSender(event.senderFrame, devOrigin)) throw new IpcRefusedError('Otillåten avsändare')
    const parsed = schema.safeParse(payload)
    if (!parsed.success) throw new IpcRefusedError('Ogiltig begäran')
    return handler(parsed.data, event)
  }
}
