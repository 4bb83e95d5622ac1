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
    dbFailed: 'Det gick inte att öppna appens lagring på den här datorn.',
    toBackup: 'Gå till Säkerhetskopiering',
    safeMode: 'Starta i säkert läge',
    safeModeHint:
      'I säkert läge öppnas bara Säkerhetskopiering och Inställningar, så att du alltid kan spara eller återställa en säkerhetskopia.'
  },
  safeMode: {
    label: 'Säkert läge',
    notice:
      'Appen är i säkert läge: bara Säkerhetskopiering och Inställningar är öppna. Här kan du spara en säkerhetskopia eller återställa en tidigare.',
    leave: 'Lämna säkert läge',
    enter: 'Starta om i säkert läge',
    settingsHint:
      'Om appen visar ett fel vid varje start kan du starta den i säkert läge. Då öppnas bara Säkerhetskopiering och Inställningar.'
  },
  damaged: {
    title: 'En sparad uppgift är skadad',
    body: 'Appen kunde inte läsa allt som är sparat. Det som är skadat visas inte, men finns kvar och följer med i en säkerhetskopia av allt.',
    howToFix: 'Återställ en säkerhetskopia som gjordes innan felet uppstod under',
    records: 'Skadade uppgifter',
    unknownMunicipality: 'Kommunens namn saknas',
    table: (table: string): string =>
      ({ settings: 'kommunens uppgifter', boards: 'nämnd', agreementDrafts: 'avtalsutkast', caseworkers: 'handläggare' })[table] ?? table
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
