import { addContentEdits, listContentEdits } from '@renderer/db/contentEdits'
import { getSetting, putSetting } from '@renderer/db/settings'
import {
  effectiveItems,
  standardItems,
  type ContentEdit,
  type ContentItem,
  type EffectiveItem,
  type ItemValue
} from '@renderer/domain/content/edits'
import { buildPack, diffPack, editsFromPack, packBytes, type ContentPack, type PackDiffRow } from '@renderer/domain/content/pack'
import { parseContentPack } from '@renderer/domain/content/packSchema'
import { ce } from '@renderer/i18n/content'
import { openFile, saveFile } from '@renderer/platform/bridge'
import { loadChecklist, loadUsageRules } from '../connection/content'

/** What the buttons in the content area do: plain async functions over db/ and domain/. */

const EDITOR_KEY = 'content.editorName'
export const getEditorName = async (): Promise<string> => (await getSetting<string>(EDITOR_KEY)) ?? ''
export const setEditorName = (name: string): Promise<void> => putSetting(EDITOR_KEY, name)

export type ContentState = { edits: ContentEdit[]; items: EffectiveItem[] }

export function shippedItems(): ContentItem[] {
  const checklist = loadChecklist()
  const rules = loadUsageRules()
  if (!checklist.ok) throw new Error(checklist.message)
  if (!rules.ok) throw new Error(rules.message)
  return standardItems(checklist.value, rules.value)
}

export async function loadContentState(): Promise<ContentState> {
  const edits = await listContentEdits()
  return { edits, items: effectiveItems(shippedItems(), edits) }
}

function requireName(by: string): string {
  const name = by.trim()
  if (!name) throw new Error(ce.editorNameMissing)
  return name
}

/** Saves a new version of one item. */
export async function saveItem(item: Pick<ContentItem, 'key' | 'kind'>, value: ItemValue, by: string, at = new Date()): Promise<void> {
  await addContentEdits([{ itemKey: item.key, kind: item.kind, value, by: requireName(by), at: at.toISOString(), origin: 'local' }])
}

/** Back to the shipped standard (for the municipality's own items: removes them), as a new version. */
export async function resetItem(item: Pick<ContentItem, 'key' | 'kind'>, by: string, at = new Date()): Promise<void> {
  await addContentEdits([{ itemKey: item.key, kind: item.kind, value: null, by: requireName(by), at: at.toISOString(), origin: 'reset' }])
}

export const newOwnTaskId = (): string => `egen-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

export async function exportContentPack(by: string, at = new Date()): Promise<string> {
  const { items } = await loadContentState()
  const name = `Anslutningsguiden innehåll ${at.toISOString().slice(0, 10)}.json`
  await saveFile(name, packBytes(buildPack(items, by.trim(), at)), [{ name: 'Innehållspaket', extensions: ['json'] }])
  return name
}

export type PackPreview =
  { ok: true; name: string; pack: ContentPack; rows: PackDiffRow[] } | { ok: false; message: string } | { ok: false; cancelled: true }

/** Asks for a pack file and compares it with the current content. Changes nothing. */
export async function previewContentPack(): Promise<PackPreview> {
  const file = await openFile([{ name: 'Innehållspaket', extensions: ['json'] }], 5 * 1024 * 1024)
  if (!file.opened)
    return file.reason === 'too-large'
      ? { ok: false, message: 'Filen är för stor för att vara ett innehållspaket. Inget har ändrats.' }
      : { ok: false, cancelled: true }
  return previewPackBytes(file.name, file.bytes)
}

export async function previewPackBytes(name: string, bytes: Uint8Array): Promise<PackPreview> {
  const parsed = parseContentPack(bytes)
  if (!parsed.ok) return parsed
  const { items } = await loadContentState()
  return { ok: true, name, pack: parsed.pack, rows: diffPack(items, parsed.pack) }
}

/** Applies the chosen rows: one new version per item, all in one transaction. */
export async function applyContentPack(rows: readonly PackDiffRow[], by: string, packName: string, at = new Date()): Promise<number> {
  const edits = editsFromPack(rows, requireName(by), at, packName)
  await addContentEdits(edits)
  return edits.length
}
