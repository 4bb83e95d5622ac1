import { SIGNED_MARKS, signedTextOf, type Review, type Statement } from '../content/statement'

/** An undertaking text as an administrator edits it. Legal references are content, never code. */
export type UndertakingContent = {
  title: string
  /** Paragraphs separated by blank lines. */
  body: string
  /** E.g. "socialtjänstlagen (2025:400)"; editable because the new SoL (2025:400) moved things. */
  legalReference: string
  /**
   * The municipality's own confirmation of the legal reference (who, which day). Absent: the
   * reference is `obekräftad` and the signed text says so. Never a date taken from a source.
   */
  legalReview?: Review | null
  /** What the sources say about the reference (FK's page and its date), printed beside it. */
  legalContext?: string
}

/** Placeholder in the body that is replaced by the legal reference. */
export const LEGAL_REFERENCE_PLACEHOLDER = '{lagrum}'

export const isLegalReferenceConfirmed = (content: Pick<UndertakingContent, 'legalReview'>): boolean =>
  Boolean(content.legalReview?.by.trim() && content.legalReview.on)

/**
 * The exact text a person signs: title, body with the legal reference filled in, and a line with
 * the reference and its status. An unconfirmed reference is marked wherever it appears. Its SHA-256
 * identifies the version.
 */
export function composeUndertakingText(content: UndertakingContent): string {
  const ref = content.legalReference.trim()
  const confirmed = isLegalReferenceConfirmed(content)
  const inBody = confirmed ? ref : `${SIGNED_MARKS.obekräftad} ${ref}`
  const body = content.body.replaceAll(LEGAL_REFERENCE_PLACEHOLDER, inBody).trim()
  const context = content.legalContext?.trim() ? ` ${content.legalContext.trim()}` : ''
  const legalLine = confirmed
    ? `Lagrum: ${ref} (bekräftat av kommunen: ${content.legalReview!.by.trim()}, ${content.legalReview!.on}).${context}`
    : `Lagrum: ${SIGNED_MARKS.obekräftad} ${ref}.${context}`
  return `${content.title.trim()}\n\n${body}\n\n${legalLine}\n`.replace(/\r\n?/g, '\n')
}

/**
 * True when publishing `draft` would give exactly the text of the latest published version (the
 * same test the database makes by hash): there is nothing new to publish, so the button waits.
 */
export function unchangedSincePublished(draft: UndertakingContent, latest: { text: string } | null): boolean {
  return latest !== null && composeUndertakingText(draft) === latest.text
}

/** The shipped default (resources/content/undertaking-default.json) as editable content. */
export type UndertakingDefaultFile = {
  title: string
  paragraphs: Statement[]
  legalReference: Statement
  legalContext: Statement
}

/** Builds the editable default: suggestions and unconfirmed paragraphs arrive marked as such. */
export function defaultUndertakingContent(file: UndertakingDefaultFile): UndertakingContent {
  return {
    title: file.title,
    body: file.paragraphs.map(signedTextOf).join('\n\n'),
    legalReference: file.legalReference.text,
    legalReview: file.legalReference.review ?? null,
    legalContext: file.legalContext.text
  }
}

// The hash of a version's exact text; re-exported because domain/index.ts names it as public API.
export { sha256Hex } from '@renderer/base/sha256'

export function validateUndertakingContent(
  content: UndertakingContent
): Partial<Record<'title' | 'body' | 'legalReference' | 'legalReview', string>> {
  const errors: Partial<Record<'title' | 'body' | 'legalReference' | 'legalReview', string>> = {}
  if (!content.title.trim()) errors.title = 'Ange en rubrik.'
  if (content.body.trim().length < 40) errors.body = 'Texten är för kort för att vara en försäkran.'
  if (!content.legalReference.trim()) errors.legalReference = 'Ange lagrummet.'
  if (content.legalReview && (!content.legalReview.by.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(content.legalReview.on)))
    errors.legalReview = 'Ange vem som bekräftade lagrummet och datumet som ÅÅÅÅ-MM-DD.'
  return errors
}
