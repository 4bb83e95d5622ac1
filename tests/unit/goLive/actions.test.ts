import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAgreementDraft } from '@renderer/db/agreementDrafts'
import { createBoard, getBoard } from '@renderer/db/boards'
import { resetDatabaseInstance } from '@renderer/db/database'
import { recordAgreementSent } from '@renderer/db/connection'
import { listGoLiveEvents } from '@renderer/db/goLive'
import { saveProfile } from '@renderer/db/settings'
import type { AgreementInput } from '@renderer/domain/agreement/types'
import { contactAt, earlierNames, openTermsTasks } from '@renderer/domain/goLive/rules'
import type { ContactEntry } from '@renderer/domain/goLive/types'
import { loadBoardData, recordedOf } from '@renderer/features/connection/data'
import {
  agreementSentDate,
  changeContact,
  contactNoticePdf,
  recordTermsRead,
  recordTermsVersion,
  reorganise,
  terminate
} from '@renderer/features/connection/goLiveActions'
import { freshDatabase } from '../freshDatabase'
import { pdfinfo, pdftotext, qpdfCheck, tempPdf } from '../pdf/pdfTools'

beforeEach(freshDatabase)
afterEach(() => resetDatabaseInstance())

const agreementData = (over: Partial<AgreementInput> = {}): AgreementInput => ({
  municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
  board: 'Socialnämnden',
  address: { street: 'Box 1000', postalCode: '405 10', city: 'Göteborg' },
  adminContact: { name: 'Åsa Öberg', title: 'Förvaltningsstrateg', email: 'asa.oberg@goteborg.se', phone: '031-365 00 00' },
  technicalContact: { name: 'Łukasz Żółć', email: 'lukasz@goteborg.se' },
  place: 'Göteborg',
  date: '2026-12-10',
  signatories: [],
  ...over
})

async function sentBoard(name = 'Socialnämnden') {
  const board = await createBoard(name)
  await createAgreementDraft(board.id, 'Anslutningsavtal', agreementData())
  await recordAgreementSent(board.id, { date: '2026-12-16', method: 'post' })
  return board
}

const newAdmin = {
  role: 'admin' as const,
  name: 'Märta Ekström',
  title: 'Enhetschef',
  email: 'marta.ekstrom@goteborg.se',
  phone: '',
  from: '2027-02-01',
  reason: 'Åsa Öberg har fått en ny tjänst'
}

