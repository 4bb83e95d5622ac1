import Dexie from 'dexie'
import { db, DB_NAME, openDatabase, resetDatabaseInstance } from '@renderer/db/database'
import { canonicalJson, encodeValue } from '@renderer/domain/backup/codec'

export async function freshDatabase(): Promise<void> {
  resetDatabaseInstance()
  await Dexie.delete(DB_NAME)
  await openDatabase()
}

/** Every record of every table as one canonical text: equal text ⇔ equal data (bytes included). */
export async function dump(options: { without?: string[] } = {}): Promise<string> {
  const database = await openDatabase()
  const out: Record<string, unknown[]> = {}
  for (const table of database.tables) {
    const rows = await table.toArray()
    out[table.name] = table.name === 'settings' ? rows.filter((r) => !options.without?.includes((r as { key: string }).key)) : rows
  }
  return canonicalJson(encodeValue(out))
}

const pdfLike = (size: number, seed: number): Uint8Array => {
  const bytes = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return bytes
}

/** A realistic municipality: two boards, a draft with a drawn signature, versions, PDFs, caseworkers. */
export async function seedRealisticData(): Promise<{ boardA: string; boardB: string }> {
  const d = db()
  const t = '2026-11-20T10:00:00.000Z'
  await d.table('settings').bulkPut([
    {
      key: 'profile',
      value: {
        code: '1480',
        name: 'Göteborg',
        officialName: 'Göteborgs stad',
        organisationsnummer: '212000-1355',
        createdAt: t,
        updatedAt: t
      }
    },
    { key: 'backup.reminderDays', value: 14 }
  ])
  await d.table('boards').bulkPut([
    {
      id: 'board-a',
      name: 'Socialnämnden Nordost',
      archived: false,
      createdAt: t,
      updatedAt: t,
      connection: { step: 2, note: 'Väntar på Transportstyrelsen – ”medgivande”' }
    },
    { id: 'board-b', name: 'Arbetsmarknadsnämnden', archived: true, createdAt: t, updatedAt: t, connection: {} }
  ])
  await d.table('taskStates').bulkPut([
    { boardId: 'board-a', taskId: 'stam-av-1', done: true, note: 'Leverantören (Lifecare) stödjer SSBTEK', updatedAt: t },
    { boardId: 'board-b', taskId: 'stam-av-1', done: false, updatedAt: t }
  ])
  const signature = { kind: 'drawn', png: pdfLike(2048, 7) }
  const data = {
    municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
    board: 'Socialnämnden Nordost',
    address: { street: 'Box 1000', postalCode: '405 10', city: 'Göteborg' },
    adminContact: { name: 'Åsa Öberg', email: 'asa.oberg@goteborg.se', phone: '031-123 45 67' },
    technicalContact: { name: 'Łukasz Čapek', email: 'lukasz@goteborg.se' },
    place: 'Göteborg',
    date: '2026-11-20',
    signatories: [{ name: 'Märta Ekström', title: 'Ordförande', signature, signedAt: t }]
  }
  await d.table('agreementDrafts').bulkPut([
    {
      id: 'draft-a',
      boardId: 'board-a',
      name: 'Avtal 2026',
      data,
      status: 'signed',
      templateFingerprint: 'fp-1',
      createdAt: t,
      updatedAt: t
    },
    {
      id: 'draft-b',
      boardId: 'board-b',
      name: 'Gammalt utkast',
      data: { ...data, signatories: [] },
      status: 'draft',
      createdAt: t,
      updatedAt: t
    }
  ])
  await d.table('agreementVersions').bulkPut([
    { id: 'v1', draftId: 'draft-a', createdAt: t, reason: 'edit', summary: 'Första versionen', data, status: 'draft' },
    { id: 'v2', draftId: 'draft-b', createdAt: t, reason: 'edit', summary: 'Första versionen', data, status: 'draft' }
  ])
  await d.table('attachments').bulkPut([
    {
      id: 'att-a',
      boardId: 'board-a',
      ownerType: 'decision',
      ownerId: 'board-a',
      name: 'Protokollsutdrag §12.pdf',
      mimeType: 'application/pdf',
      size: 300_000,
      sha256: 'x',
      bytes: pdfLike(300_000, 1),
      createdAt: t
    },
    {
      id: 'att-b',
      boardId: 'board-b',
      ownerType: 'decision',
      ownerId: 'board-b',
      name: 'Beslut.pdf',
      mimeType: 'application/pdf',
      size: 1000,
      sha256: 'y',
      bytes: pdfLike(1000, 2),
      createdAt: t
    }
  ])
  await d.table('pdfTemplates').bulkPut([
    { fingerprint: 'fp-1', name: 'Anslutningsavtal för SSBTEK.pdf', bytes: pdfLike(50_000, 3), updatedAt: t },
    { fingerprint: 'fp-2', name: 'Annan mall.pdf', bytes: pdfLike(100, 4), updatedAt: t }
  ])
  await d.table('caseworkers').bulkPut(
    Array.from({ length: 50 }, (_, i) => ({
      id: `cw-${i}`,
      name: `Handläggare ${i} Ödegård`,
      email: `h${i}@goteborg.se`,
      employeeId: `E${i}`,
      unit: 'Nordost',
      role: 'handläggare',
      active: i % 7 !== 0
    }))
  )
  await d.table('undertakingVersions').put({ id: 'u1', publishedAt: t, text: 'Jag har läst …' })
  await d
    .table('acknowledgements')
    .put({ id: 'ack1', caseworkerId: 'cw-1', versionId: 'u1', signedAt: t, signature: { kind: 'typed', text: 'H1' } })
  await d.table('reminders').put({ id: 'r1', sentAt: t, to: ['cw-2'] })
  await d.table('auditLog').bulkAdd([
    { at: t, area: 'backup', message: 'Export' },
    { at: t, area: 'agreement', message: 'Signerat', when: new Date(t) }
  ])
  return { boardA: 'board-a', boardB: 'board-b' }
}

