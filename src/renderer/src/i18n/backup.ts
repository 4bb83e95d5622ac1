/** Swedish strings for backup, restore, version history, autosave and storage health. */

/** What each table holds, in the user's words. Tables added later fall back to their name. */
export const tableLabels: Record<string, string> = {
  settings: 'Inställningar och kommunprofil',
  boards: 'Nämnder',
  taskStates: 'Checklistans uppgifter',
  attachments: 'Bilagor',
  agreementDrafts: 'Avtalsutkast',
  agreementVersions: 'Avtalsversioner',
  pdfTemplates: 'PDF-mallar',
  caseworkers: 'Handläggare',
  undertakingVersions: 'Versioner av försäkran',
  acknowledgements: 'Undertecknade försäkringar',
  reminders: 'Skickade e-postpåminnelser',
  auditLog: 'Händelselogg',
  contentEdits: 'Kommunens ändringar av innehållet'
}

export const tableLabel = (name: string): string => tableLabels[name] ?? name

export const backupErrors = {
  empty: 'Filen är tom. Välj säkerhetskopian som Anslutningsguiden skapade (en .json-fil). Inget har ändrats.',
  tooLarge: 'Filen är för stor för att vara en säkerhetskopia från Anslutningsguiden. Inget har ändrats.',
  notText: 'Filen är ingen textfil och kan inte vara en säkerhetskopia från Anslutningsguiden. Inget har ändrats.',
  notJson:
    'Filen kunde inte läsas som en säkerhetskopia: den är inte giltig JSON. Den kan vara avkortad (ofullständigt kopierad) eller skadad. Inget har ändrats.',
  notBackup: 'Filen är ingen säkerhetskopia från Anslutningsguiden. Inget har ändrats.',
  wrongFormat: (format: string) =>
    `Filen har formatet ”${format}”, inte Anslutningsguidens säkerhetskopia. Inget har ändrats.`,
  newerFormat: (v: number) =>
    `Säkerhetskopian har filformatversion ${v}, som är nyare än den här versionen av Anslutningsguiden kan läsa. Uppdatera appen och försök igen. Inget har ändrats.`,
  badVersion: 'Säkerhetskopian anger ingen giltig databasversion. Filen är skadad. Inget har ändrats.',
  futureVersion: (file: number, ours: number) =>
    `Säkerhetskopian kommer från en nyare version av Anslutningsguiden (databasversion ${file}; den här versionen hanterar till och med ${ours}). Uppdatera appen innan du läser in den. Inget har ändrats.`,
  checksum:
    'Kontrollsumman stämmer inte: filen har ändrats eller skadats efter att den exporterades. Den läses inte in. Inget har ändrats.',
  invalidContent: (where: string) => `Säkerhetskopian har felaktigt innehåll (${where}). Inget har ändrats.`,
  unknownTable: (name: string) =>
    `Säkerhetskopian innehåller tabellen ”${name}”, som inte finns i den databasversion filen anger. Filen är skadad. Inget har ändrats.`,
  wrongScope: 'Säkerhetskopian gäller en nämnd men innehåller data för andra nämnder. Filen är skadad. Inget har ändrats.',
  writeFailed: (detail: string) => `Säkerhetskopian kunde inte läsas in: ${detail} Inget har ändrats.`,
  unsupported: (detail: string) => `Säkerhetskopian kunde inte skapas: ${detail}`
}

