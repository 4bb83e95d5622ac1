/** Swedish strings for backup, restore, version history, autosave and storage health. */
import { backupReminderText } from './backupReminder'

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
  contentEdits: 'Kommunens ändringar av innehållet',
  goLiveEvents: 'Efter anslutning: kontaktpersoner, omorganisationer, villkor och uppsägning'
}

export const tableLabel = (name: string): string => tableLabels[name] ?? name

import type { BackupError } from '@renderer/domain/backup/errors'
import type { ProgressStage } from '@renderer/domain/backup/progress'

const NOTHING_CHANGED = 'Inget har ändrats.'

const fieldDetail: Record<string, string> = {
  type: 'har fel typ',
  missing: 'saknas',
  'too-long': 'är för lång',
  'too-many': 'har för många värden',
  value: 'har ett värde som inte är tillåtet',
  format: 'har fel format',
  'too-deep': 'är för djupt nästlad eller för stor',
  key: 'nyckeln saknas eller är ogiltig',
  'duplicate-key': 'samma nyckel förekommer två gånger',
  'bad-binary': 'binärdata är ogiltiga',
  'missing-file': 'en bilaga som posten hänvisar till saknas',
  'bad-date': 'ett datum är ogiltigt',
  'bad-number': 'ett tal är ogiltigt',
  'bad-value': 'ett värde är ogiltigt',
  'bad-object': 'ett objekt är ogiltigt',
  'unknown-tag': 'ett värde har en okänd märkning'
}

/** The user's words for a failed backup: one sentence about what is wrong, one about what to do. */
export function backupErrorText(error: BackupError): string {
  const p = error.params
  switch (error.code) {
    case 'empty':
      return `Filen är tom. Välj säkerhetskopian som Anslutningsguiden skapade. ${NOTHING_CHANGED}`
    case 'too-large':
      return `Filen är för stor för att vara en säkerhetskopia från Anslutningsguiden. ${NOTHING_CHANGED}`
    case 'not-text':
    case 'not-backup':
      return `Filen är ingen säkerhetskopia från Anslutningsguiden. ${NOTHING_CHANGED}`
    case 'not-json':
      return `Filen kunde inte läsas som en säkerhetskopia. Den kan vara avkortad (ofullständigt kopierad), skadad eller en helt annan sorts fil. ${NOTHING_CHANGED}`
    case 'wrong-format':
      return `Filen har formatet ”${p.format ?? '?'}”, inte Anslutningsguidens säkerhetskopia. ${NOTHING_CHANGED}`
    case 'newer-format':
      return `Säkerhetskopian har en filformatversion${p.fileVersion !== undefined ? ` (${p.fileVersion})` : ''} som är nyare än den här versionen av Anslutningsguiden kan läsa. Uppdatera appen och försök igen. ${NOTHING_CHANGED}`
    case 'bad-version':
      return `Säkerhetskopian anger ingen giltig databasversion. Filen är skadad. ${NOTHING_CHANGED}`
    case 'future-version':
      return `Säkerhetskopian kommer från en nyare version av Anslutningsguiden (databasversion ${p.fileVersion}; den här versionen hanterar till och med ${p.ourVersion}). Uppdatera appen innan du läser in den. ${NOTHING_CHANGED}`
    case 'damaged':
      // A checksum anyone can recompute finds damage, not deliberate change: say "skadad".
      return `Filen är skadad eller ofullständig (kontrollen av innehållet stämmer inte). Den läses inte in. Pröva en annan kopia av säkerhetskopian. ${NOTHING_CHANGED}`
    case 'wrong-password':
      return `Lösenordet stämmer inte, eller så har den krypterade filen ändrats efter att den skapades. Kontrollera lösenordet och försök igen. ${NOTHING_CHANGED}`
    case 'password-required':
      return 'Säkerhetskopian är skyddad med lösenord. Skriv lösenordet för att läsa in den.'
    case 'weak-encryption':
      return `Säkerhetskopian är krypterad med för svaga inställningar${p.iterations !== undefined ? ` (${p.iterations} varv i stället för minst ${p.minimum ?? 600_000})` : ''}. Anslutningsguiden skapar aldrig sådana filer, så den läses inte in. ${NOTHING_CHANGED}`
    case 'invalid-content': {
      const where = [p.table ? tableLabel(p.table) : null, p.record ? `post ${p.record}` : null, p.field ? `fältet ”${p.field}”` : null]
        .filter(Boolean)
        .join(', ')
      const what = p.detail ? (fieldDetail[p.detail] ?? 'har felaktigt innehåll') : 'har felaktigt innehåll'
      return `Säkerhetskopian har felaktigt innehåll (${where || 'filen'}: ${what}). ${NOTHING_CHANGED}`
    }
    case 'too-deep':
      return `Säkerhetskopian är för djupt nästlad för att vara en fil från Anslutningsguiden${p.table ? ` (${tableLabel(p.table)})` : ''}. ${NOTHING_CHANGED}`
    case 'unknown-table':
      return `Säkerhetskopian innehåller tabellen ”${p.table}”, som inte finns i den databasversion filen anger. Filen är skadad. ${NOTHING_CHANGED}`
    case 'wrong-scope':
      return `Säkerhetskopian gäller en nämnd men innehåller data för andra nämnder. Filen är skadad. ${NOTHING_CHANGED}`
    case 'other-municipality':
      return `Säkerhetskopian kommer från en annan kommun (${p.municipality ?? 'okänd'}). Bekräfta att du vill läsa in den. ${NOTHING_CHANGED}`
    case 'cancelled':
      return `Inläsningen avbröts. ${NOTHING_CHANGED}`
    case 'write-failed':
      if (p.reason === 'quota') return `Säkerhetskopian kunde inte läsas in: lagringsutrymmet på datorn räcker inte. ${NOTHING_CHANGED}`
      if (p.reason === 'migration') return `Säkerhetskopian kunde inte läsas in: den äldre filen kunde inte uppgraderas. ${NOTHING_CHANGED}`
      return `Säkerhetskopian kunde inte läsas in: databasen avvisade ändringen. ${NOTHING_CHANGED}`
    case 'unsupported':
      return p.detail === 'board-missing'
        ? 'Säkerhetskopian kunde inte skapas: nämnden finns inte längre.'
        : 'Säkerhetskopian kunde inte skapas: en del av datan kan inte sparas i en säkerhetskopia.'
  }
}

