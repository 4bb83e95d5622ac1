/**
 * Swedish wording of the derived board state (domain/connection/boardState.ts). Screens and the
 * checklist PDF all word the one state through these functions, so they say the same thing.
 */
import type { BoardNextAction, BoardState, BoardWarning, StepStatus } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { FkEvent, FkEventKind, FkEventProblem, FkHandling } from '@renderer/domain/connection/fkEvents'
import type { Forecast } from '@renderer/domain/connection/forecast'
import type { TimelineEntry } from '@renderer/domain/connection/timeline'
import type { ConsentKind } from '@renderer/domain/connection/types'

export const stepStatusLabel: Record<StepStatus, string> = {
  'not-started': 'Ej påbörjat',
  'in-progress': 'Pågår',
  waiting: 'Väntar på Försäkringskassan',
  done: 'Klart'
}

export const stepItemsText = (finished: number, total: number): string => `${finished} av ${total} klara`

export const consentLabels: Record<ConsentKind, string> = {
  have: 'Har medgivande',
  applied: 'Ansökt',
  'not-yet': 'Saknas – Transportstyrelsen hör av sig efter att avtalet kommit in till Försäkringskassan',
  unknown: 'Vet inte'
}

const AWAIT_FK: Record<'quality-assured' | 'approved' | 'registered', string> = {
  'quality-assured': 'Försäkringskassan kvalitetssäkrar avtalet',
  approved: 'Försäkringskassan godkänner parten som användare',
  registered: 'Försäkringskassan lägger upp parten i registret över användare'
}

export function nextActionText(content: ChecklistContent, action: BoardNextAction): string {
  switch (action.code) {
    case 'task':
      return content.steps.flatMap((s) => s.tasks).find((t) => t.id === action.taskId)?.nextAction ?? action.taskId
    case 'read-terms':
      return 'Läs Allmänna villkor på Försäkringskassans portal'
    case 'send':
      return 'Skicka Försäkringskassans blankett, ifylld och underskriven, till adressen som står i blanketten'
    case 'record-receipt':
      return 'Ange när Försäkringskassan tog emot avtalet'
    case 'send-completion':
      return `Skicka kompletteringen som Försäkringskassan begärde ${action.requestedDate} (${action.what}) och ange när du skickade den`
    case 'state-consent':
      return 'Ange om kommunen har medgivande till Vägtrafikregistret – uppskattningen är öppen tills dess'
    case 'await-consent':
      return 'Anslutningen väntar på Transportstyrelsens medgivande till Vägtrafikregistret – inget slutdatum kan uppskattas'
    case 'await-fk':
      return action.earliest && action.latest
        ? `Vänta: ${AWAIT_FK[action.subStep]} (uppskattning ${action.earliest} – ${action.latest})`
        : `Vänta: ${AWAIT_FK[action.subStep]}`
    case 'longer-than-normal':
      return `Längre än normalt: uppskattningen var senast ${action.latest} – fråga Försäkringskassan hur det går`
    case 'done':
      return 'Anslutningen är klar – alla fem steg är genomförda'
    case 'terminated':
      return `Anslutningen är uppsagd från ${action.date} – historiken finns kvar under Efter anslutning`
  }
}

/** "Steg 3 av 5: Teckna avtal", "Klar", or "Uppsagd 2027-03-31". */
export function placeText(content: ChecklistContent, state: BoardState): string {
  if (state.terminated) return `Uppsagd ${state.terminated.date}`
  const step = content.steps.find((s) => s.id === state.step)
  return step ? `Steg ${step.number} av 5: ${step.title}` : 'Klar'
}

/** One line for tables and the checklist PDF. */
export function forecastShortText(f: Forecast): string {
  switch (f.kind) {
    case 'not-received':
      return 'Ingen än – avtalet har inte kommit in till Försäkringskassan'
    case 'decided':
      return f.approvedDate ? `Godkänd som användare ${f.approvedDate}` : `Registrerad som användare ${f.registeredDate ?? ''}`.trim()
    case 'awaiting-completion':
      return `Ingen just nu – väntar på kompletteringen som begärdes ${f.requestedDate}`
    case 'open-ended':
      return 'Öppen – väntar på Transportstyrelsens medgivande'
    case 'window':
      return `Uppskattning ${f.earliest} – ${f.latest}${f.longerThanNormal ? ' (längre än normalt)' : ''}`
  }
}

