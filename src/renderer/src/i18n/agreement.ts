import type { DraftStage } from '@renderer/domain/agreement/signing'
import { agreementFieldLabel as field, agreementFormLabel as formLabel } from './agreementFields'

/** "a", "a och b", "a, b och c", and at most `max` before "och N till". */
export function listSv(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max)
  const rest = items.length - shown.length
  if (rest > 0) return `${shown.join(', ')} och ${rest} till`
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}`
}

export * from './agreementFields'

/** Swedish UI strings for the connection agreement area. The fields' labels are in agreementFields.ts. */
export const ag = {
  title: 'Avtal',
  intro:
    'Här fyller du i, undertecknar och exporterar anslutningsavtalet för SSBTEK – antingen i Försäkringskassans egen PDF-blankett eller som appens eget avtalsdokument.',
  profile: {
    title: 'Kommunens uppgifter i avtalet',
    hint: 'Uppgifterna sparas i kommunprofilen och fylls i automatiskt i varje nytt avtalsutkast.',
    orgnr: field('municipality.organisationsnummer'),
    orgnrHint: 'Tio siffror, till exempel 212000-1355.',
    street: field('address.street'),
    postalCode: field('address.postalCode'),
    postalCodeHint: 'Fem siffror, till exempel 405 32.',
    city: formLabel('address.city')
  },
  drafts: {
    title: (board: string) => `Avtalsutkast för ${board}`,
    none: 'Inga utkast ännu.',
    create: 'Nytt avtalsutkast',
    open: 'Öppna',
    duplicate: 'Kopiera',
    rename: 'Byt namn',
    remove: 'Ta bort',
    name: 'Namn',
    status: 'Status',
    updated: 'Senast ändrat',
    actions: 'Åtgärder',
    newName: 'Nytt namn',
    saveName: 'Spara namnet',
    cancel: 'Avbryt',
    copyOf: (name: string) => `Kopia av ${name}`,
    removed: (name: string) => `Utkastet ”${name}” togs bort.`,
    undo: 'Ångra',
    restored: (name: string) => `Utkastet ”${name}” är tillbaka.`,
    confirmRemoveTitle: (name: string) => `Ta bort ${name}?`,
    confirmRemoveText: (signed: number, total: number) =>
      `${signed === total ? 'Alla' : signed} av ${total} har undertecknat. Underskrifterna, versionerna och filerna i avtalspaketet tas bort med utkastet.`,
    confirmRemove: (name: string) => `Ja, ta bort ${name}`,
    stageText: (stage: DraftStage): string =>
      stage.kind === 'signing'
        ? `Underskrift pågår (${stage.signed} av ${stage.total})`
        : { draft: 'Utkast', signed: 'Undertecknat', exported: 'Exporterat' }[stage.kind]
  },
  templates: {
    title: 'Sparade blanketter',
    none: 'Inga blanketter inlästa ännu. Läs in Försäkringskassans avtalsblankett från ett avtalsutkast.',
    fields: (n: number) => (n === 1 ? '1 fält' : `${n} fält`),
    flat: 'PDF utan formulärfält – du placerar rutorna själv',
    remove: 'Ta bort blanketten'
  },
  editor: {
    back: 'Tillbaka till alla avtal',
    missing: 'Utkastet finns inte längre.',
    locked:
      'Avtalet är undertecknat och låst. Ändrar du uppgifterna krävs en ny underskriftsomgång; den undertecknade versionen finns kvar i versionshistoriken.',
    unlock: 'Ändra uppgifterna (ny underskriftsomgång)',
    roundInProgress: (signed: string[], remaining: string[]) =>
      `Underskriftsomgången pågår och uppgifterna är låsta. ${signed.join(', ')} har undertecknat. Kvar att underteckna: ${remaining.join(', ')}. Avtalet är inte undertecknat förrän alla har skrivit under.`,
    technicalHint:
      'Obekräftat: enligt en äldre sida hos Försäkringskassan får den här personen beskedet när anslutningen är klar, eller kontaktpersonen för avtalet om ingen anges.',
    dateHint: 'ÅÅÅÅ-MM-DD',
    filledByHint:
      'Visas på avtalets sista sida (sammanfattningen av underskrifterna). Lämnas fältet tomt anges kontaktpersonen för avtalet.',
    addSignatory: 'Lägg till undertecknare',
    removeSignatory: (i: number) => `Ta bort undertecknare ${i + 1}`,
    fixErrors: (n: number) =>
      n === 1 ? 'Ett fält behöver rättas innan avtalet kan undertecknas.' : `${n} fält behöver rättas innan avtalet kan undertecknas.`,
    sendPackage: 'Skicka avtalet till Försäkringskassan',
    loading: 'Laddar utkastet…',
    newRound: 'Ny underskriftsomgång påbörjades',
    roundStarted: (sha: string) => `Underskriftsomgången startade; innehållet låstes (SHA-256 ${sha})`,
    exportedVersion: (file: string, official: boolean, sha: string) =>
      `Exporterad som ”${file}” (${official ? 'Försäkringskassans blankett' : 'kommunens sammanställning'}). SHA-256 ${sha}`,
    signedVersion: (name: string, signed: number, total: number) => `Undertecknat av ${name} (${signed} av ${total})`
  },
  versions: {
    title: 'Versionshistorik',
    intro:
      'En version sparas när du har slutat skriva i två minuter eller lämnar utkastet, och vid varje underskrift, export och återställning.',
    empty: 'Inga sparade versioner ännu.',
    time: 'Tid',
    event: 'Händelse',
    change: 'Ändring',
    actions: 'Åtgärder',
    view: 'Visa',
    restore: 'Återställ',
    close: 'Stäng',
    versionFrom: (time: string) => ` versionen från ${time}`,
    viewTitle: (time: string) => `Version från ${time}`,
    readOnly: 'Versionen kan bara läsas. Återställ den för att fortsätta arbeta med den.',
    reasons: { edit: 'Redigering', signed: 'Undertecknad', exported: 'Exporterad', restored: 'Återställd' } as Record<string, string>,
    restored: (time: string) => `Versionen från ${time} är återställd. Den tidigare texten finns kvar i historiken.`,
    savedBeforeRestore: 'Sparad före återställning',
    restoredFrom: (time: string) => `Återställd från versionen ${time}`,
    missing: 'Versionen finns inte längre.',
    confirmTitle: (time: string) => `Återställ versionen från ${time}?`,
    confirmText: (signed: number, total: number) =>
      `${signed === total ? 'Alla' : signed} av ${total} har undertecknat utkastet som det är nu. Återställer du versionen gäller dess uppgifter och underskrifter i stället; utkastet som det är nu, med underskrifterna, finns kvar i historiken.`,
    confirm: (time: string) => `Ja, återställ versionen från ${time}`,
    cancel: 'Avbryt',
    emptyValue: '(tomt)',
    changed: '(ändrad)',
    changesTitle: 'Ändringar jämfört med versionen före',
    firstVersionTitle: 'Den första versionen',
    noChanges: 'Inga ändringar i uppgifterna',
    kinds: { added: 'Ifyllt', changed: 'Ändrat', removed: 'Tömt' },
    first: (filled: number) =>
      filled === 0 ? 'Första versionen (tom)' : `Första versionen: ${filled} ${filled === 1 ? 'uppgift' : 'uppgifter'} ifyllda`,
    /** "Ifyllt: Postnummer. Ändrat: Nämnd som är part." from the labels of what was added, changed and removed. */
    summary: (groups: { added: string[]; changed: string[]; removed: string[] }) => {
      const parts = (['added', 'changed', 'removed'] as const)
        .filter((k) => groups[k].length > 0)
        .map((k) => `${ag.versions.kinds[k]}: ${listSv(groups[k])}`)
      return parts.length ? `${parts.join('. ')}.` : ag.versions.noChanges
    },
    signature: {
      drawn: (check: string) => `Ritad underskrift (kontrollsumma ${check})`,
      image: (check: string) => `Bild av underskrift (kontrollsumma ${check})`,
      typed: (text: string) => `Inskrivet namn: ${text}`,
      hand: (signedOn: string, scan: string) => `För hand ${signedOn} (inskannad blankett: ${scan})`
    },
    round: 'Underskriftsomgång',
    roundStarted: 'Underskriftsomgången startade',
    roundChecksum: 'Kontrollsumma (SHA-256) för innehållet som undertecknas',
    events: 'Händelser'
  },
  signing: {
    title: 'Underskrift på skärmen (kommunens eget exemplar)',
    intro:
      'Var och en undertecknar i tur och ordning. När alla har skrivit under låses avtalet. Ritade och inskrivna underskrifter är för kommunens eget exemplar: om Försäkringskassan godtar dem är inte bekräftat.',
    next: (name: string, i: number) => `Nu undertecknar: ${name || `undertecknare ${i + 1}`}`,
    method: 'Sätt att skriva under',
    draw: 'Rita',
    type: 'Skriv namnet',
    upload: 'Välj bild från datorn',
    drawHint: 'Skriv under med mus, penna eller finger i rutan.',
    pad: 'Rityta för underskrift',
    clear: 'Rensa',
    typed: 'Underskrift med text',
    uploadButton: 'Välj bild (PNG eller JPEG)…',
    sign: (name: string) => `Underteckna som ${name}`,
    signed: (name: string, at: string) => `${name} undertecknade ${at}.`,
    empty: 'Rita underskriften i rutan först.',
    emptyTyped: 'Skriv namnet först.',
    notReady: 'Rätta uppgifterna ovan innan avtalet undertecknas.',
    allSigned: 'Alla har undertecknat. Avtalet är låst.',
    fingerprint: 'Kontrollsumma (SHA-256) för innehållet som undertecknas',
    fingerprintNote:
      'Kontrollsumman togs när underskriftsomgången startade och innehållet låstes. Den står också på avtalets verifieringssida.',
    fingerprintPending: 'Kontrollsumman tas när den första personen skriver under; då låses innehållet för hela omgången.',
    typedMismatch: (typed: string, registered: string) =>
      `”${typed}” är inte ${registered || 'undertecknarens'} namn. Ett skrivet namn räknas bara som underskrift om det är undertecknarens eget namn, som det står i avtalet. Den som ska skriva under skriver sitt eget namn.`,
    contentChanged: 'Uppgifterna har ändrats sedan underskriftsomgången startade. Starta en ny underskriftsomgång.',
    done: 'Underskriften är sparad.',
    notSigned: (name: string) => `${name}: inte undertecknat`,
    fallbackName: (i: number) => `Undertecknare ${i + 1}`,
    imageFilter: 'Bild',
    preview: 'Vald bild av underskriften'
  },
  hand: {
    title: 'Skriv under för hand (Försäkringskassans väg)',
    intro:
      'Försäkringskassans sida beskriver att parten fyller i blanketten och skickar den till adressen i blanketten. Om Försäkringskassan godtar ritade, inskrivna eller inskannade underskrifter är inte bekräftat, så underskrift för hand på papper är det säkra sättet. Ritade och inskrivna underskrifter nedan är för kommunens eget exemplar.',
    step1: 'Skriv ut blanketten ifylld, med tomma underskriftsrader.',
    printButton: 'Skriv ut för underskrift för hand (PDF)',
    noForm:
      'Försäkringskassans blankett är inte inläst än: utskriften blir kommunens sammanställning. Läs in blanketten under ”Exportera PDF” för att skriva ut den.',
    printing: 'Skapar utskriften…',
    printed: (name: string, form: boolean) =>
      `${form ? 'Försäkringskassans blankett' : 'Kommunens sammanställning'} är sparad som ”${name}”, ifylld och med tomma underskriftsrader.`,
    printFailed: 'Utskriften kunde inte skapas:',
    fileSuffix: ' – för underskrift för hand.pdf',
    step2: 'Den som undertecknar skriver under på papperet, med ort och datum.',
    step3: 'Registrera här vem som skrev under och när, och bifoga den inskannade blanketten. Originalet skickas till Försäkringskassan.',
    who: (name: string) => `Nu registreras: ${name}`,
    signedOn: (name: string) => `Datum då ${name} skrev under för hand`,
    chooseScan: 'Bifoga inskannad blankett (PDF, PNG eller JPEG)…',
    chosen: (name: string) => `Vald fil: ${name}`,
    scanFilter: 'PDF eller bild',
    scanTooLarge: 'Filen är för stor (högst 20 MB).',
    register: (name: string) => `Registrera underskrift för hand av ${name}`,
    registered: (name: string) => `Underskriften för hand av ${name} är registrerad och den inskannade blanketten ligger i avtalets paket.`,
    registerFailed: 'Underskriften kunde inte registreras:',
    nobodyLeft: 'Det finns ingen kvar att registrera: alla undertecknare har skrivit under.',
    errors: {
      date: 'Skriv datumet då personen skrev under som ÅÅÅÅ-MM-DD.',
      future: 'Datumet då personen skrev under kan inte vara senare än i dag.',
      noScan: 'Bifoga den inskannade, underskrivna blanketten (PDF, PNG eller JPEG).',
      notScan: (name: string) => `”${name}” är inte en PDF eller en bild (PNG eller JPEG). Skanna blanketten som PDF, PNG eller JPEG.`
    }
  },
  export: {
    title: 'Exportera PDF',
    which: 'Dokument',
    own: 'Kommunens sammanställning – ersätter inte Försäkringskassans blankett',
    ownNote:
      'Sammanställningen är kommunens eget underlag och arkivexemplar. Det är Försäkringskassans blankett som skickas till Försäkringskassan.',
    official: 'Försäkringskassans blankett (det som skickas)',
    officialFirst:
      'Enligt Försäkringskassans sida fyller parten i Försäkringskassans blankett ”Anslutningsavtal för Sammansatt Bastjänst Ekonomiskt Bistånd (SSBTEK)” och skickar den till adressen som står i blanketten. Läs in blanketten en gång; fälten kopplas och kopplingen återanvänds.',
    signatureCaveat:
      'Om Försäkringskassan godtar ritade, inskrivna eller inskannade underskrifter är inte bekräftat. Säkrast är att skriva ut blanketten ifylld och skriva under för hand.',
    load: 'Läs in Försäkringskassans blankett (PDF)…',
    loading: 'Läser in blanketten…',
    recognised: (name: string) => `Blanketten ”${name}” känns igen – kopplingen av fälten är sparad sedan tidigare.`,
    needsMapping: 'Koppla blankettens fält till avtalets uppgifter. Kopplingen sparas och används nästa gång samma blankett läses in.',
    template: 'Blankett',
    remap: 'Ändra kopplingen',
    button: 'Exportera PDF',
    working: 'Skapar PDF…',
    notSigned: 'Avtalet har inte undertecknats av alla ännu. Exportera ändå för granskning, eller underteckna först.',
    done: (file: string) => `PDF:en ”${file}” är sparad.`,
    hash: 'Kontrollsumma (SHA-256) för den exporterade filen',
    hashNote: 'Kontrollsumman kan inte stå i filen själv; den sparas här och i versionshistoriken.',
    cancelled: 'Exporten avbröts.',
    failed: 'PDF:en kunde inte skapas:',
    needsTemplate: 'Läs in Försäkringskassans blankett och koppla dess fält innan du exporterar, eller välj kommunens sammanställning.'
  },
  mapping: {
    title: 'Koppla blankettens fält',
    field: 'Fält i blanketten',
    type: 'Typ',
    target: 'Fylls med',
    none: '– Fylls inte i –',
    save: 'Spara kopplingen',
    suggested: 'Förslagen bygger på fältens namn. Kontrollera varje rad innan du sparar.',
    saved: 'Kopplingen är sparad.',
    types: {
      text: 'Text',
      checkbox: 'Kryssruta',
      dropdown: 'Lista',
      radio: 'Alternativ',
      optionlist: 'Lista',
      signature: 'Underskrift',
      button: 'Knapp'
    } as Record<string, string>,
    flatTitle: 'Placera rutor på blanketten',
    flatIntro: 'Blanketten saknar formulärfält. Välj vilken uppgift som ska placeras och klicka där den ska stå på sidan.',
    place: 'Uppgift att placera',
    page: (n: number, total: number) => `Sida ${n} av ${total}`,
    prevPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    boxes: 'Placerade rutor',
    noBoxes: 'Inga rutor placerade ännu.',
    removeBox: 'Ta bort rutan',
    canvas: (n: number) => `Sida ${n} av blanketten. Klicka för att placera vald uppgift.`,
    rendering: 'Visar sidan…',
    x: 'Avstånd från vänsterkanten (punkter)',
    y: 'Avstånd från nederkanten (punkter)',
    placeAt: 'Placera på angiven position'
  },
  pkg: {
    title: 'Skicka avtalet till Försäkringskassan',
    intro: 'Det här ska skickas till Försäkringskassan. Försäkran för handläggare (Påminnelse för handläggare) skickas aldrig med.',
    contents: 'Innehåll',
    checked: 'Jag har kontrollerat adressen mot avtalsblanketten',
    agreement: 'Det undertecknade anslutningsavtalet',
    notExported: 'Avtalet är inte exporterat ännu. Exportera det från avtalsutkastet först.',
    exported: (sha: string) => `Exporterat. SHA-256: ${sha}`,
    attachments: 'Bilagor',
    noAttachments: 'Inga bilagor.',
    add: 'Lägg till bilaga…',
    markUndertaking: 'Filen är en försäkran för handläggare (Påminnelse för handläggare)',
    appDocuments: 'Dokument som finns i appen',
    addThis: 'Lägg till i paketet',
    removeAttachment: 'Ta bort från paketet',
    address: 'Adress till Försäkringskassan',
    addressHint: 'Adressen står i avtalsblanketten. Den är inte bekräftad – kontrollera och rätta den vid behov.',
    unconfirmed: 'Ej bekräftad',
    sentTitle: 'Registrera att avtalet skickats',
    sentDate: 'Datum då avtalet skickades',
    sendRoute:
      'Enligt Försäkringskassans sida skickas blanketten till den adress som står i blanketten. Om blanketten anger ett annat sätt att skicka den, följ blanketten.',
    record: 'Registrera',
    recorded: (date: string) => `Registrerat: avtalet skickades ${date}. Anslutningsguiden räknar handläggningstiden från mottagandet.`,
    back: 'Tillbaka till avtalsutkastet'
  }
} as const
