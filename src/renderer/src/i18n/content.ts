import type { StatementStatus } from '@renderer/domain/content/statement'

/** Swedish text for sourced content: status labels, source disclosures, the Källor page. */
export const ct = {
  statusLabels: { källa: 'Källa', tolkning: 'Tolkning', förslag: 'Förslag', obekräftad: 'Obekräftad' } satisfies Record<StatementStatus, string>,
  statusExplained: {
    källa: 'står i källan',
    tolkning: 'appens tolkning av källan',
    förslag: 'ett förslag som kommunen kan ta eller lämna',
    obekräftad: 'inte bekräftat'
  } satisfies Record<StatementStatus, string>,
  sourceSummary: 'Källa',
  sourceLine: (publisher: string, title: string) => `${publisher}: ”${title}”`,
  sourceDate: (kind: string, date: string | null) => (date ? `${kind[0]!.toUpperCase()}${kind.slice(1)} ${date}.` : `${kind[0]!.toUpperCase()}${kind.slice(1)}.`),
  sourceAddress: (address: string) => `Adress: ${address}. Appen hämtar aldrig sidan – öppna den själv om du vill läsa den.`,
  statusLine: (status: StatementStatus) => `Status: ${ct.statusLabels[status]} – ${ct.statusExplained[status]}.`,
  reviewedBy: (by: string, on: string) => `Granskad av kommunen: ${by}, ${on}.`,
  notReviewed: 'Inte granskad av kommunen.',
  unknownSource: (id: string) => `Okänd källa (${id}).`,
  sourcesTitle: 'Källor',
  sourcesIntro:
    'Allt som appen visar som fakta har en källa och en status. Här ser du varje källa, källans eget datum och vad appen hämtar från den. Källans datum är inte samma sak som kommunens granskning: kommunens granskning visas vid varje uppgift.',
  sourcesColumns: { source: 'Källa', date: 'Källans datum', address: 'Adress', usedFor: 'Vad appen hämtar från källan', count: 'Antal uppgifter' },
  statusesTitle: 'Så läser du statusen',
  noDate: 'Inget datum'
}