describe('changing a contact person', () => {
  it('starts the history from the agreement (not asked twice) and records the change with date and reason', async () => {
    const board = await sentBoard()
    const result = await changeContact(board.id, newAdmin)
    expect(result).toMatchObject({ ok: true, message: 'Ändringen är registrerad: Märta Ekström är administrativ kontaktperson.' })
    const events = await listGoLiveEvents(board.id)
    const contacts = events.filter((e): e is ContactEntry => e.kind === 'contact')
    // All three are recorded in one transaction, at one moment, so their stored order is not fixed.
    const rows = contacts.map((e) => [e.role, e.contact.name, e.from, e.source ?? 'change'])
    expect(rows.sort((x, y) => x[2]!.localeCompare(y[2]!) || x[0]!.localeCompare(y[0]!))).toEqual([
      ['admin', 'Åsa Öberg', '2026-12-16', 'agreement'],
      ['technical', 'Łukasz Żółć', '2026-12-16', 'agreement'],
      ['admin', 'Märta Ekström', '2027-02-01', 'change']
    ])
    expect(contactAt(events, 'admin', '2027-01-31')?.contact).toEqual(agreementData().adminContact)
    expect(contactAt(events, 'admin', '2027-02-01')?.contact.name).toBe('Märta Ekström')
    // A second change does not copy the agreement again.
    const second = await changeContact(board.id, { ...newAdmin, role: 'technical', name: 'Zoë Ødegård', email: 'zoe@goteborg.se' })
    expect(second.ok).toBe(true)
    expect((await listGoLiveEvents(board.id)).filter((e) => e.kind === 'contact')).toHaveLength(4)
  })

  it('refuses the agreement’s own person, a date before sending and bad input, in Swedish, writing nothing', async () => {
    const board = await sentBoard()
    const same = await changeContact(board.id, {
      ...newAdmin,
      name: 'Åsa Öberg',
      title: 'Förvaltningsstrateg',
      email: 'asa.oberg@goteborg.se',
      phone: '031-365 00 00'
    })
    expect(same).toEqual({ ok: false, errors: { name: expect.stringMatching(/redan kontaktpersonen/) } })
    const early = await changeContact(board.id, { ...newAdmin, from: '2026-12-01', email: 'marta@' })
    expect(early).toEqual({
      ok: false,
      errors: {
        email: 'Skriv en giltig e-postadress, till exempel namn@kommun.se.',
        from: 'Datumet är före den dag avtalet skickades (2026-12-16).'
      }
    })
    expect(await listGoLiveEvents(board.id)).toEqual([])
  })

  it('records a change without an agreement draft, starting the history with it', async () => {
    const board = await createBoard('Arbetsmarknadsnämnden')
    await recordAgreementSent(board.id, { date: '2026-12-16', method: 'post' })
    expect((await changeContact(board.id, newAdmin)).ok).toBe(true)
    expect((await listGoLiveEvents(board.id)).map((e) => e.kind)).toEqual(['contact'])
  })

  it('writes the printable notice: party, earlier name, before and after, from when and why', async () => {
    await saveProfile({ code: '1480', name: 'Göteborg', officialName: 'Göteborgs stad', organisationsnummer: '212000-1355' })
    const board = await sentBoard()
    await reorganise(board.id, { toName: 'Arbetsmarknadsnämnden', unit: '', date: '2027-01-01', decisionReference: 'KF § 12' })
    await changeContact(board.id, newAdmin)
    const data = (await loadBoardData(board.id))!
    const entry = data.goLive.find((e): e is ContactEntry => e.kind === 'contact' && !e.source)!
    const { fileName, bytes } = await contactNoticePdf(data.board, data.goLive, entry, '2027-01-20')
    expect(fileName).toBe('Anmälan om ändrad kontaktperson – Arbetsmarknadsnämnden – 2027-01-20.pdf')
    const path = tempPdf(bytes, 'notice.pdf')
    const check = qpdfCheck(path)
    expect(check.status, check.output).toBe(0)
    expect(pdfinfo(path).Pages).toBe('1')
    expect(pdfinfo(path).Title).toBe('Anmälan om ändrad kontaktperson – Arbetsmarknadsnämnden – 2027-01-20')
    const text = pdftotext(path, '-enc', 'UTF-8').replace(/\s+/g, ' ')
    for (const expected of [
      'Anmälan om ändrad kontaktperson',
      'Till: Försäkringskassan, SSBTEK',
      'Kommun: Göteborgs stad',
      'Organisationsnummer: 212000-1355',
      'Part (nämnd): Arbetsmarknadsnämnden',
      'Tidigare namn: Socialnämnden',
      'Ändring: kontaktperson för avtalet och administrativa frågor',
      'Tidigare kontaktperson Namn: Åsa Öberg Titel: Förvaltningsstrateg E-post: asa.oberg@goteborg.se Telefon: 031-365 00 00',
      'Ny kontaktperson Namn: Märta Ekström Titel: Enhetschef E-post: marta.ekstrom@goteborg.se Telefon: –',
      'Gäller från: 2027-02-01',
      'Skäl: Åsa Öberg har fått en ny tjänst',
      'Namnförtydligande',
      'Förslag: hur en ändring av kontaktperson ska anmälas står inte på Försäkringskassans sida'
    ])
      expect(text).toContain(expected)
  })
})

