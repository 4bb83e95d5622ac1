/** Swedish text for life after go-live (features/connection/AfterGoLive*.tsx and the contact-change notice). */
import type { Statement } from '@renderer/domain/content/statement'
import type { ContactRole, GoLiveEvent } from '@renderer/domain/goLive/types'
import type { ProblemCode } from '@renderer/domain/goLive/rules'

export const roleLabels: Record<ContactRole, string> = {
  admin: 'Kontaktperson för avtalet och administrativa frågor',
  technical: 'Kontaktperson för tekniska frågor'
}

const roleShort: Record<ContactRole, string> = { admin: 'administrativ kontaktperson', technical: 'teknisk kontaktperson' }

/** Statements shown as fact on the page, each with its source and status (resources/content/sources.json). */
export const goLiveStatements = {
  partyVaries: {
    text: 'Kommuner är organiserade på olika sätt: handläggningen av ekonomiskt bistånd kan ligga under socialnämnden eller till exempel en arbetsmarknadsnämnd.',
    status: 'källa',
    source: 'fk-avtal'
  },
  confirmationRecipient: {
    text: 'Försäkringskassan meddelar kontaktpersonen för tekniska frågor med e-post när anslutningen är klar, eller kontaktpersonen för avtalet och administrativa frågor om ingen teknisk kontaktperson finns.',
    status: 'källa',
    source: 'fk-anslutning'
  },
  tellFk: {
    text: 'Meddela Försäkringskassan när en kontaktperson byts, så att beskeden når rätt person. Hur en ändring ska anmälas står inte på Försäkringskassans sida – anmälan som du kan skriva ut här är ett förslag.',
    status: 'förslag',
    source: 'anslutningsguiden'
  },
  reorganisation: {
    text: 'När ekonomiskt bistånd flyttar till en annan nämnd byts parten i avtalet. Fråga Försäkringskassan om det behövs ett nytt anslutningsavtal.',
    status: 'förslag',
    source: 'anslutningsguiden'
  },
  terms: {
    text: 'Parten tar del av Allmänna villkor om tjänsten på Försäkringskassans informationsportal.',
    status: 'källa',
    source: 'fk-avtal'
  },
  termsReread: {
    text: 'Läs varje ny version av de allmänna villkoren och anteckna vem som läst den och när.',
    status: 'förslag',
    source: 'anslutningsguiden'
  },
  termination: {
    text: 'Hur en anslutning sägs upp står inte på Försäkringskassans sida. Kontrollera vad de allmänna villkoren säger om uppsägning och meddela Försäkringskassan skriftligt.',
    status: 'obekräftad',
    source: 'anslutningsguiden'
  }
} satisfies Record<string, Statement>

