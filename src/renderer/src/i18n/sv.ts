/** Swedish UI strings for the app shell. Each feature keeps its own strings in i18n/<feature>.ts. */
export const sv = {
  appName: 'Anslutningsguiden',
  appTagline: 'Anslut socialtjänsten till SSBTEK',
  skipToContent: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    connection: 'Anslutning',
    agreement: 'Avtal',
    caseworkers: 'Handläggare',
    backup: 'Säkerhetskopiering',
    content: 'Innehåll och källor',
    settings: 'Inställningar'
  },
  firstRun: {
    title: 'Välkommen till Anslutningsguiden',
    intro:
      'Anslutningsguiden hjälper kommunen att ansluta socialtjänsten till SSBTEK. Allt du skriver sparas bara på den här datorn – appen gör inga anrop till internet.',
    municipalityLabel: 'Kommun',
    municipalityHint: 'Skriv kommunens namn eller kommunkod och välj i listan.',
    municipalityRequired: 'Välj en kommun i listan.',
    officialNameLabel: 'Kommunens officiella namn',
    officialNameHint: 'Rätta namnet om kommunen skriver det på annat sätt, till exempel ”Göteborgs stad”.',
    officialNameRequired: 'Ange kommunens officiella namn.',
    boardLabel: 'Nämnd som handlägger ekonomiskt bistånd',
    boardHint: 'Till exempel socialnämnden, arbetsmarknadsnämnden eller vuxen- och utbildningsnämnden.',
    boardRequired: 'Ange vilken nämnd som är part.',
    submit: 'Börja',
    noMatches: 'Ingen kommun matchar sökningen.',
    saveFailed: 'Det gick inte att spara. Försök igen.'
  },
  errors: {
    title: 'Något gick fel',
    body: 'Ett oväntat fel inträffade i den här delen av appen. Det du har sparat finns kvar.',
    details: 'Teknisk information',
    reload: 'Ladda om appen',
    back: 'Tillbaka till startsidan',
    dbNewer: 'Databasen kan inte öppnas',
    dbFailed: 'Det gick inte att öppna appens lagring på den här datorn.'
  },
  settings: {
    title: 'Inställningar',
    profile: 'Kommun',
    storage: 'Lagring',
    persistGranted: 'Beständig lagring är beviljad: appens data rensas inte när disken blir full.',
    persistDenied: 'Beständig lagring är inte beviljad: vid ont om diskutrymme kan data rensas. Gör säkerhetskopior regelbundet.',
    persistUnknown: 'Det gick inte att avgöra om lagringen är beständig.',
    persistAsk: 'Begär beständig lagring',
    about: 'Om appen',
    version: 'Version',
    offline: 'Appen gör inga nätverksanrop. Allt sparas i appens mapp på den här datorn.',
    advanced: 'Avancerat'
  },
  loading: 'Laddar…'
} as const
