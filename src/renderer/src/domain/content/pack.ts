import { canonical, sameValue, type ContentEdit, type ContentKind, type EffectiveItem, type ItemValue } from './edits'

/**
 * A content pack: the municipality's content as a file, to pass to another municipality or to take
 * in from a county coordinator or a newer app version. Importing never overwrites an item the
 * municipality has edited unless someone chooses it row by row.
 */
export const PACK_FORMAT = 'anslutningsguiden-innehall'
export const PACK_FORMAT_VERSION = 1

export type PackItem = { key: string; kind: ContentKind; value: ItemValue }
export type ContentPack = {
  format: typeof PACK_FORMAT
  formatVersion: typeof PACK_FORMAT_VERSION
  exportedAt: string
  exportedBy: string
  items: PackItem[]
}

export function buildPack(items: readonly EffectiveItem[], exportedBy: string, at: Date): ContentPack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    exportedAt: at.toISOString(),
    exportedBy,
    items: items.map((i) => ({ key: i.key, kind: i.kind, value: structuredClone(i.value) }))
  }
}

export const packBytes = (pack: ContentPack): Uint8Array => new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`)

/** new: not in the current content; changed: differs; same: identical (nothing to do). */
export type PackChange = 'new' | 'changed' | 'same'

export type PackDiffRow = {
  key: string
  kind: ContentKind
  change: PackChange
  current: ItemValue | null
  incoming: ItemValue
  /** The municipality has edited this item itself: only applied when someone chooses it. */
  localEdit: boolean
}

/** Compares a pack with the current content, item by item (items missing from the pack are kept as they are). */
export function diffPack(current: readonly EffectiveItem[], pack: Pick<ContentPack, 'items'>): PackDiffRow[] {
  const byKey = new Map(current.map((i) => [i.key, i]))
  return pack.items.map((p) => {
    const now = byKey.get(p.key)
    const change: PackChange = !now ? 'new' : sameValue(now.value, p.value) ? 'same' : 'changed'
    return {
      key: p.key,
      kind: p.kind,
      change,
      current: now?.value ?? null,
      incoming: p.value,
      localEdit: Boolean(now?.edit && now.edit.origin === 'local')
    }
  })
}

/** Rows that are applied unless someone deselects them: changes to items nobody here has edited. */
export const preselected = (row: PackDiffRow): boolean => row.change !== 'same' && !row.localEdit

/** The edits that applying the chosen rows adds (one new version per item). */
export function editsFromPack(rows: readonly PackDiffRow[], by: string, at: Date, packName: string): ContentEdit[] {
  return rows
    .filter((r) => r.change !== 'same')
    .map((r) => ({
      itemKey: r.key,
      kind: r.kind,
      value: JSON.parse(canonical(r.incoming)) as ItemValue,
      by,
      at: at.toISOString(),
      origin: 'pack' as const,
      packName
    }))
}
