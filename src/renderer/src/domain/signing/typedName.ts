/**
 * Does a typed signature name the person who is signing? Used wherever a typed name stands as a
 * signature (on screen and in returned PDF forms), so the rule is the same everywhere.
 *
 * Accepted: the registered name, or any of the person's other registered names (a preferred name),
 * compared without regard to letter case, extra spaces or Unicode composition; also the first given
 * name plus the surname of a registered name ("Anna Svensson" for "Anna Maria Svensson"), because
 * people sign that way. Letters must otherwise match: "Asa Oberg" does not sign for "Åsa Öberg".
 */
export function typedNameMatches(typed: string, registeredNames: readonly string[]): boolean {
  const candidate = normaliseName(typed)
  if (candidate === '') return false
  return registeredNames.some((name) => acceptedForms(name).includes(candidate))
}

/** The forms of one registered name that a signer may type. */
function acceptedForms(registered: string): string[] {
  const full = normaliseName(registered)
  if (full === '') return []
  const parts = full.split(' ')
  const forms = [full]
  if (parts.length > 2) forms.push(`${parts[0]} ${parts[parts.length - 1]}`)
  return forms
}

/** NFC, lower case (Swedish rules), one space between words, none around hyphens. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}
