/**
 * The order of people on the reminder list and in reports: by unit, then name, with Swedish
 * collation (z before å, ä, ö).
 */
export const byUnitThenName = (a: { unit: string; name: string }, b: { unit: string; name: string }): number =>
  a.unit.localeCompare(b.unit, 'sv') || a.name.localeCompare(b.name, 'sv')

/** A prepared reminder e-mail: names in BCC so recipients do not see each other. */
export function buildReminderMailto(input: {
  emails: readonly string[]
  municipality: string
  versionNumber: number | null
  dueOn?: string
}): string {
  const subject = 'Påminnelse: underteckna försäkran för SSBTEK'
  const body = [
    'Hej!',
    '',
    `Du behöver läsa och underteckna ${input.municipality ? `${input.municipality}s ` : ''}försäkran om hur tjänsten SSBTEK får användas${input.versionNumber ? ` (version ${input.versionNumber})` : ''}.`,
    'SSBTEK får bara användas för handläggning av ärenden om ekonomiskt bistånd. Kontakta din gruppledare eller enhetschef för att underteckna.',
    input.dueOn ? `Senast: ${input.dueOn}.` : '',
    '',
    'Tack!'
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\r\n')
  const bcc = [...new Set(input.emails.map((e) => e.trim()).filter(Boolean))].map(encodeURIComponent).join(',')
  return `mailto:?bcc=${bcc}&subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
