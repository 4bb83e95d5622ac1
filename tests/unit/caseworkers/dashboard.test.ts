import { describe, expect, it } from 'vitest'
import { buildDashboard, filterDashboardRows, sortDashboardRows } from '@renderer/domain'
import { buildReminderMailto } from '@renderer/domain/caseworkers/reminders'
import { dueForDeletion } from '@renderer/domain/caseworkers/retention'

const people = [
  { id: 'a', name: 'Åsa Berg', email: 'asa@k.se', unit: 'Öst', role: 'handläggare', startDate: '2025-01-01' },
  { id: 'b', name: 'Bo Ek', email: 'bo@k.se', unit: 'Öst', role: 'kontaktcenter', startDate: '2025-01-01' },
  { id: 'c', name: 'Cecilia Al', email: 'cecilia@k.se', unit: 'Väst', role: 'handläggare', startDate: '2025-01-01' },
  { id: 'd', name: 'David Ny', email: 'david@k.se', unit: 'Väst', startDate: '2025-01-01', endDate: '2026-01-31' }
]
const versions = [
  { id: 'v1', number: 1, publishedOn: '2025-01-01' },
  { id: 'v2', number: 2, publishedOn: '2026-03-01' }
]
const acks = [
  { caseworkerId: 'a', versionId: 'v2', signedOn: '2026-03-02' },
  { caseworkerId: 'b', versionId: 'v1', signedOn: '2025-01-05' },
  { caseworkerId: 'd', versionId: 'v1', signedOn: '2025-01-05' }
]

describe('buildDashboard', () => {
  const dash = buildDashboard({
    caseworkers: people,
    acknowledgements: acks,
    versions,
    reminders: [{ caseworkerIds: ['c'], sentAt: '2026-03-03T08:00:00Z' }],
    today: '2026-03-10',
    policy: { signWithinDays: 5 }
  })

  it('computes each person’s status against the newest version', () => {
    expect(dash.currentVersion?.id).toBe('v2')
    expect(Object.fromEntries(dash.rows.map((r) => [r.person.id, r.status]))).toEqual({
      a: 'signed',
      b: 'overdue',
      c: 'overdue',
      d: 'inactive'
    })
    expect(dash.rows.find((r) => r.person.id === 'b')?.lastSigned).toEqual({ versionNumber: 1, signedOn: '2025-01-05' })
    expect(dash.rows.find((r) => r.person.id === 'c')?.lastReminderAt).toBe('2026-03-03T08:00:00Z')
  })

  it('counts per unit and in total, with the share signed among active people', () => {
    expect(dash.total).toMatchObject({ signed: 1, overdue: 2, inactive: 1, active: 3 })
    expect(dash.total.shareSigned).toBeCloseTo(1 / 3)
    expect(dash.units.map((u) => [u.unit, u.counts.active, u.counts.signed])).toEqual([
      ['Väst', 1, 0],
      ['Öst', 2, 1]
    ])
  })

  it('filters by text, unit, role and status', () => {
    expect(filterDashboardRows(dash.rows, { status: 'needs-action' }).map((r) => r.person.id)).toEqual(['b', 'c'])
    expect(filterDashboardRows(dash.rows, {}).map((r) => r.person.id)).toEqual(['a', 'b', 'c'])
    expect(filterDashboardRows(dash.rows, { status: 'all' })).toHaveLength(4)
    expect(filterDashboardRows(dash.rows, { query: 'ÅSA berg' }).map((r) => r.person.id)).toEqual(['a'])
    expect(filterDashboardRows(dash.rows, { unit: 'Väst', status: 'all' }).map((r) => r.person.id)).toEqual(['c', 'd'])
    expect(filterDashboardRows(dash.rows, { role: 'handläggare' }).map((r) => r.person.id)).toEqual(['a', 'c'])
  })

  it('sorts with Swedish collation (Å after Z… after C)', () => {
    const sorted = sortDashboardRows([...dash.rows], 'name').map((r) => r.person.name)
    expect(sorted).toEqual(['Bo Ek', 'Cecilia Al', 'David Ny', 'Åsa Berg'])
    expect(sortDashboardRows([...dash.rows], 'status').map((r) => r.status)).toEqual(['overdue', 'overdue', 'signed', 'inactive'])
  })

  it('builds and filters a dashboard of 10,000 people and 30,000 acknowledgements (timed by npm run bench)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      email: `p${i}@k.se`,
      unit: `Enhet ${i % 50}`,
      role: 'handläggare',
      startDate: '2025-01-01'
    }))
    const manyAcks = Array.from({ length: 30_000 }, (_, i) => ({
      caseworkerId: `p${i % 10_000}`,
      versionId: i % 3 ? 'v1' : 'v2',
      signedOn: '2026-03-02'
    }))
    const big = buildDashboard({
      caseworkers: many,
      acknowledgements: manyAcks,
      versions,
      today: '2026-03-10',
      policy: { signWithinDays: 30 }
    })
    const filtered = filterDashboardRows(big.rows, { query: 'person 12', unit: 'Enhet 12' })
    expect(big.total.active).toBe(10_000)
    expect(big.rows).toHaveLength(10_000)
    // Every word must match somewhere in the person's text: "person" in each name, "12" in the unit
    // itself, so exactly the 200 people of Enhet 12 remain.
    expect(filtered).toHaveLength(200)
    expect(filtered.every((r) => r.person.unit === 'Enhet 12')).toBe(true)
    expect(filterDashboardRows(big.rows, { query: 'person 9999' }).map((r) => r.person.id)).toEqual(['p9999'])
  })
})

describe('reminders and retention', () => {
  it('builds a mailto with everyone in BCC and a Swedish subject', () => {
    const url = buildReminderMailto({ emails: ['a@k.se', 'b@k.se', 'a@k.se'], municipality: 'Göteborgs stad', versionNumber: 2 })
    expect(url.startsWith('mailto:?bcc=a%40k.se,b%40k.se&subject=')).toBe(true)
    const params = new URLSearchParams(url.slice('mailto:?'.length))
    expect(params.get('subject')).toBe('Påminnelse: underteckna försäkran för SSBTEK')
    expect(params.get('body')).toContain('version 2')
  })

  it('selects people whose end date is more than N months ago', () => {
    const list = [{ endDate: '2024-01-10' }, { endDate: '2024-01-11' }, {}, { endDate: '' }]
    expect(dueForDeletion(list, 24, '2026-01-11')).toEqual([{ endDate: '2024-01-10' }])
    expect(dueForDeletion(list, null, '2030-01-01')).toEqual([])
  })
})

describe('swedishSortKey', () => {
  it('orders like Swedish collation for the letters names use', async () => {
    const { swedishSortKey } = await import('@renderer/domain/caseworkers/dashboard')
    const names = [
      'Östen',
      'Åke',
      'Ärla',
      'Zorro',
      'Élise',
      'Eva',
      'Ødegård',
      'Ulla',
      'Yngve',
      'Üzeyir',
      'anna',
      'Enhet 10',
      'Enhet 9',
      'Łukasz',
      'Lars',
      'Märta',
      'Maria'
    ]
    const collator = new Intl.Collator('sv', { numeric: true })
    const byKey = [...names].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : swedishSortKey(a) > swedishSortKey(b) ? 1 : 0))
    expect(byKey).toEqual([...names].sort(collator.compare))
  })
})