export const gl = {
  title: 'Efter anslutning',
  pageTitle: (board: string) => `Efter anslutning – ${board}`,
  intro:
    'En anslutning lever i flera år. Här håller du reda på kontaktpersoner, omorganisationer, nya versioner av Försäkringskassans allmänna villkor och uppsägning. Allt sparas som historik: inget skrivs över.',
  notSent:
    'Du kan registrera ändringar här när avtalet är skickat till Försäkringskassan (under steg 3, Teckna avtal). Historiken visas alltid.',
  terminatedNotice: (date: string, by: string) =>
    `Anslutningen är uppsagd från ${date} (registrerad av ${by}). Historiken finns kvar, men inga nya ändringar kan registreras.`,
  place: 'Läge',
  openPage: 'Öppna Efter anslutning',
  backToBoard: (board: string) => `Tillbaka till ${board}`,
  summaryCurrent: 'Nuvarande kontaktpersoner',
  noContacts: 'Inga kontaktpersoner är registrerade.',
  openTasks: (n: number) => (n === 1 ? '1 öppen uppgift' : `${n} öppna uppgifter`),
  loading: 'Laddar…',

  contacts: {
    heading: 'Kontaktpersoner',
    current: 'Gäller i dag',
    fromAgreement: 'Enligt anslutningsavtalet',
    fromAgreementHint:
      'Kontaktpersonerna kommer från avtalsutkastet. De sparas i historiken från den dag avtalet skickades när du registrerar den första ändringen.',
    none: 'Ingen registrerad',
    upcoming: (name: string, from: string) => `Från ${from}: ${name}`,
    line: (c: { name: string; title?: string; email: string; phone?: string }) =>
      [c.name, c.title, c.email, c.phone].filter(Boolean).join(', '),
    changeHeading: 'Byt kontaktperson',
    role: 'Vilken kontaktperson byts?',
    name: 'Namn',
    title: 'Titel eller roll',
    email: 'E-post',
    phone: 'Telefon',
    from: 'Gäller från',
    reason: 'Skäl till ändringen',
    reasonHint: 'Till exempel: ny tjänst, föräldraledighet, slutat.',
    save: 'Registrera ändringen',
    saved: (role: ContactRole, name: string) => `Ändringen är registrerad: ${name} är ${roleShort[role]}.`,
    historyHeading: (role: ContactRole) => `Historik: ${roleLabels[role].toLowerCase()}`,
    historyCaption: (role: ContactRole) => `Historik för ${roleLabels[role].toLowerCase()}`,
    colPerson: 'Kontaktperson',
    colFrom: 'Från',
    colUntil: 'Till',
    colReason: 'Skäl',
    colRecorded: 'Registrerad',
    replaced: 'rättad samma dag',
    untilNow: 'tills vidare',
    noticeButton: (role: ContactRole, name: string) => `Skriv ut anmälan till Försäkringskassan (${roleShort[role]}: ${name})`,
    noticeWorking: 'Anmälan skapas…',
    noticeDone: (file: string) => `Anmälan sparades som ${file}.`,
    noticeFailed: 'Anmälan kunde inte skapas.'
  },

  reorganisation: {
    heading: 'Omorganisation',
    names: 'Nämndens namn över tid',
    namesCaption: 'Nämndens namn över tid',
    colName: 'Namn',
    colFrom: 'Från',
    colUntil: 'Till',
    colUnit: 'Förvaltning eller enhet',
    colDecision: 'Beslut',
    formHeading: 'Flytta anslutningen till en annan nämnd',
    toName: 'Ny nämnd',
    unit: 'Förvaltning eller enhet (om den ändras)',
    date: 'Gäller från',
    decision: 'Beslutets referens',
    decisionHint: 'Till exempel: KF 2027-02-14 § 12, dnr KS 2027/45.',
    save: 'Registrera omorganisationen',
    saved: (from: string, to: string) => `Anslutningen är flyttad från ${from} till ${to}. Det tidigare namnet finns kvar i historiken.`,
    earlier: (names: string[]) => `Tidigare namn: ${names.join(', ')}`
  },

  terms: {
    heading: 'Allmänna villkor',
    none: 'Ingen ny version av de allmänna villkoren är registrerad.',
    tasksCaption: 'Versioner av de allmänna villkoren',
    colVersion: 'Version',
    colDate: 'Versionens datum',
    colRead: 'Läst',
    readBy: (by: string, date: string) => `Läst av ${by}, ${date}`,
    task: 'Läs de nya allmänna villkoren',
    taskFor: (version: string, date: string) => `Läs de nya allmänna villkoren (version ${version}, ${date})`,
    open: 'Öppen',
    formHeading: 'Registrera en ny version',
    version: 'Version',
    versionHint: 'Som Försäkringskassan anger den, till exempel 3.0 eller 2027-01.',
    date: 'Versionens datum',
    save: 'Registrera versionen',
    saved: (version: string) =>
      `Version ${version} är registrerad. Uppgiften ”Läs de nya allmänna villkoren” är öppen tills någon har läst dem.`,
    readHeading: (version: string) => `Jag har läst version ${version}`,
    readBy_: 'Vem läste',
    readDate: 'Datum',
    readSave: 'Registrera att villkoren är lästa',
    readSaved: (version: string) => `Det är registrerat att version ${version} är läst. Uppgiften är klar.`
  },

  termination: {
    heading: 'Uppsägning',
    formHeading: 'Säg upp anslutningen',
    date: 'Uppsägningsdatum',
    reason: 'Skäl',
    by: 'Registrerad av',
    understood: (board: string) => `Jag förstår att uppsägningen av anslutningen för ${board} inte kan ångras i appen`,
    understoodMissing: 'Kryssa i att du förstår att uppsägningen inte kan ångras.',
    save: 'Registrera uppsägningen',
    saved: (board: string) => `Anslutningen för ${board} är registrerad som uppsagd.`,
    status: 'Uppsagd'
  },

  timeline: {
    heading: 'Alla händelser efter anslutning',
    caption: 'Alla händelser efter anslutning, äldst först',
    empty: 'Inga händelser är registrerade än.',
    colDate: 'Datum',
    colEvent: 'Händelse',
    colRecorded: 'Registrerad'
  },

  boardMissing: 'Nämnden finns inte längre i appen.',
  failed: (detail: string) => `Det gick inte att spara: ${detail}`
}

