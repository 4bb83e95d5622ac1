import type { StatementStatus } from '@renderer/domain/content/statement'

/** Swedish text for sourced content: status labels, source disclosures, the Källor page. */
export const ct = {
  statusLabels: { källa: 'Källa', tolkning: 'Tolkning', förslag: 'Förslag', obekräftad: 'Obekräftad' } satisfies Record<
    StatementStatus,
    string
  >,
  statusExplained: {
    källa: 'står i källan',
    tolkning: 'appens tolkning av källan',
    förslag: 'ett förslag som kommunen kan ta eller lämna',
    obekräftad: 'inte bekräftat'
  } satisfies Record<StatementStatus, string>,
  sourceSummary: 'Källa',
  sourceLine: (publisher: string, title: string) => `${publisher}: ”${title}”`,
  sourceDate: (kind: string, date: string | null) =>
    date ? `${kind[0]!.toUpperCase()}${kind.slice(1)} ${date}.` : `${kind[0]!.toUpperCase()}${kind.slice(1)}.`,
  sourceAddress: (address: string) => `Adress: ${address}. Appen hämtar aldrig sidan – öppna den själv om du vill läsa den.`,
  statusLine: (status: StatementStatus) => `Status: ${ct.statusLabels[status]} – ${ct.statusExplained[status]}.`,
  reviewedBy: (by: string, on: string) => `Granskad av kommunen: ${by}, ${on}.`,
  notReviewed: 'Inte granskad av kommunen.',
  unknownSource: (id: string) => `Okänd källa (${id}).`,
  sourcesTitle: 'Källor',
  sourcesIntro:
    'Allt som appen visar som fakta har en källa och en status. Här ser du varje källa, källans eget datum och vad appen hämtar från den. Källans datum är inte samma sak som kommunens granskning: kommunens granskning visas vid varje uppgift.',
  sourcesColumns: {
    source: 'Källa',
    date: 'Källans datum',
    address: 'Adress',
    usedFor: 'Vad appen hämtar från källan',
    count: 'Antal uppgifter'
  },
  statusesTitle: 'Så läser du statusen',
  noDate: 'Inget datum'
}

/** The "Innehåll och källor" area: editing content with history, content packs. */
export const ce = {
  title: 'Innehåll och källor',
  intro:
    'Här ser du varifrån appens uppgifter kommer och anpassar innehållet till kommunen: checklistans uppgifter, reglerna för användning och lagrummen. Varje ändring sparas som en ny version med vem och när, och varje uppgift kan återställas till standard.',
  subnav: 'Innehåll – undersidor',
  tabs: { sources: 'Källor', checklist: 'Checklistan', rules: 'Regler och lagrum', packs: 'Innehållspaket' },
  editorName: 'Ditt namn (sparas med varje ändring)',
  editorNameMissing: 'Ange ditt namn innan du sparar en ändring.',
  loading: 'Laddar innehållet…',
  standard: 'Standard',
  editedBy: (by: string, date: string) => `Ändrad av ${by}, ${date}`,
  fromPack: (by: string, date: string, pack: string) => `Från innehållspaketet ${pack} (${by}, ${date})`,
  own: 'Kommunens egen uppgift',
  notApplicable: 'Gäller inte kommunen',
  edit: 'Redigera',
  editLabel: (what: string) => `Redigera ”${what}”`,
  reset: 'Återställ till standard',
  resetLabel: (what: string) => `Återställ ”${what}” till standard`,
  remove: 'Ta bort',
  removeLabel: (what: string) => `Ta bort ”${what}”`,
  history: (n: number) => `Historik (${n} ${n === 1 ? 'ändring' : 'ändringar'})`,
  historyEmpty: 'Inga ändringar: standardinnehållet gäller.',
  historyLine: (at: string, by: string, what: string) => `${at} – ${by}: ${what}`,
  historyWhat: { local: 'ändrade', pack: 'tog in från innehållspaket', reset: 'återställde till standard' },
  fields: {
    title: 'Rubrik',
    nextAction: 'Nästa steg (kort)',
    text: 'Text',
    status: 'Status',
    source: 'Källa',
    notApplicable: 'Uppgiften gäller inte kommunen',
    reviewed: 'Jag har granskat uppgiften mot källan'
  },
  save: 'Spara ändringen',
  cancel: 'Avbryt',
  saved: (what: string) => `Ändringen av ”${what}” är sparad.`,
  resetDone: (what: string) => `”${what}” är återställd till standard.`,
  addTask: (step: string) => `Lägg till egen uppgift i ${step}`,
  addTaskTitle: 'Ny egen uppgift',
  missingField: 'Fyll i fältet.',
  rulesTitle: 'Så får SSBTEK användas',
  legalTitle: 'Lagrum',
  legalHint:
    'Bekräfta kapitlet i socialtjänstlagen (2025:400) när kommunen har kontrollerat det: skriv lagrummet, välj status Källa och kryssa i att du har granskat det.',
  packsIntro:
    'Spara kommunens innehåll i en fil, till exempel för att dela med andra kommuner i länet. Du kan också läsa in ett innehållspaket från en länssamordnare eller en nyare version av appen. Du ser skillnaderna innan något ändras, och det du själv har ändrat ersätts bara om du väljer det.',
  exportButton: 'Spara innehållet i en fil',
  exported: (name: string) => `Innehållet är sparat som ${name}.`,
  importButton: 'Läs in ett innehållspaket',
  diffTitle: (name: string, by: string, at: string) => `Skillnader mot innehållspaketet ${name}${by ? ` från ${by}` : ''} (${at})`,
  diffNone: 'Innehållspaketet är likadant som kommunens innehåll. Inget behöver ändras.',
  diffCaption: 'Uppgifter som skiljer sig',
  diffColumns: { choose: 'Använd', item: 'Uppgift', change: 'Ändring', current: 'Nu', incoming: 'I paketet' },
  change: { new: 'Ny', changed: 'Ändrad', same: 'Likadan' },
  chooseLabel: (what: string) => `Använd paketets version av ”${what}”`,
  localEditWarning: 'Du har ändrat den här själv. Välj den bara om paketet ska ersätta din ändring.',
  apply: (n: number) => `Använd ${n} ${n === 1 ? 'vald ändring' : 'valda ändringar'}`,
  applied: (n: number) => `${n} ${n === 1 ? 'ändring' : 'ändringar'} från innehållspaketet är sparade som nya versioner.`,
  nothingChosen: 'Välj minst en ändring, eller avbryt.',
  none: '–'
}