export const backupText = {
  title: 'Säkerhetskopiering',
  intro:
    'Spara all data i en fil som du kan läsa in igen på den här eller en annan dator – till exempel innan IT byter dator eller rensar profilmappen. Filen innehåller även PDF:er och underskrifter: förvara den lika säkert som avtalet.',
  exportTitle: 'Exportera',
  exportAll: 'Exportera all data',
  exportBoard: 'Exportera en nämnds data',
  boardLabel: 'Nämnd',
  exporting: 'Skapar säkerhetskopian…',
  exported: (name: string) => `Säkerhetskopian sparades som ”${name}”.`,
  exportCancelled: 'Exporten avbröts. Ingen fil sparades.',
  exportFailed: 'Säkerhetskopian kunde inte sparas:',
  importFailed: 'Säkerhetskopian kunde inte läsas in. Inget har ändrats. Orsak:',
  lastBackup: 'Senaste säkerhetskopia',
  never: 'Ingen säkerhetskopia har gjorts på den här datorn ännu.',
  importTitle: 'Läs in en säkerhetskopia',
  importIntro: 'Filen kontrolleras först. Du ser vad som kommer att läggas till eller ersättas innan något ändras.',
  chooseFile: 'Välj säkerhetskopia…',
  reading: 'Kontrollerar filen…',
  fileTooLarge: 'Filen är för stor för att vara en säkerhetskopia från Anslutningsguiden.',
  previewTitle: 'Det här händer om du läser in filen',
  fileFacts: {
    file: 'Fil',
    exportedAt: 'Exporterad',
    appVersion: 'Appversion',
    municipality: 'Kommun',
    scope: 'Innehåll',
    all: 'All data',
    board: (name: string) => `Nämnden ${name}`
  },
  modeLegend: 'Hur ska filen läsas in?',
  modeMerge: 'Slå samman: lägg till och uppdatera, ta inte bort något',
  modeReplace: 'Ersätt: gör datorns data exakt lika med säkerhetskopian',
  modeReplaceBoard: 'Ersätt: gör nämndens data exakt lika med säkerhetskopian',
  replaceWarning: 'Data som inte finns i säkerhetskopian tas bort från den här datorn.',
  columns: { table: 'Typ av uppgifter', inFile: 'I filen', added: 'Läggs till', replaced: 'Ersätts', unchanged: 'Oförändrade', removed: 'Tas bort' },
  confirm: 'Läs in säkerhetskopian',
  cancel: 'Avbryt',
  applying: 'Läser in…',
  done: (added: number, replaced: number, removed: number) =>
    `Säkerhetskopian är inläst: ${added} ${added === 1 ? 'post tillagd' : 'poster tillagda'}, ${replaced} ${replaced === 1 ? 'ersatt' : 'ersatta'} och ${removed} ${removed === 1 ? 'borttagen' : 'borttagna'}.`,
  reminderTitle: 'Påminnelse om säkerhetskopia',
  reminderNever: (days: number) => `Det har gått ${days} dagar utan säkerhetskopia av appens data.`,
  reminderOld: (days: number) => `Det har gått ${days} dagar sedan den senaste säkerhetskopian.`,
  reminderLink: 'Gör en säkerhetskopia nu'
}

export const settingsText = {
  healthTitle: 'Lagring på den här datorn',
  persistent: 'Beständig lagring',
  used: 'Använt utrymme',
  available: 'Tillgängligt utrymme',
  estimateUnknown: 'Appen kan inte se hur mycket utrymme som används.',
  countsCaption: 'Antal poster per typ av uppgifter',
  countColumn: 'Antal',
  kindColumn: 'Typ av uppgifter',
  refresh: 'Uppdatera',
  reminderTitle: 'Påminnelse om säkerhetskopia',
  reminderDays: 'Påminn när den senaste säkerhetskopian är äldre än (dagar)',
  reminderHint: 'Mellan 1 och 365 dagar. 0 stänger av påminnelsen.',
  reminderInvalid: 'Ange ett heltal mellan 0 och 365.',
  reminderSaved: 'Sparat.'
}

export const versionText = {
  title: 'Versionshistorik',
  empty: 'Inga sparade versioner ännu.',
  time: 'Tid',
  event: 'Händelse',
  change: 'Ändring',
  actions: 'Åtgärder',
  view: 'Visa',
  restore: 'Återställ',
  close: 'Stäng',
  viewTitle: (time: string) => `Version från ${time}`,
  readOnly: 'Versionen kan bara läsas. Återställ den för att fortsätta arbeta med den.',
  reasons: { edit: 'Redigering', signed: 'Undertecknad', exported: 'Exporterad', restored: 'Återställd' } as Record<string, string>,
  restored: (time: string) => `Versionen från ${time} är återställd. Den tidigare texten finns kvar i historiken.`,
  emptyValue: '(tomt)',
  changesTitle: 'Ändringar jämfört med versionen före'
}
