/**
 * The IndexedDB schema, one entry per version. Never edit a published version: add a new one
 * (listing only the tables that change) with an upgrade function and a migration test in
 * tests/unit/db/migrations.test.ts.
 *
 * Reserved version numbers while features are built in parallel: 3 connection guide,
 * 4 agreement, 5 drafts/backup, 6 caseworkers. Leave gaps; Dexie only needs them increasing.
 */
export type SchemaVersion = {
  version: number
  stores: Record<string, string | null>
  /** Runs inside the upgrade transaction; receives Dexie's Transaction. */
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: '&key',
      boards: 'id, archived, updatedAt'
    }
  },
  {
    version: 2,
    stores: {
      taskStates: '[boardId+taskId], boardId',
      attachments: 'id, boardId, [ownerType+ownerId], createdAt',
      agreementDrafts: 'id, boardId, updatedAt',
      agreementVersions: 'id, draftId, createdAt',
      pdfTemplates: '&fingerprint, updatedAt',
      caseworkers: 'id, email, employeeId, unit, role, active, name',
      undertakingVersions: 'id, publishedAt',
      acknowledgements: 'id, caseworkerId, versionId, [caseworkerId+versionId], signedAt',
      reminders: 'id, sentAt',
      auditLog: '++seq, at, area'
    },
    // Version 1 stored the board's kind of nämnd inside its name only; give every board an
    // explicit connection record so later screens never meet undefined.
    upgrade: async (tx) => {
      await tx
        .table('boards')
        .toCollection()
        .modify((board: Record<string, unknown>) => {
          if (board.connection === undefined) board.connection = {}
        })
    }
  },
  {
    // Caseworker undertakings. Statuses depend on today's date, so the register is
    // filtered in memory after one read; the unused per-field indexes only slowed a 10,000-row
    // import (one extra write per index per row). Each person now carries a summary of their
    // signatures (rebuilt automatically from acknowledgements when it is missing).
    version: 6,
    stores: {
      caseworkers: 'id, unit'
    }
  },
  {
    // Access to SSBTEK per caseworker. Each person may carry accessFrom/accessTo (YYYY-MM-DD) and
    // accessHistory (every recorded change, oldest first). No index changes: the dashboard reads
    // the register in memory. People stored before this version have no recorded access; they get
    // an explicit empty history so that "never recorded" and "removed" are told apart.
    version: 14,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('caseworkers')
        .toCollection()
        .modify((person: Record<string, unknown>) => {
          if (!Array.isArray(person.accessHistory)) person.accessHistory = []
        })
    }
  },
  {
    // Editable content with history. One row per change to a checklist task, a usage rule or a
    // legal reference: who, when, and the item's new value (null = back to standard). The current
    // content is the shipped content with each item's latest row applied. Nothing existing
    // changes, so no upgrade function is needed.
    version: 15,
    stores: {
      contentEdits: '++seq, itemKey, at'
    }
  },
  {
    // Life after go-live: one row per recorded event of a board after its agreement was
    // sent – a contact person from a date, a reorganisation, a new version of the Allmänna villkor
    // and who read it, a termination. Rows are only added, never changed, so the history stays
    // whole. A new table; nothing existing changes, so no upgrade function is needed.
    version: 17,
    stores: {
      goLiveEvents: 'id, boardId'
    }
  }
]

export const LATEST_SCHEMA_VERSION = Math.max(...schemaVersions.map((v) => v.version))
