/**
 * CSV for Excel: UTF-8 with BOM (so å ä ö survive), semicolon-separated, CRLF. Cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function buildCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): Uint8Array {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'))
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}
