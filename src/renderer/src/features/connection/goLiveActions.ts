/**
 * The work the buttons of "Efter anslutning" start. Each checks its input with the pure rules in
 * domain/goLive against the board's history as it stands inside the write transaction, and
 * returns Swedish messages per field or a confirmation.
 */
import { getBoardAgreement, getConnectionState } from '@renderer/db/connection'
import { changeGoLive, type NewGoLiveEvent } from '@renderer/db/goLive'
import { getProfile } from '@renderer/db/settings'
import type { BoardState } from '@renderer/domain/connection/boardState'
import type { AgreementProcess } from '@renderer/domain/connection/types'
import {
  checkContactChange,
  checkReorganisation,
  checkTermination,
  checkTermsRead,
  checkTermsVersion,
  earlierNames,
  entriesFromAgreement,
  previousContact,
  type Checked,
  type ContactChangeInput,
  type ReorganisationInput,
  type TerminationInput,
  type TermsReadInput,
  type TermsVersionInput
} from '@renderer/domain/goLive/rules'
import type { ContactEntry, GoLiveEvent } from '@renderer/domain/goLive/types'
import { safeNamePart } from '@renderer/domain/text/fileNames'
import { gl, noticeText, problemText } from '@renderer/i18n/goLive'
import { buildContactChangeNotice } from '@renderer/pdf/contactChangeNotice'

export { AFTER_GO_LIVE_SEGMENT } from './goLiveSegment'

/** The agreement has gone to FK, as the one derived board state says: the forms of "Efter anslutning" open then. */
export const agreementSent = (state: BoardState): boolean =>
  state.stepStatuses.some((s) => s.items.some((i) => i.kind === 'sub-step' && i.id === 'sent' && i.finished))

export type FieldErrors = Partial<Record<string, string>>
export type GoLiveResult = { ok: true; message: string; added: GoLiveEvent[] } | { ok: false; errors: FieldErrors }

/** The day the agreement went to FK (or, if only that is recorded, the day FK received it). */
export const agreementSentDate = (a: AgreementProcess): string | undefined => a.sent?.date ?? a.fkReceivedDate

function errorsOf<F extends string>(checked: Checked<unknown, F> & { ok: false }, sentDate?: string): FieldErrors {
  const errors: FieldErrors = {}
  for (const p of checked.problems) errors[p.field] ??= problemText(p.field, p.code, { sentDate })
  return errors
}

async function record<T, F extends string>(
  boardId: string,
  check: (events: GoLiveEvent[], boardName: string) => Checked<T, F>,
  toRows: (value: T, events: GoLiveEvent[]) => { add: NewGoLiveEvent[]; rename?: string },
  message: (value: T, boardName: string) => string,
  sentDate?: string,
  /** A last condition checked only when everything else is right (e.g. an explicit confirmation). */
  confirmed: () => boolean = () => true
): Promise<GoLiveResult> {
  type Outcome = { ok: true; message: string } | { ok: false; errors: FieldErrors }
  const { result, added } = await changeGoLive<Outcome>(boardId, ({ board, events }) => {
    const checked = check(events, board.name)
    if (!checked.ok) return { write: false, result: { ok: false, errors: errorsOf(checked, sentDate) } }
    if (!confirmed()) return { write: false, result: { ok: false, errors: { understood: gl.termination.understoodMissing } } }
    const rows = toRows(checked.value, events)
    return { write: true, ...rows, result: { ok: true, message: message(checked.value, board.name) } }
  })
  return result.ok ? { ...result, added } : result
}

/**
 * Records a new contact person. When the role has no history yet, the contacts named in the
 * agreement draft start it, from the day the agreement was sent, so nobody types them twice.
 */
