import Dexie from 'dexie'
import { schemaVersions } from '@renderer/db/schema'

/**
 * Realistic records for each table, used to fill a database at an old schema version before
 * upgrading it. Tables without an entry here (added later by another feature) get a generic record
 * built from their index specification, so every new table is covered at once; add a realistic
 * fixture here when you add a table.
 */
const t = '2026-03-01T09:30:00.000Z'
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128])
const pdf = new TextEncoder().encode('%PDF-1.7\n% åäö\n%%EOF')

export const fixtures: Record<string, Array<Record<string, unknown>>> = {
  settings: [
    { key: 'profile', value: { code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', createdAt: t, updatedAt: t } },
    { key: 'backup.reminderDays', value: 30 }
  ],
  boards: [
    { id: 'b1', name: 'Socialnämnden', archived: false, createdAt: t, updatedAt: t },
    { id: 'b2', name: 'Arbetsmarknadsnämnden', archived: true, createdAt: t, updatedAt: t }
  ],
  taskStates: [{ boardId: 'b1', taskId: 'stam-av-leverantor', done: true, note: 'Lifecare bekräftade', updatedAt: t }],
  attachments: [
    {
      id: 'a1',
      boardId: 'b1',
      ownerType: 'decision',
      ownerId: 'b1',
      name: 'Protokollsutdrag §12.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      sha256: 'x',
      bytes: pdf,
      createdAt: t
    }
  ],
  agreementDrafts: [
    {
      id: 'd1',
      boardId: 'b1',
      name: 'Anslutningsavtal',
      status: 'draft',
      createdAt: t,
      updatedAt: t,
      data: {
        municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
        board: 'Socialnämnden',
        address: { street: 'Box 1000', postalCode: '405 10', city: 'Göteborg' },
        adminContact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
        place: 'Göteborg',
        date: '2026-03-01',
        signatories: [{ name: 'Łukasz Čapek', title: 'Ordförande', signature: { kind: 'drawn', png } }]
      }
    }
  ],
  agreementVersions: [
    {
      id: 'v1',
      draftId: 'd1',
      createdAt: t,
      reason: 'edit',
      summary: 'Första versionen',
      data: { board: 'Socialnämnden' },
      status: 'draft'
    }
  ],
  pdfTemplates: [{ fingerprint: 'f'.repeat(64), name: 'Anslutningsavtal för SSBTEK.pdf', bytes: pdf, updatedAt: t }],
  caseworkers: [
    { id: 'c1', name: 'Märta Ekström', email: 'marta@goteborg.se', employeeId: 'E123', unit: 'Nordost', role: 'handläggare', active: 1 }
  ],
  undertakingVersions: [{ id: 'u1', publishedAt: t, text: 'Jag har läst om tjänsten …' }],
  acknowledgements: [{ id: 'k1', caseworkerId: 'c1', versionId: 'u1', signedAt: t }],
  reminders: [{ id: 'r1', sentAt: t, caseworkerIds: ['c1'] }],
  auditLog: [{ seq: 1, at: t, area: 'backup', message: 'Säkerhetskopia exporterad' }],
  contentEdits: [
    {
      seq: 1,
      itemKey: 'task:namnd',
      kind: 'task',
      value: {
        stepId: 'stam-av',
        title: 'Bestäm nämnd',
        nextAction: 'Bestäm nämnd',
        help: { text: 'Socialnämnden är part här.', status: 'källa', source: 'fk-avtal' }
      },
      by: 'Åsa Öberg',
      at: t,
      origin: 'local'
    }
  ],
  goLiveEvents: [
    {
      id: 'g1',
      boardId: 'b1',
      recordedAt: t,
      kind: 'contact',
      role: 'admin',
      contact: { name: 'Åsa Öberg', email: 'asa@goteborg.se' },
      from: '2026-03-01',
      reason: '',
      source: 'agreement'
    },
    {
      id: 'g2',
      boardId: 'b1',
      recordedAt: t,
      kind: 'reorganisation',
      fromName: 'Socialnämnden',
      toName: 'Välfärdsnämnden',
      date: '2026-07-01'
    }
  ]
}

/** The store specification of each table at `version` (later versions override earlier ones). */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const v of schemaVersions) {
    if (v.version > version) break
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete stores[name]
      else stores[name] = spec
    }
  }
  return stores
}

/** A plausible record for a table we have no fixture for: every key path filled with text. */
export function genericRecord(spec: string, n: number): Record<string, unknown> {
  const record: Record<string, unknown> = { note: `Generisk post ${n} – åäö` }
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const paths = part
      .replace(/^[&*+]+/, '')
      .replace(/^\[|\]$/g, '')
      .split('+')
    for (const path of paths) {
      if (Dexie.getByKeyPath(record, path) === undefined) Dexie.setByKeyPath(record, path, part.startsWith('++') ? n : `${path}-${n}`)
    }
  }
  return record
}

export function recordsFor(table: string, spec: string): Array<Record<string, unknown>> {
  return fixtures[table] ?? [genericRecord(spec, 1), genericRecord(spec, 2)]
}
