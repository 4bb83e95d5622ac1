/**
 * Sending undertaking forms out: file names inside the zip, the cover list's rows and the e-mail
 * drafts. Pure; the PDF and zip bytes are made elsewhere.
 */

// Device names Windows refuses as a file name, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/**
 * One path segment that is safe in a zip opened on Windows, macOS or Linux: no separators, no
 * "..", no control or reserved characters, no reserved device name, no trailing dot or space, at
 * most `max` characters. Letters of any script are kept.
 * (A minimal local sanitiser; the shared one from the hardening work should replace it.)
 */
export function safeZipName(name: string, fallback = 'fil', max = 120): string {
  let out = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\.{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
  if (out.length > max) {
    const dot = out.lastIndexOf('.')
    const ext = dot > 0 && out.length - dot <= 6 ? out.slice(dot) : ''
    out = out.slice(0, max - ext.length).trimEnd() + ext
  }
  out = out.replace(/[.\s]+$/, '')
  if (out === '' || RESERVED.test(out)) out = out ? `_${out}` : fallback
  return out
}

export type FormRecipient = { id: string; name: string; email: string; unit?: string }

export type PlannedForm = FormRecipient & { fileName: string }

/**
 * A unique, safe PDF file name per person ("Försäkran v2 – Åsa Öberg.pdf"); two people with the
 * same name get " (2)", " (3)" … Compared without case, as Windows does.
 */
export function planFormFiles(people: readonly FormRecipient[], versionNumber: number): PlannedForm[] {
  const used = new Set<string>()
  return people.map((p) => {
    const stem = safeZipName(`Försäkran v${versionNumber} – ${p.name}`, `Försäkran v${versionNumber}`, 100)
    let fileName = `${stem}.pdf`
    for (let i = 2; used.has(fileName.toLocaleLowerCase('sv-SE')); i++) fileName = `${stem} (${i}).pdf`
    used.add(fileName.toLocaleLowerCase('sv-SE'))
    return { ...p, fileName }
  })
}

const mailto = (to: string, params: Record<string, string>): string =>
  `mailto:${to}?${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`

const SUBJECT = 'Försäkran för SSBTEK att fylla i'

/** The text every draft carries: how to fill in and return the form. */
function howTo(municipality: string): string[] {
  return [
    `Du behöver läsa och fylla i ${municipality ? `${municipality}s ` : ''}försäkran om hur tjänsten SSBTEK får användas.`,
    'Öppna PDF-filen i Adobe Acrobat Reader eller i Edge. Kryssa i rutan, skriv ditt namn och dagens datum (ÅÅÅÅ-MM-DD). Spara filen och skicka tillbaka den till mig som bilaga. Ändra inte texten i formuläret.'
  ]
}

/** A draft to one person, naming the file the sender must attach (mailto cannot attach files). */
export function buildFormMailto(input: { email: string; fileName: string; municipality: string }): string {
  const body = [
    `(Till dig som skickar: bifoga filen "${input.fileName}" från zip-filen innan du skickar. E-postprogrammet kan inte bifoga den automatiskt. Ta bort den här raden.)`,
    '',
    'Hej!',
    '',
    ...howTo(input.municipality),
    '',
    `Formuläret finns i den bifogade filen "${input.fileName}".`,
    '',
    'Tack!'
  ].join('\r\n')
  return mailto(encodeURIComponent(input.email.trim()), { subject: SUBJECT, body })
}

/** One draft to everyone (in BCC); each person's own file goes in a separate message. */
export function buildFormMailtoForAll(input: { emails: readonly string[]; municipality: string }): string {
  const bcc = [...new Set(input.emails.map((e) => e.trim()).filter(Boolean))].join(',')
  const body = [
    '(Till dig som skickar: e-postprogrammet kan inte bifoga filer automatiskt. Varje person har en egen fil i zip-filen; skicka den i ett eget meddelande till just den personen. Ta bort den här raden.)',
    '',
    'Hej!',
    '',
    ...howTo(input.municipality),
    '',
    'Du får ditt eget formulär, med ditt namn, i ett separat meddelande.',
    '',
    'Tack!'
  ].join('\r\n')
  return mailto('', { bcc, subject: SUBJECT, body })
}
