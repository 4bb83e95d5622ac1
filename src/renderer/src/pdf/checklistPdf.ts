import fontkit from '@cantoo/fontkit'
import { PageSizes, PDFDocument, rgb, type PDFFont } from '@cantoo/pdf-lib'
import { subsetTag } from '@renderer/base/subsetTag'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { deriveBoardState } from '@renderer/domain/connection/boardState'
import { sortFkEvents, type FkEvent } from '@renderer/domain/connection/fkEvents'
import type { ConnectionState, TaskState, TaskStatus } from '@renderer/domain/connection/types'
import {
  consentLabels,
  fkEventText,
  fkHandlingText,
  forecastBasisText,
  forecastShortText,
  forecastTexts,
  nextActionText,
  placeText,
  stepItemsText,
  stepStatusLabel,
  warningText
} from '@renderer/i18n/connectionState'
import sourcesJson from '@resources/content/sources.json'
import { loadFont } from './fonts'
import { savePdf } from './activeContent'

export type ChecklistPdfInput = {
  content: ChecklistContent
  municipality: string
  boardName: string
  states: TaskState[]
  connection: ConnectionState
  /** The agreement draft names its contact persons (as the screens read it). */
  contactsNamed?: boolean
  /** An agreement draft of the board is signed by all its signatories (RecordedBoard.agreementSigned). */
  agreementSigned?: boolean
  /** FK's handling events, as the screens read them. */
  events?: readonly FkEvent[]
  /** Only the owner ids are used: how many files back each task. */
  attachments: { ownerId: string }[]
  /** YYYY-MM-DD, printed as the status date. */
  today: string
  /** Recorded after go-live: the connection is terminated (the sheet says "Uppsagd"), and the board's earlier names. */
  terminated?: { date: string }
  earlierNames?: string[]
}

const STATUS: Record<TaskStatus, string> = {
  'not-started': 'Ej påbörjad',
  'in-progress': 'Pågår',
  done: 'Klar',
  'not-applicable': 'Ej tillämplig'
}

// Ligatures off: text extracted from the PDF must read exactly as typed.
const FEATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false }

type Line = { text: string; bold?: boolean; scale?: number; indent?: number; gap?: number }

const sourceTitle = (id: string): string => {
  const source = sourcesJson.sources.find((x) => x.id === id)
  return source ? `${source.publisher}, ${source.title}` : id
}

/** The lines of the status sheet, before layout. */
export function checklistLines(input: ChecklistPdfInput): Line[] {
  const { content, states, connection, today } = input
  // The same derived state the screens show: the sheet can never say something the app does not.
  const state = deriveBoardState(
    content,
    {
      tasks: states,
      connection,
      contactsNamed: input.contactsNamed,
      agreementSigned: input.agreementSigned,
      events: input.events ?? [],
      terminated: input.terminated
    },
    today
  )
  const a = connection.agreement
  const d = connection.decision
  const c = connection.consent
  const lines: Line[] = [
    { text: 'Anslutning till SSBTEK – status', bold: true, scale: 1.6 },
    { text: `${input.municipality}${input.municipality ? ' · ' : ''}${input.boardName}`, bold: true, scale: 1.2 },
    ...(input.earlierNames?.length ? [{ text: `Tidigare namn: ${input.earlierNames.join(', ')}` }] : []),
    { text: `Status per ${today} · checklistans innehåll version ${content.version}` },
    { text: `Läge: ${placeText(content, state)}`, bold: true, gap: 6 },
    { text: `Nästa steg: ${nextActionText(content, state.nextAction)}`, bold: true }
  ]
  for (const w of state.warnings) lines.push({ text: `Obs! ${warningText(w)}` })
  const f = state.forecast
  const restart = content.forecast.completionRestart
  const forecastText =
    f.kind === 'window'
      ? `${forecastShortText(f)}, ${forecastBasisText(f)}${f.countedFrom === 'consent-granted' ? ` ${forecastTexts.consentAssumption}` : ''}${
          f.countedFrom === 'completion-sent' && restart
            ? ` (${restart.status}: ${restart.text} Källa: ${sourceTitle(restart.source)})`
            : ''
        }`
      : forecastShortText(f)
  lines.push({ text: `Uppskattad handläggningstid: ${forecastText}` })
  const fkText = fkHandlingText(state.fk)
  if (fkText) lines.push({ text: `Försäkringskassans handläggning: ${fkText}`, bold: true })
  const consentDetails = [
    c.kind === 'have' && c.grantedDate ? `beviljat ${c.grantedDate}` : '',
    c.kind === 'have' && c.reference ? `ref. ${c.reference}` : '',
    (c.kind === 'applied' || c.kind === 'have') && c.appliedDate ? `ansökt ${c.appliedDate}` : ''
  ]
    .filter(Boolean)
    .join(', ')
  lines.push({ text: `Medgivande till Vägtrafikregistret: ${consentLabels[c.kind]}${consentDetails ? ` (${consentDetails})` : ''}` })
  lines.push({
    text: `Beslut: ${[d.body, d.date, d.paragraph, d.diarienummer ? `dnr ${d.diarienummer}` : ''].filter(Boolean).join(', ') || 'inte registrerat'}`
  })
  const dash = (v?: string) => v ?? '–'
  lines.push({
    text: `Avtalet: villkor lästa ${dash(a.termsReadDate)} · skickat ${a.sent ? `${a.sent.date} (${a.sent.method === 'post' ? 'post' : 'e-post'})` : '–'} · mottaget av FK ${dash(a.fkReceivedDate)} · kvalitetssäkrat ${dash(a.qualityAssuredDate)} · godkänd ${dash(a.approvedDate)} · i FK:s register ${dash(state.fk.registeredDate)}`
  })
  for (const e of sortFkEvents(input.events ?? [])) lines.push({ text: `Händelse: ${fkEventText(e)}`, indent: 10 })
  for (const [i, step] of content.steps.entries()) {
    const p = state.stepStatuses[i]!
    lines.push({
      text: `Steg ${step.number}: ${step.title} – ${stepStatusLabel[p.status]} (${stepItemsText(p.finished, p.total)})`,
      bold: true,
      scale: 1.1,
      gap: 6
    })
    for (const task of step.tasks) {
      const s = states.find((x) => x.taskId === task.id)
      const status = s?.status ?? 'not-started'
      const files = input.attachments.filter((f) => f.ownerId.endsWith(`/${task.id}`)).length
      const item = p.items.find((x) => x.id === task.id)
      const mark = item?.finished ? '☑' : '☐'
      const details = [
        item?.recorded ? 'Klar enligt registrerade uppgifter' : STATUS[status],
        status === 'not-applicable' ? (s?.reason ? `skäl: ${s.reason}` : 'skäl saknas') : '',
        s?.owner ? `ansvarig: ${s.owner}` : '',
        s?.dueDate ? `klart senast ${s.dueDate}` : '',
        files ? `${files} ${files === 1 ? 'bilaga' : 'bilagor'}` : task.evidence ? 'underlag saknas' : ''
      ].filter(Boolean)
      lines.push({ text: `${mark} ${task.title} – ${details.join(', ')}`, indent: 10 })
    }
  }
  return lines
}

