import defaults from '../../../../resources/content/fk-address.json'
import { getSetting, putSetting } from './settings'

/** Försäkringskassan's postal address for the agreement: shipped as unconfirmed content, editable by the user. */
export type FkAddress = { lines: string[]; confirmed: boolean; note: string; lastReviewed: string | null }

const KEY = 'fkAddress'

export async function getFkAddress(): Promise<FkAddress & { edited: boolean }> {
  const stored = await getSetting<FkAddress>(KEY)
  if (stored) return { ...stored, edited: true }
  return { lines: [...defaults.lines], confirmed: defaults.confirmed, note: defaults.note, lastReviewed: defaults.lastReviewed, edited: false }
}

export async function saveFkAddress(lines: string[], confirmed: boolean): Promise<void> {
  await putSetting<FkAddress>(KEY, { lines, confirmed, note: defaults.note, lastReviewed: new Date().toISOString().slice(0, 10) })
}
