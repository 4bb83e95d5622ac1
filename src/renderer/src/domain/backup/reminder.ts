/** Whole days from `since` to `now`; null if `since` is missing or not a time. */
export function daysSince(since: string | null | undefined, now: Date): number | null {
  if (!since) return null
  const t = Date.parse(since)
  if (Number.isNaN(t)) return null
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000))
}

/** A reminder is due when the reference time is at least `reminderDays` old; 0 days turns it off. */
export function backupReminderDue(status: { since: string | null; reminderDays: number }, now: Date): number | null {
  if (status.reminderDays <= 0) return null
  const days = daysSince(status.since, now)
  return days !== null && days >= status.reminderDays ? days : null
}

/** "12,3 MB" (sv-SE, base 1024). */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0
  return `${value.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units[unit]}`
}

/** Validates the reminder setting typed by the user: an integer 0–365, or null. */
export function parseReminderDays(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,3}$/.test(t)) return null
  const n = Number(t)
  return n <= 365 ? n : null
}
