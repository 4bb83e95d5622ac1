import defaults from '../../../../resources/content/fk-address.json'
import { getSetting, putSetting } from './settings'

/** Försäkringskassan's postal address for the agreement: shipped as unconfirmed content, editable by the user. */
/** `lastReviewed` is the day the municipality saved its own check (never a date from a source). */
export type FkAddress = { lines: string[]; confirmed: boolean; note: string; lastReviewed: string | null }

const KEY = 'fkAddress'

export async function getFkAddress(): Promise<FkAddress & { edited: boolean }> {
  const stored = await getSetting<FkAddress>(KEY)
  if (stored) return { ...stored, edited: true }
  // Shipped as `obekräftad`: only the municipality's own check confirms it.
  return {
    lines: [...defaults.address.lines],
    confirmed: defaults.address.status === 'källa',
    note: defaults.note.text,
    lastReviewed: null,
    edited: false
  }
}

export async function saveFkAddress(lines: string[], confirmed: boolean): Promise<void> {
  await putSetting<FkAddress>(KEY, { lines, confirmed, note: defaults.note.text, lastReviewed: new Date().toISOString().slice(0, 10) })
}
