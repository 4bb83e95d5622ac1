/**
 * CSV for Excel: UTF-8 with BOM (so å ä ö survive), semicolon-separated, CRLF. Every cell is
 * quoted (RFC 4180, inner quotes doubled): Excel set up for a comma list separator splits an
 * unquoted `Bo,=1+1` into two cells and runs the second as a formula. Cells that a spreadsheet
 * would run as a formula (= + - @, tab, CR) also get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvSeparator = ';' | ',' | '\t'

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  separator: CsvSeparator = ';'
): Uint8Array {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(separator))
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}