export const forecastTexts = {
  heading: 'Uppskattad handläggningstid',
  window: (a: string, b: string) => `Uppskattning: besked ${a} – ${b}`,
  /** Put before FK's own statement of the normal time (shown with its source). */
  estimatePrefix: 'En uppskattning, inte en tidsgräns',
  countedFromReceived: (from: string) => `Räknat från ${from}, då Försäkringskassan tog emot avtalet (Försäkringskassans uppgift).`,
  countedFromConsent: (from: string, received: string) => `Räknat från ${from}, då medgivandet beviljades (avtalet kom in ${received}).`,
  countedFromCompletion: (from: string, received: string) =>
    `Räknat från ${from}, då det kompletterade underlaget skickades (avtalet kom in ${received}).`,
  awaitingCompletion: (requested: string) =>
    `Ingen uppskattning just nu: Försäkringskassan begärde en komplettering ${requested}. Uppskattningen räknas om från den dag du skickar det kompletterade underlaget.`,
  consentAssumption:
    'Antagande: att tiden räknas från medgivandet står inte på Försäkringskassans sida. Vi antar det eftersom anslutningen väntar på medgivandet.',
  longerThanNormal: (latest: string) => `Längre än normalt: uppskattningen var senast ${latest}. Fråga Försäkringskassan hur det går.`,
  notReceived: 'Uppskattningen räknas från den dag Försäkringskassan tog emot avtalet. Ange det datumet under Teckna avtal.',
  open: 'Öppen: anslutningen väntar på Transportstyrelsens medgivande, och Försäkringskassan anger ingen tid för det. Inget slutdatum kan uppskattas.',
  openUnknown: 'Öppen: ange om kommunen har medgivandet till Vägtrafikregistret. Tills dess kan ingen uppskattning ges.',
  decided: (d: string) => `Försäkringskassan godkände parten som användare ${d}.`,
  registered: (d: string) => `Parten registrerades som användare hos Försäkringskassan ${d}.`,
  day: (n: number) => `I dag är arbetsdag ${n} sedan dess.`
}

export function warningText(w: BoardWarning): string {
  switch (w.code) {
    case 'consent-unknown':
      return 'Det är inte angivet om kommunen har medgivande till Vägtrafikregistret.'
    case 'consent-missing':
      return 'Medgivandet till Vägtrafikregistret saknas: Transportstyrelsen hör av sig efter att avtalet kommit in, och anslutningen tar då längre tid.'
    case 'consent-applied':
      return `Medgivandet till Vägtrafikregistret är sökt${w.appliedDate ? ` (${w.appliedDate})` : ''} men inte beviljat: anslutningen kan ta längre tid.`
    case 'longer-than-normal':
      return forecastTexts.longerThanNormal(w.latest)
    case 'sent-without-decision':
      return 'Avtalet är skickat, men beslutet om anslutning är inte registrerat under steg 2.'
  }
}

/** The basis of a forecast window, one sentence (screens and the checklist PDF). */
export function forecastBasisText(f: Extract<Forecast, { kind: 'window' }>): string {
  if (f.countedFrom === 'completion-sent') return forecastTexts.countedFromCompletion(f.from, f.receivedDate)
  if (f.countedFrom === 'consent-granted') return forecastTexts.countedFromConsent(f.from, f.receivedDate)
  return forecastTexts.countedFromReceived(f.from)
}

/* ---- FK's handling (fkEvents.ts) ---- */

export const fkEventLabels: Record<FkEventKind, string> = {
  'case-number': 'Ärendenummer från Försäkringskassan',
  'completion-requested': 'Försäkringskassan begärde komplettering',
  'completion-sent': 'Kompletterat underlag skickat',
  'confirmation-received': 'Bekräftelse från Försäkringskassan mottagen',
  registered: 'Registrerad som användare'
}

/** One event as a line: "2026-12-02 Försäkringskassan begärde komplettering: underskrift saknas". */
export function fkEventText(e: FkEvent): string {
  return `${e.date} ${timelineEntryText({ code: 'fk-event', date: e.date, event: e })}`
}