export const progressStageText: Record<ProgressStage, string> = {
  collecting: 'Hämtar data…',
  packing: 'Packar filen…',
  encrypting: 'Krypterar…',
  reading: 'Läser filen…',
  decrypting: 'Dekrypterar…',
  checking: 'Kontrollerar innehållet…',
  comparing: 'Jämför med datorns data…',
  writing: 'Skriver…'
}

/** A rough strength hint: length and variety; never blocks a long passphrase of plain words. */
export function passwordStrength(password: string): { level: 0 | 1 | 2 | 3; text: string } {
  const classes = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^\p{L}\d]/u].filter((r) => r.test(password)).length
  const score =
    password.length >= 20 ? 3 : password.length >= 14 ? (classes >= 2 ? 3 : 2) : password.length >= 10 ? (classes >= 3 ? 2 : 1) : 0
  const text = [
    'För kort: använd minst 10 tecken, gärna flera ord.',
    'Svagt: gör det längre, till exempel fyra ord.',
    'Godtagbart.',
    'Starkt.'
  ][score]!
  return { level: score, text }
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
  cancelReading: 'Avbryt kontrollen',
  passwordTitle: 'Skydda säkerhetskopian med lösenord',
  passwordIntro:
    'Filen innehåller namn, e-postadresser och underskrifter. Med ett lösenord krypteras allt i filen, så att den inte kan läsas av någon som hittar den.',
  passwordLabel: 'Lösenord',
  passwordRepeat: 'Upprepa lösenordet',
  passwordMismatch: 'Lösenorden är inte lika.',
  passwordTooShort: 'Använd minst 10 tecken.',
  passwordLostWarning:
    'Skriv upp lösenordet och förvara det säkert. Om du glömmer det går filen inte att läsa – ingen, inte heller Anslutningsguiden, kan återskapa lösenordet.',
  passwordUse: 'Skydda med lösenord (rekommenderas)',
  passwordSkip: 'Spara utan lösenord',
  passwordSkipWarning: 'Utan lösenord kan alla som får tag i filen läsa innehållet.',
  passwordContinue: 'Spara säkerhetskopian',
  importPasswordTitle: 'Filen är skyddad med lösenord',
  importPasswordLabel: 'Lösenord för säkerhetskopian',
  importPasswordSubmit: 'Lås upp och kontrollera',
  encryptedYes: 'Ja, krypterad med lösenord',
  encryptedNo: 'Nej',
  otherMunicipalityTitle: 'Filen kommer från en annan kommun',
  otherMunicipality: (file: string, here: string) =>
    `Säkerhetskopian gäller ${file}, men den här datorn är inställd för ${here}. Läs bara in den om du vet att det är rätt.`,
  otherMunicipalityConfirm: 'Jag förstår att filen kommer från en annan kommun och vill läsa in den',
  replacesProfile: (name: string) => `Kommunprofilen på den här datorn byts till ${name}.`,
  boardsInFile: 'Nämnder i filen',
  newBoard: 'finns inte på den här datorn',
  reading: 'Kontrollerar filen…',
  fileTooLarge: 'Filen är för stor för att vara en säkerhetskopia från Anslutningsguiden.',
  previewTitle: 'Det här händer om du läser in filen',
  fileFacts: {
    file: 'Fil',
    exportedAt: 'Exporterad',
    appVersion: 'Appversion',
    municipality: 'Kommun',
    code: 'Kommunkod',
    organisationsnummer: 'Organisationsnummer',
    encrypted: 'Lösenordsskyddad',
    scope: 'Innehåll',
    all: 'All data',
    board: (name: string) => `Nämnden ${name}`
  },
  modeLegend: 'Hur ska filen läsas in?',
  modeMerge: 'Slå samman: lägg till och uppdatera, ta inte bort något',
  modeReplace: 'Ersätt: gör datorns data exakt lika med säkerhetskopian',
  modeReplaceBoard: 'Ersätt: gör nämndens data exakt lika med säkerhetskopian',
  replaceWarning: 'Data som inte finns i säkerhetskopian tas bort från den här datorn.',
  columns: {
    table: 'Typ av uppgifter',
    inFile: 'I filen',
    added: 'Läggs till',
    replaced: 'Ersätts',
    unchanged: 'Oförändrade',
    removed: 'Tas bort'
  },
  confirm: 'Läs in säkerhetskopian',
  cancel: 'Avbryt',
  applying: 'Läser in…',
  done: (added: number, replaced: number, removed: number) =>
    `Säkerhetskopian är inläst: ${added} ${added === 1 ? 'post tillagd' : 'poster tillagda'}, ${replaced} ${replaced === 1 ? 'ersatt' : 'ersatta'} och ${removed} ${removed === 1 ? 'borttagen' : 'borttagna'}.`,
  ...backupReminderText
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
