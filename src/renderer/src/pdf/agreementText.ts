import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { agreementFormLabel } from '@renderer/i18n/agreementFields'
/** Swedish genitive: "Kiruna kommun" → "Kiruna kommuns", "Västerås" stays. */
const genitive = (name: string): string => (/[sxz]$/i.test(name.trim()) ? name.trim() : `${name.trim()}s`)

/** Fixed wording of the app's own agreement document and its completion page (Swedish). */
export const AGREEMENT_TEXT = {
  title: 'Anslutningsavtal för SSBTEK',
  subtitle: 'Sammansatt Bastjänst Ekonomiskt Bistånd – kommunens ifyllda exemplar',
  intro: (municipality: string) =>
    `Detta dokument är ${municipality ? genitive(municipality) : 'kommunens'} ifyllda exemplar av anslutningsavtalet för tjänsten SSBTEK hos Försäkringskassan, upprättat med Anslutningsguiden. Det innehåller de uppgifter som appen bedömer att avtalsblanketten efterfrågar (blankettens fält är inte bekräftade) och undertecknas av den som har rätt att teckna avtal för parten.`,
  terms:
    'Parten har tagit del av Försäkringskassans Allmänna villkor för Socialnämnds anslutning till Sammansatt Bastjänst Ekonomiskt Bistånd (SSBTEK) och förbinder sig att följa dem.',
  // The sections' headings and the fields' labels are the form's (i18n/agreementFields.ts).
  noTechnicalContact: 'Ingen angiven.',
  noCaseSystem: 'Inte angivet.',
  signing: 'Underskrift',
  footer: 'Anslutningsavtal SSBTEK',
  completion: {
    title: 'Underskrifternas sammanfattning',
    intro:
      'Den här sidan lades till av Anslutningsguiden när avtalet färdigställdes. Den visar vem som fyllde i avtalet, vem som undertecknade och när, kontrollsumman för innehållet som det såg ut när underskriftsomgången startade, och en kontrollsumma för det exporterade dokumentet utan underskrifter.',
    document: 'Dokument',
    filledBy: agreementFormLabel('filledBy'),
    completedAt: 'Färdigställt',
    roundHash: 'SHA-256 för innehållet när underskriftsomgången startade (visades för varje undertecknare)',
    roundStarted: 'Underskriftsomgången startade',
    noRound: 'Ingen underskriftsomgång har startats – dokumentet är inte undertecknat.',
    unsignedHash: 'SHA-256 för det ifyllda dokumentet utan underskrifter (beräknat vid export)',
    signatories: 'Undertecknare',
    events: 'Händelser',
    finalHashNote:
      'Kontrollsumman (SHA-256) för den slutliga filen kan inte stå i filen själv. Anslutningsguiden sparar den vid export och visar den i avtalets versionshistorik.',
    signed: 'Undertecknat',
    notSigned: 'Inte undertecknat',
    signedNoTime: 'Undertecknat (tidpunkt saknas)',
    method: 'Sätt',
    filled: 'Uppgifterna fylldes i och dokumentet skapades',
    signedBy: (name: string, method: string) => `Undertecknat av ${name} (${method})`,
    completed: 'Dokumentet färdigställdes och sammanfattningen av underskrifterna lades till'
  }
} as const

/** A timestamp in documents: Swedish time with its UTC offset, "2026-11-26 23:40:12 (+01:00)". */
export const swedishTimestamp = (iso: string): string => formatStockholmTime(iso, { withOffset: true, seconds: true })
