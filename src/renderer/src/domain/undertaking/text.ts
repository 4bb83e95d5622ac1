/** An undertaking text as an administrator edits it. Legal references are content, never code. */
export type UndertakingContent = {
  title: string
  /** Paragraphs separated by blank lines. */
  body: string
  /** E.g. "4 kap. socialtjänstlagen (2001:453)"; editable because the new SoL (2025:400) moved things. */
  legalReference: string
  /** YYYY-MM-DD: when someone last checked the legal reference. */
  legalReviewedOn: string
}

/** Placeholder in the body that is replaced by the legal reference. */
export const LEGAL_REFERENCE_PLACEHOLDER = '{lagrum}'

/**
 * The exact text a person signs: title, body with the legal reference filled in, and a line saying
 * when the reference was last reviewed. Its SHA-256 identifies the version.
 */
export function composeUndertakingText(content: UndertakingContent): string {
  const body = content.body.replaceAll(LEGAL_REFERENCE_PLACEHOLDER, content.legalReference.trim()).trim()
  return `${content.title.trim()}\n\n${body}\n\nLagrum: ${content.legalReference.trim()} (senast granskad ${content.legalReviewedOn}).\n`
    .replace(/\r\n?/g, '\n')
}

// The hash of a version's exact text; re-exported because domain/index.ts names it as public API.
export { sha256Hex } from '@renderer/base/sha256'

export function validateUndertakingContent(content: UndertakingContent): Partial<Record<keyof UndertakingContent, string>> {
  const errors: Partial<Record<keyof UndertakingContent, string>> = {}
  if (!content.title.trim()) errors.title = 'Ange en rubrik.'
  if (content.body.trim().length < 40) errors.body = 'Texten är för kort för att vara en försäkran.'
  if (!content.legalReference.trim()) errors.legalReference = 'Ange lagrummet.'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(content.legalReviewedOn)) errors.legalReviewedOn = 'Skriv datumet som ÅÅÅÅ-MM-DD.'
  return errors
}
