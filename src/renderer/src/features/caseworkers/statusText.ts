import type { DashboardRow } from '@renderer/domain/caseworkers/dashboard'
import { cw } from '@renderer/i18n/caseworkers/register'

/** "Why and since when" in Swedish for one row. */
export function whyText(row: Pick<DashboardRow, 'status' | 'since' | 'dueOn'>): string {
  switch (row.status) {
    case 'not-signed':
      return cw.why['not-signed'](row.dueOn)
    case 'signed-older-version':
      return cw.why['signed-older-version'](row.dueOn)
    default:
      return cw.why[row.status](row.since)
  }
}

/** "v2 2026-03-01": which version was last signed, and when. */
export const lastSignedVersionText = (row: Pick<DashboardRow, 'lastSigned'>): string =>
  row.lastSigned ? `v${row.lastSigned.versionNumber ?? '?'} ${row.lastSigned.signedOn}` : ''

/** "v2 2026-03-01 (i pdf-läsare)": as above, with how, when known. */
export const lastSignedText = (row: Pick<DashboardRow, 'lastSigned'>): string => {
  const method = methodText(row.lastSigned?.method)
  return `${lastSignedVersionText(row)}${method ? ` (${method.toLocaleLowerCase('sv-SE')})` : ''}`
}

/** How a signature was given, in Swedish ("I PDF-läsare", "På skärmen" …). */
export const methodText = (method: string | undefined): string => (method ? (cw.person.methods[method] ?? '') : '')

export const percent = (share: number): string => `${Math.round(share * 100)} %`

export const dateOf = (iso?: string): string => (iso ? iso.slice(0, 10) : '')