describe('reorganisation, Allmänna villkor and termination', () => {
  it('a reorganisation renames the board and keeps the earlier name in the history', async () => {
    const board = await sentBoard()
    const bad = await reorganise(board.id, { toName: 'Socialnämnden', unit: '', date: '2027-13-01', decisionReference: '' })
    expect(bad.ok).toBe(false)
    const moved = await reorganise(board.id, {
      toName: 'Arbetsmarknadsnämnden',
      unit: 'Arbetsmarknadsförvaltningen',
      date: '2027-07-01',
      decisionReference: 'KF 2027-06-14 § 88'
    })
    expect(moved).toMatchObject({ ok: true, message: expect.stringContaining('från Socialnämnden till Arbetsmarknadsnämnden') })
    expect((await getBoard(board.id))?.name).toBe('Arbetsmarknadsnämnden')
    expect(earlierNames('Arbetsmarknadsnämnden', await listGoLiveEvents(board.id))).toEqual(['Socialnämnden'])
  })

  it('a new version opens "Läs de nya allmänna villkoren" until someone records reading it', async () => {
    const board = await sentBoard()
    const v = await recordTermsVersion(board.id, { version: '3.0', date: '2027-03-01' })
    expect(v.ok).toBe(true)
    const [task] = openTermsTasks(await listGoLiveEvents(board.id))
    expect(task?.version.version).toBe('3.0')
    const early = await recordTermsRead(board.id, { termsVersionId: task!.version.id, by: 'Åsa Öberg', date: '2027-02-28' })
    expect(early).toEqual({ ok: false, errors: { date: expect.stringMatching(/före versionens datum/) } })
    const read = await recordTermsRead(board.id, { termsVersionId: task!.version.id, by: 'Åsa Öberg', date: '2027-03-05' })
    expect(read).toMatchObject({ ok: true, message: 'Det är registrerat att version 3.0 är läst. Uppgiften är klar.' })
    expect(openTermsTasks(await listGoLiveEvents(board.id))).toEqual([])
  })

  it('a termination makes the board "Uppsagd" in the recorded state and stops further changes', async () => {
    const board = await sentBoard()
    expect(await terminate(board.id, { date: '', reason: '', by: '', understood: true })).toEqual({
      ok: false,
      errors: { date: 'Skriv datumet som ÅÅÅÅ-MM-DD.', reason: 'Fyll i skälet.', by: 'Fyll i namnet.' }
    })
    // It cannot be undone, so it needs the box ticked – asked for only once everything else is right.
    expect(await terminate(board.id, { date: '2027-03-31', reason: 'Ny leverantör', by: 'Åsa Öberg', understood: false })).toEqual({
      ok: false,
      errors: { understood: 'Kryssa i att du förstår att uppsägningen inte kan ångras.' }
    })
    expect(await listGoLiveEvents(board.id)).toEqual([])
    expect(await terminate(board.id, { date: '2027-03-31', reason: 'Ny leverantör', by: 'Åsa Öberg', understood: true })).toMatchObject({
      ok: true
    })
    const data = (await loadBoardData(board.id))!
    expect(recordedOf(data).terminated).toEqual({ date: '2027-03-31' })
    expect(await changeContact(board.id, newAdmin)).toEqual({
      ok: false,
      errors: { from: 'Anslutningen är uppsagd. Inga nya ändringar kan registreras.' }
    })
    expect((await terminate(board.id, { date: '2027-04-01', reason: 'x', by: 'y', understood: true })).ok).toBe(false)
  })

  it('knows when the agreement went, and refuses an unknown board', async () => {
    expect(agreementSentDate({ sent: { date: '2026-12-16', method: 'post' }, fkReceivedDate: '2026-12-18' })).toBe('2026-12-16')
    expect(agreementSentDate({ fkReceivedDate: '2026-12-18' })).toBe('2026-12-18')
    expect(agreementSentDate({})).toBeUndefined()
    await expect(terminate('no-such-board', { date: '2027-03-31', reason: 'x', by: 'y', understood: true })).rejects.toThrow(
      'Nämnden finns inte längre'
    )
  })
})
