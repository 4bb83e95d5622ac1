import type { CullingLogEntry } from '@renderer/domain/retention/cullingLog'
import type { RetentionBasis, RetentionRule, RetentionUnit } from '@renderer/domain/retention/rule'

const unitText = (n: number, unit: RetentionUnit) => (unit === 'years' ? `${n} år` : `${n} ${n === 1 ? 'månad' : 'månader'}`)

const BASIS: Record<RetentionBasis, string> = {
  employment: 'anställningen upphörde',
  access: 'behörigheten i SSBTEK upphörde',
  both: 'både anställningen och behörigheten upphörde'
}

/** Swedish UI strings for culling by rule and deletion of records registered by mistake. */
export const retention = {
  title: 'Gallring enligt dokumenthanteringsplanen',
  intro:
    'Undertecknade försäkringar är allmänna handlingar. De bevaras eller gallras enligt kommunens dokumenthanteringsplan. Ange regeln som planen anger. Du ser vad regeln skulle gallra innan något tas bort, och varje gallring sparas i gallringsloggen.',
  current: (rule: RetentionRule) => `Gällande regel: ${retention.ruleText(rule)}.`,
  none: 'Ingen gallringsregel är sparad. Inget gallras.',
  legacy: 'Regeln sparades utan hänvisning till dokumenthanteringsplanen. Fyll i hänvisningen och spara regeln igen.',
  ruleText: (rule: RetentionRule) =>
    `Gallras ${unitText(rule.amount, rule.unit)} efter att ${BASIS[rule.basis]}${rule.planReference ? ` (${rule.planReference})` : ''}`,
  amount: 'Gallras efter',
  amountHint: (unit: RetentionUnit) => (unit === 'years' ? 'Ett heltal mellan 1 och 50.' : 'Ett heltal mellan 1 och 600.'),
  unit: 'År eller månader',
  units: { years: 'år', months: 'månader' } satisfies Record<RetentionUnit, string>,
  basis: 'Räknat från att',
  basisOptions: {
    employment: 'anställningen upphörde (slutdatum)',
    access: 'behörigheten i SSBTEK upphörde (behörighet till)',
    both: 'både anställningen och behörigheten upphörde (det som upphörde sist)'
  } satisfies Record<RetentionBasis, string>,
  basisNote: 'Den som har behörighet i SSBTEK i dag gallras aldrig.',
  plan: 'Hänvisning till dokumenthanteringsplanen',
  planHint: 'Planens namn och punkt, till exempel ”Dokumenthanteringsplan för socialnämnden 2025, punkt 4.3.2”.',
  problems: {
    'amount-invalid': (unit: RetentionUnit) =>
      unit === 'years' ? 'Ange ett heltal mellan 1 och 50.' : 'Ange ett heltal mellan 1 och 600.',
    'plan-missing': 'Skriv vilken punkt i dokumenthanteringsplanen regeln kommer från.',
    'plan-too-long': 'Hänvisningen får vara högst 300 tecken.'
  },
  save: 'Spara och förhandsgranska',
  turnOff: 'Stäng av gallringen',
  saved: 'Gallringsregeln är sparad.',
  turnedOff: 'Gallringen är avstängd.',
  previewTitle: 'Gallras i dag enligt regeln',
  previewNone: 'Ingenting gallras i dag.',
  previewCounts: 'Det här skulle tas bort:',
  kinds: {
    people: (n: number) => `Personer i registret: ${n}`,
    acknowledgements: (n: number) => `Undertecknade försäkringar: ${n}`,
    files: (n: number) => `Filer (inskannade eller signerade): ${n}`
  },
  previewCaption: 'Personer som gallras',
  previewColumns: { name: 'Namn', unit: 'Enhet', endDate: 'Slutdatum', accessTo: 'Behörighet till' },
  run: (n: number) => `Gallra ${n} ${n === 1 ? 'person' : 'personer'} enligt regeln`,
  done: (n: number) => `${n} ${n === 1 ? 'person' : 'personer'} gallrades. Gallringen finns i loggen.`,
  logTitle: 'Gallringslogg',
  logIntro:
    'Loggen visar vilken sorts uppgifter som togs bort, hur många, när och enligt vilken regel. Den innehåller aldrig namn eller e-postadresser.',
  logEmpty: 'Ingenting har gallrats eller raderats ännu.',
  logCaption: 'Gallringar och raderingar, äldst först',
  logColumns: { at: 'Datum', what: 'Vad', why: 'Regel eller orsak', people: 'Personer', acknowledgements: 'Försäkringar', files: 'Filer' },
  logWhat: (e: CullingLogEntry) => (e.kind === 'rule' ? 'Gallring enligt regel' : 'Radering, registrerad av misstag'),
  logWhy: (e: CullingLogEntry) => (e.kind === 'rule' ? retention.ruleText(e.rule) : e.reason),
  mistake: {
    reason: 'Orsak',
    reasonHint: 'Skriv varför personen registrerades av misstag, utan namn eller e-postadress. Orsaken sparas i gallringsloggen.',
    'reason-missing': 'Skriv en orsak (minst fem tecken) innan du raderar.',
    'reason-only-personal-data':
      'Orsaken får inte bara vara namn, e-postadress eller nummer. Skriv varför personen registrerades av misstag.'
  }
}
