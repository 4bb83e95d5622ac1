import { beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase } from '../freshDatabase'
import { installMemoryLocalStorage } from '../memoryLocalStorage'

installMemoryLocalStorage()

const db = await import('@renderer/db')
const { createCopyTracker, peekAutosaveCopy, recoverAutosaveCopy } = await import('@renderer/platform/autosaveCopies')
const {
  checkPersonDetails,
  detailsCopyKey,
  detailsRevision,
  detailValuesOf,
  downloadAcknowledgementFiles,
  loadPersonPage,
  printForSignature,
  registerSignature,
  savePersonDetails
} = await import('@renderer/features/caseworkers/actions/person')
const { saveCaseworkerAccess } = await import('@renderer/features/caseworkers/actions/access')

beforeEach(async () => {
  localStorage.clear()
  await freshDatabase()
})

const CONTENT = { title: 'Försäkran', body: 'Jag följer {lagrum}.', legalReference: 'socialtjänstlagen (2025:400)', legalReview: null }
const publish = () => db.publishUndertakingVersion(CONTENT, new Date('2026-03-01T09:00:00Z'), { unconfirmedLegalApprovedBy: 'Anna Admin' })

describe('loadPersonPage', () => {
  it('gives the person, versions in order, units in Swedish order and the others’ unique values; null when missing', async () => {
    const a = await db.addCaseworker({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst', employeeId: '1' })
    await db.addCaseworker({ name: 'Bo', email: 'bo@k.se', unit: 'Väst', employeeId: '2' })
    await db.addCaseworker({ name: 'Cia', email: 'cia@k.se', unit: 'Ängen' })
    await publish()
    const page = (await loadPersonPage(a.id))!
    expect(page.person.name).toBe('Åsa')
    expect(page.units).toEqual(['Väst', 'Ängen', 'Öst'])
    expect(page.others.map((o) => o.name).sort()).toEqual(['Bo', 'Cia'])
    expect(page.versions.map((v) => v.number)).toEqual([1])
    expect(await loadPersonPage('nobody')).toBeNull()
  })
})

describe('checkPersonDetails (the details form as typed)', () => {
  const others = [{ id: 'o', name: 'Bo Ek', email: 'bo@k.se', employeeId: '7' }]
  const values = detailValuesOf({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst' })
  it('accepts valid values and gives what will be stored', () => {
    expect(checkPersonDetails(values, others, 'me')).toEqual({
      input: { name: 'Åsa', email: 'asa@k.se', unit: 'Öst' },
      problems: [],
      emailWarning: null
    })
  })
  it('refuses a missing name, a bad date and someone else’s e-mail or employee id, with Swedish errors', () => {
    expect(checkPersonDetails({ ...values, name: ' ' }, others, 'me')).toMatchObject({
      input: null,
      problems: [{ field: 'name', message: 'Namn saknas.' }]
    })
    expect(checkPersonDetails({ ...values, endDate: '2026-02-30' }, others, 'me').problems[0]).toMatchObject({ field: 'endDate' })
    expect(checkPersonDetails({ ...values, email: 'BO@k.se' }, others, 'me')).toMatchObject({
      input: null,
      problems: [{ field: 'email', message: 'E-postadressen BO@k.se finns redan i registret (Bo Ek).' }]
    })
    expect(checkPersonDetails({ ...values, employeeId: '7' }, others, 'me').problems[0]?.message).toBe(
      'Anställningsnumret 7 finns redan i registret (Bo Ek).'
    )
  })
  it('accepts åsa.öberg@kiruna.se with the Outlook warning', () => {
    const check = checkPersonDetails({ ...values, email: 'åsa.öberg@kiruna.se' }, others, 'me')
    expect(check.input?.email).toBe('åsa.öberg@kiruna.se')
    expect(check.emailWarning).toMatch(/^Varning: adressen har å, ä, ö .*Outlook/)
  })
})

describe('savePersonDetails (autosave of the details form)', () => {
  it('stores the details, keeps access saved by its own section meanwhile, and reads back to the same revision', async () => {
    const p = await db.addCaseworker({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst' })
    // Access saved after the details form was opened with the old record.
    await saveCaseworkerAccess(p, { hasAccess: true, from: '2026-03-01', to: '' })
    const typed = { ...detailValuesOf(p), name: '  Åsa  Öberg ', startDate: '20260105' }
    const saved = (await savePersonDetails(p.id, typed))!
    expect(saved).toMatchObject({ name: 'Åsa Öberg', startDate: '2026-01-05', accessFrom: '2026-03-01' })
    expect(saved.accessHistory).toHaveLength(1)
    expect(detailsRevision(typed)).toBe(detailsRevision(detailValuesOf((await db.getCaseworker(p.id))!)))
  })
  it('is not undone by the access section saving with the record it read before the details changed', async () => {
    const p = await db.addCaseworker({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst' })
    await savePersonDetails(p.id, { ...detailValuesOf(p), unit: 'Väst' })
    await saveCaseworkerAccess(p, { hasAccess: true, from: '2026-03-01', to: '' })
    expect(await db.getCaseworker(p.id)).toMatchObject({ unit: 'Väst', accessFrom: '2026-03-01' })
  })
  it('refuses invalid values instead of storing them', async () => {
    const p = await db.addCaseworker({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst' })
    await expect(savePersonDetails(p.id, { ...detailValuesOf(p), email: 'inte-en-adress' })).rejects.toThrow(/inte en giltig e-postadress/)
    expect((await db.getCaseworker(p.id))?.email).toBe('asa@k.se')
  })
  it('keeps a write-ahead copy until the save lands; an erased person leaves no copy and nothing to save', async () => {
    const p = await db.addCaseworker({ name: 'Åsa', email: 'asa@k.se', unit: 'Öst' })
    const key = detailsCopyKey(p.id)
    const tracker = createCopyTracker(key, detailsRevision)
    const stored = detailValuesOf(p)
    tracker.begin(stored)
    const typed = { ...stored, role: 'teamledare' }
    tracker.changed(typed)
    // The window closes before the save: the copy applies to the stored revision it was taken from.
    expect(recoverAutosaveCopy(key, detailsRevision(stored))).toEqual(typed)
    tracker.changed(typed)
    await savePersonDetails(p.id, typed)
    tracker.saved(typed)
    expect(peekAutosaveCopy(key)).toBeUndefined()

    tracker.changed({ ...typed, role: 'enhetschef' })
    expect(peekAutosaveCopy(key)).toBeDefined()
    await db.eraseCaseworkers([p.id])
    expect(peekAutosaveCopy(key)).toBeUndefined()
    expect(await savePersonDetails(p.id, typed)).toBeNull()
    expect(await db.getCaseworker(p.id)).toBeUndefined()
  })
})

describe('registerSignature', () => {
  const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n')
  const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])
  it('stores a scan with its type read from its bytes, whatever its name says', async () => {
    const p = await db.addCaseworker({ name: 'Bo', email: 'bo@k.se', unit: 'Öst' })
    const v = await publish()
    const result = await registerSignature(
      p,
      v,
      { method: 'paper', signedOn: '2026-03-02', note: ' påskrivet ', scan: { name: 'skanning.pdf', bytes: JPEG } },
      '2026-03-10'
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.ack).toMatchObject({ method: 'paper', signedOn: '2026-03-02', note: 'påskrivet', versionNumber: 1 })
    const file = await db.getUndertakingAttachment(result.ack.attachmentIds[0]!)
    expect(file).toMatchObject({ name: 'skanning.pdf', mimeType: 'image/jpeg' })
    const pdf = await registerSignature(
      p,
      v,
      { method: 'elsewhere', signedOn: '2026-03-03', note: '', scan: { name: 'SCAN.JPG', bytes: PDF } },
      '2026-03-10'
    )
    expect(pdf.ok && (await db.getUndertakingAttachment(pdf.ack.attachmentIds[0]!))?.mimeType).toBe('application/pdf')
  })
  it('refuses a bad or future date and a file that is neither PDF nor image, and stores nothing', async () => {
    const p = await db.addCaseworker({ name: 'Bo', email: 'bo@k.se', unit: 'Öst' })
    const v = await publish()
    const base = { method: 'paper' as const, note: '', scan: null }
    expect(await registerSignature(p, v, { ...base, signedOn: '2026-13-01' }, '2026-03-10')).toEqual({
      ok: false,
      field: 'signedOn',
      message: 'Skriv datumet som ÅÅÅÅ-MM-DD.'
    })
    expect(await registerSignature(p, v, { ...base, signedOn: '2026-03-11' }, '2026-03-10')).toMatchObject({ ok: false, field: 'signedOn' })
    const word = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(
      await registerSignature(p, v, { ...base, signedOn: '2026-03-02', scan: { name: 'kopia.pdf', bytes: word } }, '2026-03-10')
    ).toMatchObject({
      ok: false,
      field: 'scan',
      message: expect.stringMatching(/inte en PDF eller en bild/)
    })
    expect(await db.listAcknowledgementsOf(p.id)).toEqual([])
  })
})

describe('printForSignature and downloadAcknowledgementFiles', () => {
  it('writes the prefilled PDF under the person’s name and saves stored files through the given saver', async () => {
    const p = await db.addCaseworker({ name: 'Åsa Öberg', email: 'asa@k.se', unit: 'Öst' })
    const v = await publish()
    const saved: { name: string; bytes: Uint8Array }[] = []
    const result = await printForSignature({ municipality: 'Kiruna kommun', version: v, person: p }, async (name, bytes) => {
      saved.push({ name, bytes })
      return { saved: true, path: name }
    })
    expect(result).toEqual({ saved: true, fileName: 'Försäkran SSBTEK Åsa Öberg v1.pdf' })
    expect(new TextDecoder().decode(saved[0]!.bytes.subarray(0, 5))).toBe('%PDF-')

    const reg = await registerSignature(
      p,
      v,
      { method: 'paper', signedOn: '2026-03-02', note: '', scan: { name: 'kopia.pdf', bytes: saved[0]!.bytes } },
      '2026-03-10'
    )
    if (!reg.ok) throw new Error('not registered')
    const written: string[] = []
    const count = await downloadAcknowledgementFiles(reg.ack, async (name) => (written.push(name), { saved: true, path: name }))
    expect(count).toBe(1)
    expect(written).toEqual(['kopia.pdf'])
    expect(await downloadAcknowledgementFiles(reg.ack, async () => ({ saved: false }))).toBe(0)
  })
})