/** One line per event for the history list. */
export function eventText(e: GoLiveEvent, versionOf: (id: string) => string | undefined): string {
  switch (e.kind) {
    case 'contact':
      return e.source === 'agreement'
        ? `${roleLabels[e.role]}: ${e.contact.name} (enligt anslutningsavtalet)`
        : `${roleLabels[e.role]}: ${e.contact.name}. Skäl: ${e.reason}`
    case 'reorganisation':
      return `Omorganisation: från ${e.fromName} till ${e.toName}${e.unit ? ` (${e.unit})` : ''}${e.decisionReference ? `. Beslut: ${e.decisionReference}` : ''}`
    case 'terms-version':
      return `Ny version av de allmänna villkoren: ${e.version}`
    case 'terms-read':
      return `Allmänna villkor version ${versionOf(e.termsVersionId) ?? '?'} lästa av ${e.by}`
    case 'termination':
      return `Uppsägning registrerad av ${e.by}. Skäl: ${e.reason}`
  }
}

const FIELD_NAMES: Record<string, string> = {
  name: 'namnet',
  title: 'titeln',
  email: 'e-postadressen',
  phone: 'telefonnumret',
  from: 'datumet',
  date: 'datumet',
  reason: 'skälet',
  by: 'namnet',
  toName: 'den nya nämndens namn',
  unit: 'förvaltningen',
  decisionReference: 'referensen',
  version: 'versionen'
}

/** The message shown beside a field for a problem code from domain/goLive/rules.ts. */
export function problemText(field: string, code: ProblemCode, context: { sentDate?: string } = {}): string {
  switch (code) {
    case 'missing':
      return field === 'from' || field === 'date' ? 'Skriv datumet som ÅÅÅÅ-MM-DD.' : `Fyll i ${FIELD_NAMES[field] ?? 'fältet'}.`
    case 'format':
      if (field === 'email') return 'Skriv en giltig e-postadress, till exempel namn@kommun.se.'
      if (field === 'phone') return 'Skriv ett telefonnummer med riktnummer, till exempel 031-365 00 00 eller +46 31 365 00 00.'
      return 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-02-01, och kontrollera att dagen finns.'
    case 'too-long':
      return `${(FIELD_NAMES[field] ?? 'texten').replace(/^./, (c) => c.toUpperCase())} är för lång.`
    case 'unchanged':
      return 'Det här är redan kontaktpersonen från det datumet. Ändra namn, e-post, titel eller telefon.'
    case 'same-name':
      return 'Anslutningen ligger redan under den nämnden. Skriv namnet på den nämnd som tar över.'
    case 'before-agreement':
      return `Datumet är före den dag avtalet skickades${context.sentDate ? ` (${context.sentDate})` : ''}.`
    case 'before-previous':
      return 'Datumet är före den förra omorganisationen. Skriv ett senare datum.'
    case 'before-version':
      return 'Datumet är före versionens datum. Ingen kan ha läst den innan den fanns.'
    case 'duplicate':
      return field === 'version' ? 'Den versionen är redan registrerad.' : 'Det är redan registrerat att den versionen är läst.'
    case 'terminated':
      return 'Anslutningen är uppsagd. Inga nya ändringar kan registreras.'
  }
}

/* ---- the printable notice to FK ---- */

export const noticeText = {
  title: 'Anmälan om ändrad kontaktperson',
  subtitle: 'Anslutning till SSBTEK (Sammansatt bastjänst ekonomiskt bistånd)',
  to: 'Till: Försäkringskassan, SSBTEK',
  fromHeading: 'Från',
  municipality: 'Kommun',
  organisationsnummer: 'Organisationsnummer',
  party: 'Part (nämnd)',
  earlierNames: 'Tidigare namn',
  changeHeading: (role: ContactRole) => `Ändring: ${roleLabels[role].toLowerCase()}`,
  previous: 'Tidigare kontaktperson',
  next: 'Ny kontaktperson',
  none: 'Ingen angiven',
  from: 'Gäller från',
  reason: 'Skäl',
  name: 'Namn',
  title_: 'Titel',
  email: 'E-post',
  phone: 'Telefon',
  signHeading: 'Underskrift',
  place: 'Ort och datum',
  signature: 'Underskrift',
  printedName: 'Namnförtydligande',
  date: (d: string) => `Datum: ${d}`,
  footer:
    'Skapad med Anslutningsguiden. Förslag: hur en ändring av kontaktperson ska anmälas står inte på Försäkringskassans sida – kontrollera med Försäkringskassan.',
  /** The file name before it is made safe (domain/text/fileNames). */
  fileName: (board: string, date: string) => `Anmälan om ändrad kontaktperson – ${board} – ${date}`
}