export async function changeContact(boardId: string, input: ContactChangeInput): Promise<GoLiveResult> {
  const [connection, agreement] = await Promise.all([getConnectionState(boardId), getBoardAgreement(boardId)])
  const sentDate = agreementSentDate(connection.agreement)
  const withAgreement = (events: GoLiveEvent[]): { initial: NewGoLiveEvent[]; all: GoLiveEvent[] } => {
    const initial: NewGoLiveEvent[] = sentDate
      ? entriesFromAgreement(events, agreement, sentDate).map((e) => ({ kind: 'contact', ...e, reason: '', source: 'agreement' }))
      : []
    // Earlier than anything recorded now, so the check sees them as the history they start.
    const virtual = initial.map((e, i) => ({ ...e, id: `agreement-${i}`, boardId, recordedAt: '' }))
    return { initial, all: [...events, ...virtual] }
  }
  return record(
    boardId,
    (events) => checkContactChange(input, withAgreement(events).all, sentDate),
    (change, events) => ({
      add: [
        ...withAgreement(events).initial,
        { kind: 'contact', role: change.role, contact: change.contact, from: change.from, reason: change.reason }
      ]
    }),
    (change) => gl.contacts.saved(change.role, change.contact.name),
    sentDate
  )
}

/** Moves the connection to another nämnd: the board takes the new name, the old one stays in the history. */
export async function reorganise(boardId: string, input: ReorganisationInput): Promise<GoLiveResult> {
  return record(
    boardId,
    (events, name) => checkReorganisation(input, name, events),
    (value) => ({ add: [{ kind: 'reorganisation', ...value }], rename: value.toName }),
    (value) => gl.reorganisation.saved(value.fromName, value.toName)
  )
}

/** Records a new version of the Allmänna villkor, which opens the task "Läs de nya allmänna villkoren". */
export async function recordTermsVersion(boardId: string, input: TermsVersionInput): Promise<GoLiveResult> {
  return record(
    boardId,
    (events) => checkTermsVersion(input, events),
    (value) => ({ add: [{ kind: 'terms-version', ...value }] }),
    (value) => gl.terms.saved(value.version)
  )
}

/** Records who read a version of the Allmänna villkor and when: closes its task. */
export async function recordTermsRead(boardId: string, input: TermsReadInput): Promise<GoLiveResult> {
  let version = ''
  return record(
    boardId,
    (events) => {
      const v = events.find((e) => e.id === input.termsVersionId)
      version = v?.kind === 'terms-version' ? v.version : ''
      return checkTermsRead(input, events)
    },
    (value) => ({ add: [{ kind: 'terms-read', ...value }] }),
    () => gl.terms.readSaved(version)
  )
}

/**
 * Records the termination (uppsägning); from then on the board is "Uppsagd" everywhere. It cannot
 * be undone in the app, so the user must have ticked that they understand this.
 */
export async function terminate(boardId: string, input: TerminationInput & { understood: boolean }): Promise<GoLiveResult> {
  return record(
    boardId,
    (events) => checkTermination(input, events),
    (value) => ({ add: [{ kind: 'termination', ...value }] }),
    (_value, name) => gl.termination.saved(name),
    undefined,
    () => input.understood
  )
}

/**
 * The printable notice to Försäkringskassan for one recorded contact change: the party (with its
 * earlier names), the contact before and after, from when and why. Nothing is saved.
 */
export async function contactNoticePdf(
  board: { id: string; name: string },
  events: readonly GoLiveEvent[],
  entry: ContactEntry,
  today: string
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const profile = await getProfile()
  const bytes = await buildContactChangeNotice({
    municipality: profile?.officialName || profile?.name || '',
    organisationsnummer: profile?.organisationsnummer,
    boardName: board.name,
    earlierNames: earlierNames(board.name, events),
    role: entry.role,
    previous: previousContact(events, entry)?.contact,
    next: entry.contact,
    from: entry.from,
    reason: entry.reason,
    date: today
  })
  return { fileName: `${safeNamePart(noticeText.fileName(board.name, today), 120)}.pdf`, bytes }
}
