import type { AccessRiskReason } from '@renderer/domain/caseworkers/access'

/** Swedish UI strings for access to SSBTEK and retention. */
export const access = {
  risk: {
    title: 'Behörighet utan giltig försäkran',
    count: (n: number) =>
      n === 0
        ? 'Alla som har behörighet i SSBTEK i dag har en giltig försäkran.'
        : `${n} ${n === 1 ? 'person har' : 'personer har'} behörighet i SSBTEK i dag men ingen giltig försäkran.`,
    noneRecorded:
      'Ingen i registret har registrerad behörighet i SSBTEK. Ange behörighet på personens sida eller med kolumnerna Behörighet från och Behörighet till i importfilen.',
    listCaption: 'Personer med behörighet utan giltig försäkran',
    name: 'Namn',
    unit: 'Enhet',
    accessSince: 'Behörighet sedan',
    why: 'Varför',
    show: 'Visa bara dem i listan',
    more: (n: number) => `och ${n} till. Välj ”Visa bara dem i listan” för att se alla.`,
    filterOption: 'Behörighet utan giltig försäkran',
    reason: {
      'not-signed': 'Försäkran saknas',
      overdue: 'Försäkran saknas, sista dagen har passerat',
      'signed-older-version': 'Har undertecknat en äldre version',
      'renewal-due': 'Försäkran har gått ut och ska förnyas',
      inactive: 'Har slutat men har kvar behörighet'
    } satisfies Record<AccessRiskReason, string>
  },
  person: {
    title: 'Behörighet i SSBTEK',
    intro: 'Ange om personen har behörighet att använda SSBTEK och från vilken dag. Ändringar sparas i en historik; inget skrivs över.',
    hasAccess: 'Har behörighet i SSBTEK',
    from: 'Behörighet från',
    to: 'Behörighet till',
    toHint: 'ÅÅÅÅ-MM-DD. Lämna tomt om behörigheten gäller tills vidare.',
    save: 'Spara behörighet',
    saved: 'Behörigheten är sparad.',
    unchanged: 'Behörigheten är oförändrad.',
    current: (from: string, to?: string) => (to ? `Har behörighet ${from} – ${to}.` : `Har behörighet från ${from}, tills vidare.`),
    none: 'Ingen registrerad behörighet.',
    historyTitle: 'Historik för behörighet',
    historyCaption: 'Ändringar av behörighet, äldst först',
    historyRecorded: 'Registrerad',
    historyChange: 'Ändring',
    historyEmpty: 'Inga ändringar registrerade.',
    change: (from?: string, to?: string) =>
      !from ? 'Ingen behörighet' : to ? `Behörighet ${from} – ${to}` : `Behörighet från ${from}, tills vidare`
  },
  report: {
    column: 'Behörighet i SSBTEK',
    columnFrom: 'Behörighet från',
    columnTo: 'Behörighet till',
    cell: (from?: string, to?: string) => (!from ? 'Nej' : to ? `${from} – ${to}` : `från ${from}`),
    summary: (n: number) => `Behörighet utan giltig försäkran: ${n}`
  }
}
