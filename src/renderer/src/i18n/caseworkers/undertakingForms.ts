import type { ReturnedFormReason, ReturnedFormVerdict } from '@renderer/domain/caseworkers/returnedForms'

/** Swedish strings for undertaking forms filled in a PDF reader. */
export const forms = {
  method: 'I PDF-läsare',
  subnav: { send: 'Skicka formulär', receive: 'Ta emot formulär' },
  send: {
    link: 'Skicka försäkran som PDF-formulär',
    title: 'Skicka försäkran som PDF-formulär',
    intro:
      'Varje person får ett eget PDF-formulär med försäkrans text, sitt namn och sin enhet. Personen fyller i formuläret på sin egen dator i Adobe Acrobat Reader eller i Edge, sparar det och skickar tillbaka filen till dig. Du tar sedan emot alla filer på en gång under ”Ta emot ifyllda formulär”.',
    noVersion: 'Ingen version av försäkran är publicerad. Publicera en version innan du skickar formulär.',
    version: (n: number, date: string) => `Formulären gäller version ${n}, publicerad ${date}.`,
    whoLegend: 'Vilka ska få ett formulär?',
    whoSelected: (n: number) => `De du valde i översikten (${n})`,
    whoNeedsAction: (n: number) => `Alla som behöver underteckna eller förnya (${n})`,
    listCaption: 'Personer som får ett formulär',
    columns: { name: 'Namn', unit: 'Enhet', email: 'E-post', file: 'Fil' },
    nobody: 'Ingen person behöver ett formulär just nu.',
    create: (n: number) => `Skapa ${n} formulär (zip-fil)`,
    working: (done: number, total: number) => `Skapar formulär ${done} av ${total}…`,
    saved: (name: string) => `${name} är sparad. Den innehåller ett formulär per person och en utskickslista (PDF och CSV).`,
    failed: 'Formulären kunde inte skapas.',
    mailTitle: 'Skicka med e-post',
    mailNote:
      'E-postprogrammet kan inte bifoga filer automatiskt. Öppna ett utkast, bifoga personens fil från zip-filen och skicka. Utkastet säger vilken fil som ska bifogas.',
    mailAll: 'Öppna ett gemensamt utkast till alla (hur man fyller i)',
    mailOne: (name: string) => `Öppna utkast till ${name}`,
    attachHint: (file: string) => `Bifoga: ${file}`,
    noMailClient: 'E-postprogrammet kunde inte öppnas. Kontrollera att ett e-postprogram är installerat.',
    zipName: (date: string, n: number) => `Försäkran att fylla i ${date} (${n} personer).zip`,
    coverPdfName: (date: string) => `Utskickslista ${date}.pdf`,
    coverCsvName: (date: string) => `Utskickslista ${date}.csv`,
    coverCsvHeader: ['Namn', 'E-post', 'Enhet', 'Fil', 'Version', 'Skapad']
  },
  receive: {
    link: 'Ta emot ifyllda formulär',
    title: 'Ta emot ifyllda formulär',
    intro:
      'Välj eller släpp de PDF-filer som personerna har skickat tillbaka, gärna många på en gång. Appen kontrollerar varje fil innan något sparas: att den gäller en person i registret och den gällande versionen, att texten är oförändrad, att rutan är ikryssad, att namnet stämmer och att datumet är rimligt.',
    choose: 'Välj PDF-filer…',
    drop: 'Eller släpp filerna här',
    dropLabel: 'Släpp ifyllda PDF-formulär här',
    reading: (n: number) => `Läser ${n} ${n === 1 ? 'fil' : 'filer'}…`,
    previewTitle: 'Granska innan du sparar',
    previewCaption: 'Mottagna filer och resultatet av kontrollen',
    columns: { file: 'Fil', person: 'Person', version: 'Version', date: 'Datum', result: 'Resultat', reason: 'Orsak' },
    accepted: 'Godkänd',
    needsAttention: 'Behöver åtgärd',
    alreadyImported: 'Redan mottagen',
    counts: (ok: number, bad: number, done: number) =>
      `${ok} ${ok === 1 ? 'fil är godkänd' : 'filer är godkända'}, ${bad} behöver åtgärd${done ? `, ${done} är redan mottagna` : ''}.`,
    save: (n: number) => `Registrera ${n} ${n === 1 ? 'underskrift' : 'underskrifter'}`,
    nothingToSave: 'Ingen fil är godkänd, så inget kan registreras.',
    saved: (n: number) =>
      `${n} ${n === 1 ? 'underskrift är registrerad' : 'underskrifter är registrerade'} som undertecknade i PDF-läsare.`,
    failed: 'Inget sparades.',
    clear: 'Börja om med andra filer',
    notPdfName: (name: string) => `${name} är ingen PDF-fil.`
  },
  reasons: {
    unreadable: 'Filen kunde inte läsas.',
    'unknown-person': 'Formuläret gäller en person som inte finns i registret.',
    'person-inactive': 'Personen är avslutad i registret.',
    'unknown-version': 'Formuläret gäller en version av försäkran som inte finns här.',
    'not-current-version': 'Formuläret gäller inte den gällande versionen av försäkran. Skicka ett nytt formulär.',
    'text-mismatch': 'Texten i formuläret är inte den publicerade versionens text.',
    'content-changed': 'Sidorna i formuläret har ändrats efter att det skickades ut (till exempel texten).',
    'not-ticked': 'Rutan ”Jag har tagit del av …” är inte ikryssad.',
    'name-missing': 'Namnet är inte ifyllt.',
    'name-mismatch': 'Det skrivna namnet stämmer inte med namnet i registret.',
    'date-missing': 'Datumet saknas eller är inte ett giltigt datum (ÅÅÅÅ-MM-DD).',
    'date-future': 'Datumet ligger i framtiden.',
    'date-before-published': 'Datumet är före den dag versionen publicerades.',
    'duplicate-in-batch': 'Samma person och version finns redan i en annan fil bland de valda.'
  } satisfies Record<ReturnedFormReason, string>
}

/** All reasons for one verdict as Swedish text. */
export function verdictReasonText(
  verdict: Pick<ReturnedFormVerdict, 'outcome' | 'reasons' | 'problem' | 'versionNumber'>,
  problemMessage?: string
): string {
  if (verdict.outcome === 'already-imported') return 'Den här filen är redan mottagen. Inget ändras.'
  return verdict.reasons
    .map((r) => {
      if (r === 'unreadable') return problemMessage ?? forms.reasons.unreadable
      if (r === 'not-current-version' && verdict.versionNumber)
        return `Formuläret gäller version ${verdict.versionNumber}, inte den gällande versionen. Skicka ett nytt formulär.`
      return forms.reasons[r]
    })
    .join(' ')
}
