/**
 * Swedish wording of the derived board state (domain/connection/boardState.ts). Screens and the
 * checklist PDF all word the one state through these functions, so they say the same thing.
 */
import type { BoardNextAction, BoardState, BoardWarning, StepStatus } from '@renderer/domain/connection/boardState'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { Forecast } from '@renderer/domain/connection/forecast'
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
      return `Godkänd som användare ${f.approvedDate}`
    case 'open-ended':
      return 'Öppen – väntar på Transportstyrelsens medgivande'
    case 'window':
      return `Uppskattning ${f.earliest} – ${f.latest}${f.longerThanNormal ? ' (längre än normalt)' : ''}`
  }
}

export const forecastTexts = {
  heading: 'Uppskattad handläggningstid',
  window: (a: string, b: string) => `Uppskattning: besked ${a} – ${b}`,
  estimateNote:
    'Det här är en uppskattning, inte en tidsgräns. Enligt Försäkringskassan handläggs avtalet i normalfallet inom 10–15 arbetsdagar från att det kommit in, om underlaget är komplett och medgivandet till Vägtrafikregistret finns.',
  countedFromReceived: (from: string) => `Räknat från ${from}, då Försäkringskassan tog emot avtalet (Försäkringskassans uppgift).`,
  countedFromConsent: (from: string, received: string) => `Räknat från ${from}, då medgivandet beviljades (avtalet kom in ${received}).`,
  consentAssumption:
    'Antagande: att tiden räknas från medgivandet står inte på Försäkringskassans sida. Vi antar det eftersom anslutningen väntar på medgivandet.',
  longerThanNormal: (latest: string) => `Längre än normalt: uppskattningen var senast ${latest}. Fråga Försäkringskassan hur det går.`,
  notReceived: 'Uppskattningen räknas från den dag Försäkringskassan tog emot avtalet. Ange det datumet under Teckna avtal.',
  open: 'Öppen: anslutningen väntar på Transportstyrelsens medgivande, och Försäkringskassan anger ingen tid för det. Inget slutdatum kan uppskattas.',
  openUnknown: 'Öppen: ange om kommunen har medgivandet till Vägtrafikregistret. Tills dess kan ingen uppskattning ges.',
  decided: (d: string) => `Försäkringskassan godkände parten som användare ${d}.`,
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