export const fkProblemText: Record<FkEventProblem, string> = {
  'date-invalid': 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-18.',
  'date-in-future': 'Datumet ligger i framtiden. Ange den dag det hände.',
  'not-sent': 'Ange först under ”Fyll i och skicka avtalet” när avtalet skickades.',
  'before-sent': 'Datumet är före den dag avtalet skickades. Kontrollera datumet.',
  'before-receipt': 'Datumet är före den dag Försäkringskassan tog emot avtalet. Kontrollera datumet.',
  'case-number-missing': 'Ange ärendenumret.',
  'case-number-exists': 'Ett ärendenummer är redan registrerat. Ändra det i listan i stället.',
  'what-missing': 'Ange vad Försäkringskassan bad om.',
  'no-open-request': 'Det finns ingen begäran om komplettering den dagen eller tidigare. Registrera först begäran.',
  'recipient-missing': 'Ange vem som fick bekräftelsen.',
  'already-registered': 'Registreringen som användare är redan angiven. Ändra den i listan i stället.',
  'after-registered': 'Datumet är efter att parten registrerades som användare. Kontrollera datumet.',
  'text-too-long': 'Texten är för lång (högst 2 000 tecken).',
  'request-answered':
    'Begäran kan inte tas bort: ett kompletterat underlag som skickades efter den svarar på den. Ta först bort det kompletterade underlaget.',
  'request-after-completion':
    'Med det datumet skulle ett kompletterat underlag ha skickats före begäran. Kontrollera datumet, eller ändra först det kompletterade underlaget.'
}

/**
 * FK's handling in one line for the board list, the board page, the step overview and the PDF:
 * the case number, an open komplettering, the last completion sent and the registration.
 */
export function fkHandlingText(fk: FkHandling): string {
  const parts: string[] = []
  if (fk.caseNumber) parts.push(`Försäkringskassans ärendenummer ${fk.caseNumber}`)
  for (const r of fk.open) parts.push(`komplettering begärd ${r.date} (${r.what}), inte skickad än`)
  if (!fk.open.length && fk.lastCompletionSent) parts.push(`komplettering skickad ${fk.lastCompletionSent}`)
  if (fk.confirmation) parts.push(`bekräftelse mottagen ${fk.confirmation.date} (till ${fk.confirmation.to})`)
  if (fk.registeredDate) parts.push(`registrerad som användare ${fk.registeredDate}`)
  const text = parts.join(' · ')
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : ''
}

/* ---- the board's timeline (domain/connection/timeline.ts) ---- */

const TIMELINE_LABELS: Record<Exclude<TimelineEntry['code'], 'fk-event'>, string> = {
  decision: 'Beslut om anslutning',
  'terms-read': 'Allmänna villkor lästa',
  sent: 'Avtalet skickat',
  received: 'Försäkringskassan tog emot avtalet',
  'quality-assured': 'Försäkringskassan kvalitetssäkrade avtalet',
  approved: 'Godkänd som användare',
  registered: 'Registrerad som användare'
}

/** An entry without its date (the table shows the date in its own column). */
export function timelineEntryText(entry: TimelineEntry): string {
  if (entry.code !== 'fk-event') return TIMELINE_LABELS[entry.code]
  const e = entry.event
  switch (e.kind) {
    case 'case-number':
      return `${fkEventLabels[e.kind]}: ${e.caseNumber}`
    case 'completion-requested':
      return `${fkEventLabels[e.kind]}: ${e.what}`
    case 'confirmation-received':
      return `${fkEventLabels[e.kind]} (till ${e.to})`
    default:
      return fkEventLabels[e.kind]
  }
}

export const timelineTexts = {
  band: (earliest: string, latest: string, from: string) => `Uppskattat besked ${earliest} – ${latest} (räknat från ${from})`,
  bandLonger: 'längre än normalt',
  completionOpen: (requested: string, what: string) => `Komplettering begärd ${requested} (${what}), inte skickad än`,
  completionDone: (requested: string, until: string, what: string) => `Komplettering begärd ${requested} (${what}), skickad ${until}`
}
