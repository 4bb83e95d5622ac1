/**
 * Which records belong to one board, for a one-board backup. Generic on purpose, so tables other
 * features add later follow the same rules: a record with a `boardId` belongs to that board; a
 * record without one belongs if it points at something that does (`draftId`, `ownerId`, or a PDF
 * template's `fingerprint` used by one of the board's drafts). The municipality profile is included
 * so the file says whose data it is.
 */
export type RecordsByTable = Record<string, Array<Record<string, unknown>>>

export const PROFILE_KEY = 'profile'

export function selectBoardRecords(tables: RecordsByTable, boardId: string): RecordsByTable {
  const out: RecordsByTable = {}
  const ownedIds = new Set<unknown>([boardId])
  const draftIds = new Set<unknown>()
  const fingerprints = new Set<unknown>()

  // First pass: everything that carries the board's id directly.
  for (const [name, records] of Object.entries(tables)) {
    if (name === 'settings') continue
    for (const r of records) {
      if (belongsDirectly(name, r, boardId)) {
        if (r.id !== undefined) ownedIds.add(r.id)
        if (name === 'agreementDrafts') {
          draftIds.add(r.id)
          if (r.templateFingerprint !== undefined) fingerprints.add(r.templateFingerprint)
        }
      }
    }
  }
  for (const [name, records] of Object.entries(tables)) {
    out[name] = records.filter((r) => {
      if (name === 'settings') return r.key === PROFILE_KEY
      if (belongsDirectly(name, r, boardId)) return true
      if ('boardId' in r && r.boardId !== undefined) return false
      if (name === 'boards') return false
      if (r.draftId !== undefined && draftIds.has(r.draftId)) return true
      if (r.ownerId !== undefined && ownedIds.has(r.ownerId)) return true
      if (name === 'pdfTemplates' && fingerprints.has(r.fingerprint)) return true
      return false
    })
  }
  return out
}

function belongsDirectly(table: string, r: Record<string, unknown>, boardId: string): boolean {
  return table === 'boards' ? r.id === boardId : r.boardId === boardId
}

/**
 * Records a one-board restore must keep even if the board's file lacks them: everything that
 * belongs to another board by the same rules (a PDF template another board's draft uses, an
 * attachment another board owns), as table → set of keys (stringified by `keyOf`).
 */
export function recordsUsedElsewhere(
  tables: RecordsByTable,
  boardId: string,
  keyOf: (table: string, r: Record<string, unknown>) => string
): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>()
  for (const board of tables.boards ?? []) {
    if (board.id === boardId) continue
    const other = selectBoardRecords(tables, String(board.id))
    for (const [name, list] of Object.entries(other)) {
      if (name === 'settings') continue
      let set = used.get(name)
      if (!set) used.set(name, (set = new Set()))
      for (const r of list) set.add(keyOf(name, r))
    }
  }
  return used
}
