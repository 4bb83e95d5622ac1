import type { UndertakingStatus } from '@renderer/domain/caseworkers/status'
import type { EmailWarning } from '@renderer/domain/caseworkers/validate'

/** Swedish UI strings for the caseworker register and undertakings. */
export const cw = {
  subnavLabel: 'Handläggare – undersidor',
  subnav: {
    overview: 'Översikt',
    add: 'Lägg till person',
    import: 'Importera CSV',
    template: 'Försäkrans text',
    reports: 'Rapporter',
    settings: 'Regler och gallring'
  },
  status: {
    signed: 'Undertecknad',
    'not-signed': 'Ej undertecknad',
    'signed-older-version': 'Undertecknad äldre version',
    overdue: 'Försenad',
    'renewal-due': 'Dags att förnya',
    inactive: 'Avslutad'
  } satisfies Record<UndertakingStatus, string>,
  statusBadge: {
    signed: 'ok',
    'not-signed': 'warn',
    'signed-older-version': 'warn',
    overdue: 'danger',
    'renewal-due': 'warn',
    inactive: 'muted'
  } satisfies Record<UndertakingStatus, string>,
  fields: {
    name: 'Namn',
    email: 'E-post',
    unit: 'Enhet',
    role: 'Roll',
    employeeId: 'Anställningsnummer',
    startDate: 'Startdatum',
    endDate: 'Slutdatum',
    accessFrom: 'Behörighet från',
    accessTo: 'Behörighet till'
  },
  dateHint: 'ÅÅÅÅ-MM-DD',
  /** Accepted addresses that may still fail to arrive (domain/caseworkers/validate.ts emailWarning). */
  emailWarnings: {
    'non-ascii-local-part':
      'Varning: adressen har å, ä, ö eller ett annat tecken utanför a–z före @. Outlook och många e-postsystem kan inte skicka dit. Kontrollera adressen, till exempel asa.oberg i stället för åsa.öberg.'
  } satisfies Record<EmailWarning, string>,
  duplicate: {
    email: (email: string, name: string) => `E-postadressen ${email} finns redan i registret (${name}).`,
    employeeId: (id: string, name: string) => `Anställningsnumret ${id} finns redan i registret (${name}).`
  },
  overview: {
    title: 'Handläggarnas försäkran',
    intro:
      'Försäkringskassans mall Påminnelse för handläggare är en mall som kommunen har möjlighet att använda för att få en skriftlig försäkran från handläggarna. Om kommunen använder den ser du här vem som har undertecknat den gällande versionen, vem som inte har det och vem som är försenad.',
    noVersion: 'Ingen version av försäkran är publicerad ännu. Granska texten och publicera den första versionen under ”Försäkrans text”.',
    currentVersion: (n: number, date: string) => `Gällande version: ${n}, publicerad ${date}.`,
    summaryTitle: 'Läget per enhet',
    summaryCaption: 'Antal personer per status och andel som undertecknat gällande version',
    total: 'Totalt',
    share: 'Andel undertecknat',
    active: 'Aktiva',
    listTitle: 'Personer',
    search: 'Sök namn, e-post, enhet eller anställningsnummer',
    unitFilter: 'Enhet',
    roleFilter: 'Roll',
    statusFilter: 'Status',
    sort: 'Sortera efter',
    allUnits: 'Alla enheter',
    allRoles: 'Alla roller',
    statusOptions: { active: 'Alla aktiva', 'needs-action': 'Behöver göra något', all: 'Alla, även avslutade' },
    sortOptions: { status: 'Status', name: 'Namn', unit: 'Enhet', role: 'Roll', since: 'Sedan' },
    showing: (shown: number, total: number) => `Visar ${shown.toLocaleString('sv-SE')} av ${total.toLocaleString('sv-SE')} personer.`,
    tableLabel: 'Personer och deras status',
    columns: {
      select: 'Välj',
      name: 'Namn',
      unit: 'Enhet',
      role: 'Roll',
      status: 'Status',
      why: 'Orsak och datum',
      signed: 'Senast undertecknad',
      reminded: 'Påmind'
    },
    selectPerson: (name: string) => `Välj ${name}`,
    selectAllShown: 'Välj alla som visas',
    clearSelection: 'Avmarkera alla',
    selected: (n: number) => `${n} valda`,
    remindEmail: 'Påminn via e-post',
    remindPrint: 'Skriv ut lista över dem som ska underteckna (PDF)',
    reminderSummary: (n: number) => `Påminnelse: ${n} ${n === 1 ? 'person behöver' : 'personer behöver'} underteckna försäkran.`,
    reminderFileName: (today: string) => `Påminnelselista ${today}.pdf`,
    reminderNotSaved: 'Listan sparades inte, så ingen påminnelse registrerades.',
    coverageTitle: 'Andel med giltig försäkran per enhet',
    coverageIntro: 'Stapeln visar hur stor andel av enhetens aktiva personer som har undertecknat gällande version.',
    coverageChartLabel: 'Stapeldiagram: andel med giltig försäkran per enhet. Samma siffror finns i listan under diagrammet.',
    coverageFigures: 'Siffrorna i diagrammet',
    coverageLine: (unit: string, signed: number, active: number, share: string) => `${unit}: ${share} (${signed} av ${active})`,
    coverageNone: 'Ingen enhet har aktiva personer ännu.',
    reminderRecorded: (n: number) => `Påminnelse registrerad för ${n} ${n === 1 ? 'person' : 'personer'}.`,
    noMailClient: 'E-postprogrammet kunde inte öppnas. Kontrollera att ett e-postprogram är installerat.',
    needsAction: (n: number) =>
      `${n.toLocaleString('sv-SE')} ${n === 1 ? 'person behöver' : 'personer behöver'} underteckna eller förnya försäkran.`,
    showNeedsAction: 'Visa vilka',
    emptyRegister: 'Registret är tomt. Lägg till personer eller importera en CSV-fil.',
    noMatches: 'Ingen person matchar filtren.'
  },
  why: {
    signed: (since?: string) => `Undertecknade gällande version ${since ?? ''}`.trim(),
    'not-signed': (dueOn?: string) => (dueOn ? `Har inte undertecknat. Senast ${dueOn}.` : 'Har inte undertecknat.'),
    'signed-older-version': (dueOn?: string) => (dueOn ? `Ny version publicerad. Senast ${dueOn}.` : 'Ny version publicerad.'),
    overdue: (since?: string) => `Försenad sedan ${since ?? ''}`.trim(),
    'renewal-due': (since?: string) => `Ska förnyas sedan ${since ?? ''}`.trim(),
    inactive: (since?: string) => `Avslutad ${since ?? ''}`.trim()
  },
  person: {
    addTitle: 'Lägg till person',
    addButton: 'Lägg till',
    added: (name: string) => `${name} har lagts till.`,
    saveBlocked: 'Ändringen är inte sparad. Rätta det som är markerat, så sparas den.',
    notFound: 'Personen finns inte i registret. Den kan ha raderats.',
    back: 'Tillbaka till översikten',
    detailsTitle: 'Uppgifter',
    endDateHint: 'Sätt ett slutdatum när personen slutar. Personen lämnar då den aktiva listan men historiken finns kvar.',
    endToday: 'Avsluta i dag',
    signTitle: (n: number) => `Underteckna version ${n}`,
    signTitleNoVersion: 'Underteckna försäkran',
    signedTitle: (n: number) => `Version ${n} är undertecknad`,
    signedState: (signedOn: string) => `Undertecknad ${signedOn}. Inget mer behöver göras förrän en ny version publiceras.`,
    signAgain: 'Underteckna igen eller registrera en underskrift',
    signOnScreen: 'Underteckna på skärmen',
    printForSignature: 'Skriv ut för underskrift på papper (PDF)',
    registerTitle: 'Registrera en underskrift',
    registerIntro: 'När personen har skrivit under på papper, eller på annat sätt, registrerar du det här.',
    method: 'Hur skrevs försäkran under?',
    methodPaper: 'På utskrivet papper',
    methodElsewhere: 'På annat sätt (till exempel i ett annat system)',
    signedOn: 'Datum för underskriften',
    note: 'Anteckning (frivillig)',
    attachScan: 'Bifoga inskannad kopia (frivilligt)',
    scanAttached: (name: string) => `Bifogad fil: ${name}`,
    removeScan: 'Ta bort filen',
    registerButton: 'Registrera underskrift',
    registered: 'Underskriften är registrerad.',
    scanNotSupported: 'Filen är inte en PDF eller en bild (PNG eller JPEG). Bifoga den inskannade kopian som PDF eller bild.',
    historyTitle: 'Historik',
    historyCaption: 'Underskrifter av försäkran, äldst först',
    noHistory: 'Personen har inte undertecknat någon version ännu.',
    historyColumns: { version: 'Version', signedOn: 'Datum', method: 'Sätt', hash: 'Textens SHA-256', file: 'Fil', note: 'Anteckning' },
    methods: { 'on-screen': 'På skärmen', paper: 'På papper', elsewhere: 'På annat sätt', 'pdf-form': 'I PDF-läsare' } as Record<
      string,
      string
    >,
    download: (name: string) => `Spara ${name}`,
    eraseTitle: 'Registrerad av misstag?',
    eraseIntro:
      'Radera direkt bara en person som registrerades av misstag, till exempel två gånger eller fel person. Radering tar bort personens uppgifter, underskrifter och filer för alltid. Annars: sätt ett slutdatum, så gallras uppgifterna enligt regeln under Regler och gallring.',
    eraseButton: (name: string) => `Radera ${name}`,
    eraseConfirm: (name: string) => `Ja, radera ${name} för alltid`,
    eraseCancel: 'Avbryt',
    erased: (name: string) => `${name} har raderats.`,
    noVersion: 'Ingen version av försäkran är publicerad. Publicera en version innan någon kan underteckna.',
    dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    dateFuture: 'Datumet kan inte vara i framtiden.'
  },
  sign: {
    title: (name: string) => `Underteckna försäkran – ${name}`,
    alreadySigned: (name: string, n: number, signedOn: string) =>
      `${name} har redan undertecknat version ${n} (${signedOn}). Undertecknar du igen läggs en ny underskrift till i historiken.`,
    intro: 'Läs texten nedan. Kryssa sedan i att du har läst den och skriv under genom att skriva ditt namn eller rita din underskrift.',
    versionInfo: (n: number, date: string, sha: string) => `Version ${n}, publicerad ${date}. SHA-256: ${sha}`,
    textLabel: 'Försäkrans text',
    readConfirm: 'Jag har läst och förstått texten och förbinder mig att följa den.',
    readRequired: 'Kryssa i att du har läst texten.',
    signatureKind: 'Underskrift',
    typed: 'Skriv mitt namn',
    drawn: 'Rita min underskrift',
    typedName: 'Ditt fullständiga namn',
    typedRequired: 'Skriv ditt namn.',
    typedMismatch: (typed: string, registered: string) =>
      `”${typed}” är inte det namn som står i registret (${registered}). Skriv ditt eget namn som det står där. Är namnet fel i registret, rätta det först under personens uppgifter.`,
    drawHint: 'Rita med musen, pennan eller fingret i rutan.',
    canvasLabel: 'Ruta för att rita underskrift',
    clear: 'Rensa underskriften',
    drawnRequired: 'Rita din underskrift i rutan, eller välj att skriva ditt namn.',
    submit: 'Underteckna',
    signing: 'Skapar den undertecknade PDF:en…',
    done: (name: string) => `${name} har undertecknat försäkran.`,
    failed: 'Underskriften kunde inte sparas. Försök igen.'
  },
  importer: {
    title: 'Importera handläggare från CSV',
    intro:
      'Välj en CSV-fil, till exempel sparad från Excel (semikolonavgränsad). Första raden ska vara rubriker: Namn, E-post och Enhet, och gärna Roll, Anställningsnummer och Startdatum. Inget sparas förrän du har granskat raderna och valt att importera.',
    choose: 'Välj CSV-fil…',
    reading: 'Läser filen…',
    fileSummary: (name: string, encoding: string, separator: string) =>
      `Fil: ${name}. Teckenkodning: ${encoding}. Avgränsare: ${separator}.`,
    counts: (ok: number, problems: number, existing: number) =>
      `${ok.toLocaleString('sv-SE')} rader är klara, ${problems} behöver rättas eller hoppas över${existing ? `, ${existing} finns redan i registret och hoppas över` : ''}.`,
    ignored: (cols: string) => `Kolumner som inte läses in: ${cols}.`,
    problemsTitle: 'Rader att rätta',
    rowTitle: (line: number) => `Rad ${line} i filen`,
    skip: 'Hoppa över raden',
    readyTitle: 'Rader som importeras',
    readyCaption: 'De första raderna som importeras',
    andMore: (n: number) => `… och ${n.toLocaleString('sv-SE')} rader till.`,
    importButton: (n: number) => `Importera ${n.toLocaleString('sv-SE')} ${n === 1 ? 'person' : 'personer'}`,
    warningsTitle: 'Kontrollera e-postadresserna',
    warningsIntro: 'Raderna importeras, men e-post till de här adresserna kan fastna.',
    warningRow: (line: number, email: string, text: string) => `Rad ${line}: ${email}. ${text}`,
    blocked: 'Rätta eller hoppa över alla rader med fel innan du importerar.',
    nothing: 'Det finns inga rader att importera.',
    done: (n: number) => `${n.toLocaleString('sv-SE')} ${n === 1 ? 'person' : 'personer'} importerades.`,
    failed: 'Importen avbröts och ingenting sparades.',
    tooLarge: 'Filen är för stor (högst 20 MB).',
    encodings: {
      'utf-8': 'UTF-8',
      'windows-1252': 'Windows-1252 (ANSI)',
      'utf-16le': 'UTF-16 (Unicode-text)',
      'utf-16be': 'UTF-16 (Unicode-text)'
    },
    separators: { ';': 'semikolon', ',': 'komma', '\t': 'tabb' }
  },
  template: {
    title: 'Försäkrans text och versioner',
    intro:
      'Texten är en mall som kommunen kan ändra. Varje publicerad version sparas oförändrad med en kontrollsumma (SHA-256) av den exakta texten. När du publicerar en ny version måste alla underteckna den igen.',
    current: (n: number, date: string) => `Gällande version: ${n}, publicerad ${date}.`,
    none: 'Ingen version är publicerad ännu. Standardtexten nedan är ett förslag – granska den, särskilt lagrummet, innan du publicerar.',
    legalNote:
      'Standardtexten föreslår socialtjänstlagen (2025:400), som gäller från 2025-07-01. Försäkringskassans sida anger fortfarande 4 kap. socialtjänstlagen (2001:453). Kapitlet är obekräftat tills kommunen har bekräftat det.',
    legalTitle: 'Lagrummet',
    legalConfirmedStatus: (by: string, on: string) => `Bekräftat av kommunen: ${by}, ${on}.`,
    legalUnconfirmedStatus: 'Obekräftat: kommunen har inte bekräftat lagrummet. Texten som undertecknas visar det.',
    legalConfirmer: 'Ditt namn',
    legalConfirm: 'Jag har kontrollerat lagrummet mot gällande lag',
    legalConfirmMissingName: 'Ange ditt namn för att bekräfta lagrummet.',
    legalUnconfirm: 'Ta bort bekräftelsen',
    unconfirmedTitle: 'Publicera med obekräftat lagrum?',
    unconfirmedText:
      'Lagrummet är inte bekräftat. Om du publicerar ändå visar texten att lagrummet är obekräftat, och ditt namn sparas med versionen som den som godkände det.',
    unconfirmedName: 'Ditt namn (sparas med versionen)',
    unconfirmedNameMissing: 'Ange ditt namn för att publicera med obekräftat lagrum.',
    unconfirmedPublish: 'Publicera med obekräftat lagrum',
    unconfirmedCancel: 'Avbryt',
    markedSuggestions:
      'Texten innehåller förslag som kommunen inte har granskat. De är markerade i texten som undertecknas. Ta bort markeringen när du har granskat stycket.',
    editTitle: 'Redigera texten',
    fieldTitle: 'Rubrik',
    fieldBody: 'Text',
    bodyHint: 'Stycken skiljs åt med en tom rad. {lagrum} ersätts med lagrummet nedan.',
    fieldLegal: 'Lagrum',
    preview: 'Förhandsgranska texten som undertecknas',
    publish: (n: number) => `Publicera som version ${n}`,
    unchanged: (n: number) => `Texten är densamma som i version ${n}. Ändra texten om du vill publicera en ny version.`,
    publishWarning: 'När du publicerar måste alla underteckna den nya versionen.',
    published: (n: number) => `Version ${n} är publicerad. Alla behöver nu underteckna den.`,
    reset: 'Återställ till standardtexten',
    historyTitle: 'Versioner',
    historyCaption: 'Publicerade versioner, nyast först',
    historyColumns: {
      version: 'Version',
      published: 'Publicerad',
      legal: 'Lagrum',
      hash: 'SHA-256',
      signers: 'Har undertecknat',
      text: 'Text'
    },
    historyLegal: (v: { legalReview?: { by: string; on: string } | null; unconfirmedLegalApprovedBy?: string }) =>
      v.legalReview
        ? `Bekräftat av ${v.legalReview.by}, ${v.legalReview.on}`
        : v.unconfirmedLegalApprovedBy
          ? `Obekräftat – publicerat av ${v.unconfirmedLegalApprovedBy}`
          : 'Ingen uppgift',
    showText: (n: number) => `Visa texten i version ${n}`
  },
  reports: {
    title: 'Rapporter för granskning',
    intro:
      'Exportera registret med status som CSV (öppnas i Excel) eller som PDF-rapport, och alla undertecknade försäkringar som en zip-fil. Raderade personer ingår bara som antal.',
    unit: 'Enhet',
    csv: 'Exportera register som CSV',
    pdf: 'Exportera rapport som PDF',
    zip: 'Exportera alla undertecknade försäkringar (zip)',
    saved: (name: string) => `${name} är sparad.`,
    working: 'Skapar filen…',
    failed: 'Filen kunde inte skapas.',
    notToFk: 'Försäkringarna stannar hos kommunen. De skickas inte till Försäkringskassan och kan inte bifogas anslutningsavtalet.',
    csvHeader: [
      'Namn',
      'E-post',
      'Enhet',
      'Roll',
      'Anställningsnummer',
      'Startdatum',
      'Slutdatum',
      'Status',
      'Sedan',
      'Senast undertecknad version',
      'Senast undertecknad datum',
      'Sista dag att underteckna',
      'Senast påmind',
      'Senast undertecknad sätt'
    ],
    summaryActive: (n: number) => `Aktiva personer: ${n}`,
    summarySigned: (n: number, share: string) => `Undertecknat gällande version: ${n} (${share})`,
    summaryStatus: (label: string, n: number) => `${label}: ${n}`,
    summaryErased: (n: number) => `Raderade personer (anonymt antal): ${n}`,
    noPdfNote: 'Ingen fil (registrerad utan fil)'
  },
  settings: {
    title: 'Regler och gallring',
    policyTitle: 'Regler för underskrift',
    signWithin: 'Antal dagar att underteckna',
    signWithinHint: 'Räknas från startdatum eller från den dag en ny version publicerades, det som är senast.',
    renew: 'Förnya varje (månader)',
    renewHint: 'Lämna tomt om samma version inte behöver undertecknas på nytt.',
    saveBlocked: 'Reglerna är inte sparade. Rätta det som är markerat, så sparas de.',
    invalidDays: 'Ange ett heltal mellan 0 och 365.',
    invalidMonths: 'Ange ett heltal mellan 1 och 120, eller lämna tomt.'
  }
}
