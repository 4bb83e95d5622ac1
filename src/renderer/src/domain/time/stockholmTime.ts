/**
 * Every time the app shows or prints is Swedish time (Europe/Stockholm), whatever zone the machine
 * is set to. Documents also carry the UTC offset, so the moment is unambiguous when read later.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})

type Fields = { year: string; month: string; day: string; hour: string; minute: string; second: string }

function fields(d: Date): Fields {
  const out: Record<string, string> = {}
  for (const p of parts.formatToParts(d)) out[p.type] = p.value
  return out as Fields
}

/** "+01:00" in winter, "+02:00" in summer: the difference between Swedish wall time and UTC. */
export function stockholmOffset(d: Date): string {
  const f = fields(d)
  const wall = Date.UTC(+f.year, +f.month - 1, +f.day, +f.hour, +f.minute, +f.second)
  const minutes = Math.round((wall - Math.floor(d.getTime() / 1000) * 1000) / 60_000)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * "2026-12-01 14:05" (screens) or "2026-12-01 14:05 (+01:00)" (documents: `withOffset`).
 * An unreadable timestamp is returned as given rather than as a made-up time.
 */
export function formatStockholmTime(iso: string | Date, opts: { withOffset?: boolean; seconds?: boolean } = {}): string {
  const d = iso instanceof Date ? iso : new Date(iso)
  if (Number.isNaN(d.getTime())) return String(iso)
  const f = fields(d)
  const time = `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}${opts.seconds ? `:${f.second}` : ''}`
  return opts.withOffset ? `${time} (${stockholmOffset(d)})` : time
}
