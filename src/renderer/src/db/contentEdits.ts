import type { ContentEdit } from '@renderer/domain/content/edits'
import { db } from './database'

/** The municipality's content history: one row per change, never updated or deleted, so every edit can be traced. */
const table = () => db().table<ContentEdit, number>('contentEdits')

export const listContentEdits = (): Promise<ContentEdit[]> => table().orderBy('seq').toArray()

/** Adds edits in one transaction: all or nothing. */
export async function addContentEdits(edits: readonly ContentEdit[]): Promise<void> {
  if (edits.length === 0) return
  await db().transaction('rw', table(), async () => {
    await table().bulkAdd(edits.map(({ seq: _seq, ...e }) => e as ContentEdit))
  })
}
