/**
 * Every statement the app presents as fact carries where it comes from and how sure we are of it.
 * The source's own date (when Försäkringskassan updated its page, when a law applies from) and the
 * municipality's review (who checked it here, and when) are different things and never share a field.
 */
export const STATEMENT_STATUSES = ['källa', 'tolkning', 'förslag', 'obekräftad'] as const
export type StatementStatus = (typeof STATEMENT_STATUSES)[number]

/** Who in the municipality reviewed a statement, and the day they did it (YYYY-MM-DD). */
export type Review = { by: string; on: string }

export type Statement = {
  text: string
  status: StatementStatus
  /** Id of a source in resources/content/sources.json. */
  source: string
  review?: Review
}

export type Source = {
  id: string
  title: string
  publisher: string
  /** The source's own date (YYYY-MM-DD), or null when the source carries none. */
  date: string | null
  /** What the date means: "uppdaterad", "publicerad", "gäller från" … */
  dateKind: string
  /** Plain text; the app never fetches it. */
  address: string
  usedFor: string
}

export const isStatementStatus = (value: unknown): value is StatementStatus =>
  typeof value === 'string' && (STATEMENT_STATUSES as readonly string[]).includes(value)

/** A suggestion or an unconfirmed statement may reach a signed text only marked as such, unless reviewed. */
export const needsMarkWhenSigned = (s: Pick<Statement, 'status' | 'review'>): boolean =>
  !s.review && (s.status === 'förslag' || s.status === 'obekräftad')

/** The marks put in front of unreviewed suggestions and unconfirmed statements in signed text. */
export const SIGNED_MARKS: Record<'förslag' | 'obekräftad', string> = {
  förslag: '[Förslag – inte granskat av kommunen]',
  obekräftad: '[Obekräftat – inte granskat av kommunen]'
}

/** The text as it may appear in a document people sign. */
export function signedTextOf(s: Statement): string {
  if (!needsMarkWhenSigned(s)) return s.text
  return `${SIGNED_MARKS[s.status as 'förslag' | 'obekräftad']} ${s.text}`
}

/**
 * True when a signed text contains the statement unmarked: the text of a suggestion or an
 * unconfirmed statement appears without its mark right before it.
 */
export function appearsUnmarked(signedText: string, s: Statement): boolean {
  if (!needsMarkWhenSigned(s)) return false
  const flat = signedText.replace(/\s+/g, ' ')
  const text = s.text.replace(/\s+/g, ' ').trim()
  const mark = SIGNED_MARKS[s.status as 'förslag' | 'obekräftad']
  let at = flat.indexOf(text)
  while (at >= 0) {
    if (!flat.slice(0, at).trimEnd().endsWith(mark)) return true
    at = flat.indexOf(text, at + 1)
  }
  return false
}