/** Greedy word wrap. Widths scale linearly with size, so each word is measured once (at size 1). */
function makeWrapper(font: PDFFont) {
  const cache = new Map<string, number>()
  const unit = (w: string) => {
    let width = cache.get(w)
    if (width === undefined) {
      width = font.widthOfTextAtSize(w, 1)
      cache.set(w, width)
    }
    return width
  }
  return (text: string, size: number, maxWidth: number): string[] => {
    const space = unit(' ') * size
    const out: string[] = []
    let line = ''
    let width = 0
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const w = unit(word) * size
      if (line && width + space + w > maxWidth) {
        out.push(line)
        line = word
        width = w
      } else {
        line = line ? `${line} ${word}` : word
        width = line === word ? w : width + space + w
      }
    }
    if (line) out.push(line)
    return out
  }
}

export function checklistPdfFileName(boardName: string, today: string): string {
  const safe = boardName.replace(/[\\/:*?"<>|]+/g, '').trim() || 'namnd'
  return `Anslutning SSBTEK – ${safe} – ${today}.pdf`
}

/** A one-page A4 status sheet for a meeting. Shrinks the text until everything fits on one page. */
export async function buildChecklistPdf(input: ChecklistPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([
    loadFont('sans').then((b) => doc.embedFont(b, { subset: true, features: FEATURES, customName: `${subsetTag()}+DejaVuSans` })),
    loadFont('sans-bold').then((b) => doc.embedFont(b, { subset: true, features: FEATURES, customName: `${subsetTag()}+DejaVuSans-Bold` }))
  ])
  doc.setTitle(`Anslutning till SSBTEK – ${input.boardName}`)
  doc.setSubject('Checklistans status')
  doc.setLanguage('sv-SE')
  doc.setCreator('Anslutningsguiden')
  doc.setProducer('Anslutningsguiden')
  const [pageWidth, pageHeight] = PageSizes.A4
  const margin = 42
  const width = pageWidth - 2 * margin
  const lines = checklistLines(input)

  const wrapRegular = makeWrapper(regular)
  const wrapBold = makeWrapper(bold)
  const layout = (base: number) => {
    const placed: { text: string; font: PDFFont; size: number; x: number; dy: number }[] = []
    for (const line of lines) {
      const size = base * (line.scale ?? 1)
      const font = line.bold ? bold : regular
      const indent = line.indent ?? 0
      ;(line.bold ? wrapBold : wrapRegular)(line.text, size, width - indent - 8).forEach((t, i) => {
        placed.push({ text: t, font, size, x: margin + indent + (i > 0 ? 8 : 0), dy: size * 1.3 + (i === 0 ? (line.gap ?? 0) : 0) })
      })
    }
    return placed
  }
  const height = (p: ReturnType<typeof layout>) => p.reduce((sum, l) => sum + l.dy, 0)
  const available = pageHeight - 2 * margin
  // Largest size (11 pt down to 4 pt, in quarter points) at which everything fits on the page.
  let base = 11
  let placed = layout(base)
  while (height(placed) > available && base > 4) {
    base -= 0.25
    placed = layout(base)
  }
  const page = doc.addPage([pageWidth, pageHeight])
  let y = pageHeight - margin
  for (const l of placed) {
    y -= l.dy
    if (y < margin) break // cannot happen above the minimum size; never spill to a second page
    page.drawText(l.text, { x: l.x, y, size: l.size, font: l.font, color: rgb(0.1, 0.1, 0.12) })
  }
  return savePdf(doc)
}