/**
 * A small municipality set up through the app's own storage functions, so every record has the
 * shape the app writes: profile, two boards (one with connection state and a task), a draft per
 * board using a PDF template (with field mapping) and a drawn signature image, caseworkers, an
 * undertaking version and acknowledgements with a signed PDF.
 */
export async function seedAppData(
  options: { code?: string; name?: string; officialName?: string } = {}
): Promise<{ boardA: string; boardB: string; draftA: string; draftB: string }> {
  const { readFileSync } = await import('node:fs')
  const { resolve } = await import('node:path')
  const app = await import('@renderer/db')
  const connection = await import('@renderer/db/connection')
  const versions = await import('@renderer/db/agreementVersions')
  const { board } = await app.completeFirstRun(
    { code: options.code ?? '1480', name: options.name ?? 'Göteborg', officialName: options.officialName ?? 'Göteborgs stad' },
    'Socialnämnden Nordost'
  )
  const profile = (await app.getProfile())!
  await app.saveProfile({
    ...profile,
    organisationsnummer: '212000-1355',
    address: { street: 'Box 1000', postalCode: '405 10', city: 'Göteborg' }
  })
  const boardB = await app.createBoard('Arbetsmarknadsnämnden')
  await connection.saveDecision(board.id, { body: 'Socialnämnden', date: '2026-10-01', paragraph: '§ 12', diarienummer: 'SN 2026/12' })
  await connection.saveTaskState({ boardId: board.id, taskId: 'stam-av-1', status: 'done', note: 'Leverantören stödjer SSBTEK' })
  await connection.addTaskAttachment(board.id, 'fatta-beslut-1', {
    name: 'Protokollsutdrag §12.pdf',
    bytes: pdfLike(4000, 1),
    mimeType: 'application/pdf'
  })

  const form = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/pdf/acroform-form.pdf')))
  const flat = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/pdf/flat-form.pdf')))
  await app.savePdfTemplate({
    fingerprint: 'fp-acroform',
    name: 'Anslutningsavtal SSBTEK.pdf',
    kind: 'acroform',
    bytes: form,
    mapping: { fields: { Kommun: 'municipality.name', Namnd: 'board' } }
  })
  await app.savePdfTemplate({
    fingerprint: 'fp-flat',
    name: 'Blankett (skannad).pdf',
    kind: 'flat',
    bytes: flat,
    mapping: {
      fields: {},
      boxes: [{ page: 0, x: 72, y: 700, width: 200, height: 14, path: 'municipality.name', kind: 'text', fontSize: 10 }]
    }
  })
  const signature = { kind: 'drawn' as const, png: pdfLike(1500, 7) }
  const dataA = {
    ...app.prefilledAgreement(await app.getProfile(), 'Socialnämnden Nordost', '2026-11-20'),
    signatories: [{ name: 'Märta Ekström', title: 'Ordförande', signature, signedAt: '2026-11-20T10:00:00.000Z' }]
  }
  const draftA = await app.createAgreementDraft(board.id, 'Avtal 2026', dataA)
  await app.saveAgreementDraft({ ...draftA, templateFingerprint: 'fp-acroform' })
  await versions.recordVersion((await app.getAgreementDraft(draftA.id))!, 'edit', 'Första versionen')
  const draftB = await app.createAgreementDraft(
    boardB.id,
    'Avtal AMN',
    app.prefilledAgreement(await app.getProfile(), 'Arbetsmarknadsnämnden', '2026-11-21')
  )
  await app.saveAgreementDraft({ ...draftB, templateFingerprint: 'fp-flat' })

  const people = []
  for (const [name, email] of [
    ['Åsa Öberg', 'asa.oberg@goteborg.se'],
    ['Łukasz Čapek', 'lukasz.capek@goteborg.se'],
    ['Nguyễn Thị Minh', 'minh.nguyen@goteborg.se']
  ] as const)
    people.push(await app.addCaseworker({ name, email, unit: 'Nordost', role: 'handläggare', startDate: '2026-01-01' }))
  const version = await app.publishUndertakingVersion(
    {
      title: 'Försäkran om tystnadsplikt',
      body: 'Jag har tagit del av reglerna om sekretess och tystnadsplikt enligt {lagrum} och följer dem.',
      legalReference: 'socialtjänstlagen (2025:400)',
      legalReview: { by: 'Kim Jurist', on: '2026-11-01' }
    },
    new Date('2026-11-02T09:00:00.000Z')
  )
  await app.recordAcknowledgement({
    caseworkerId: people[0]!.id,
    version,
    method: 'on-screen',
    signedOn: '2026-11-03',
    signatureKind: 'drawn',
    files: [{ name: 'Försäkran Åsa Öberg.pdf', mimeType: 'application/pdf', bytes: pdfLike(3000, 5) }]
  })
  await app.recordAcknowledgement({ caseworkerId: people[1]!.id, version, method: 'paper', signedOn: '2026-11-04', note: 'Inskannad' })
  await app.recordReminder([people[2]!.id], 'email')
  await app.setUndertakingPolicy({ signWithinDays: 21, renewEveryMonths: 12 })
  return { boardA: board.id, boardB: boardB.id, draftA: draftA.id, draftB: draftB.id }
}
