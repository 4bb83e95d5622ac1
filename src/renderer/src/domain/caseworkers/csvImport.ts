import Papa from 'papaparse'
import { decodeTextFile, type TextFileEncoding } from '../text/windows1252'
import type { CaseworkerField, CaseworkerInput } from './types'
import { MAX_LENGTH, normaliseEmail, validateCaseworker, type CaseworkerValues } from './validate'

export type CsvProblemKind = 'invalid' | 'duplicate-in-file' | 'duplicate-in-register' | 'syntax'
export type CsvRowProblem = { kind: CsvProblemKind; field?: CaseworkerField; message: string }

/**
 * The file reader's own findings, as codes. Their Swedish wording is part of the public contract
 * (`parseCaseworkerCsv` returns it, and the preview carries it), so it is made here, in one place,
 * from these codes: domain/ cannot reach i18n/, and the contract's words must not change.
 */
export type CsvFinding =
  | { code: 'unclosed-quote' }
  | { code: 'empty-file' }
  | { code: 'missing-columns'; missing: CaseworkerField[]; line: number }
  | { code: 'same-email'; firstLine: number }
  | { code: 'same-employee-id'; firstLine: number }
  | { code: 'in-register'; name?: string }

export function csvFindingMessage(f: CsvFinding): string {
  switch (f.code) {
    case 'unclosed-quote':
      return 'Ett citattecken (") avslutas aldrig; kontrollera raden i filen.'
    case 'empty-file':
      return 'Filen är tom. Den första raden ska vara rubriker: Namn, E-post, Enhet (och gärna Roll, Anställningsnummer, Startdatum).'
    case 'missing-columns':
      return `Rubrik${f.missing.length > 1 ? 'erna' : 'en'} ${f.missing.map((c) => `”${CSV_COLUMN_HEADERS[c]}”`).join(', ')} saknas på rad ${f.line}. Filen måste ha kolumnerna Namn, E-post och Enhet (eller Name, Email, Unit), avgränsade med semikolon eller komma.`
    case 'same-email':
      return `Samma e-postadress som rad ${f.firstLine}.`
    case 'same-employee-id':
      return `Samma anställningsnummer som rad ${f.firstLine}.`
    case 'in-register':
      return `Finns redan i registret${f.name ? ` (${f.name})` : ''}.`
  }
}

/** One data row of the file as read, with its physical line and what is wrong with it. */
export type CsvPreviewRow = {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number
  values: CaseworkerValues
  input: CaseworkerInput | null
  problems: CsvRowProblem[]
}

export type CaseworkerCsvPreview = {
  encoding: TextFileEncoding
  separator: ';' | ',' | '\t'
  /** Which of our fields the file has, in file order. */
  columns: CaseworkerField[]
  /** Header columns we do not read (a personnummer column is never read). */
  ignoredColumns: string[]
  /** Problems with the file as a whole (line 1 = the header). No rows are read when there are any. */
  fileErrors: { line: number; message: string }[]
  rows: CsvPreviewRow[]
}

/** Existing register entries, for duplicate checks against what is already stored. */
export type ExistingCaseworkerKey = { email: string; employeeId?: string; name?: string }

const HEADER_ALIASES: Record<string, CaseworkerField> = {
  namn: 'name',
  name: 'name',
  fullständigtnamn: 'name',
  fullname: 'name',
  epost: 'email',
  epostadress: 'email',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  enhet: 'unit',
  unit: 'unit',
  team: 'unit',
  roll: 'role',
  role: 'role',
  anställningsnummer: 'employeeId',
  anstnr: 'employeeId',
  employeeid: 'employeeId',
  employeenumber: 'employeeId',
  startdatum: 'startDate',
  startdate: 'startDate',
  slutdatum: 'endDate',
  enddate: 'endDate',
  // Access to SSBTEK (optional columns).
  behörighetfrån: 'accessFrom',
  behörighetfrom: 'accessFrom',
  ssbtekbehörighetfrån: 'accessFrom',
  behörighetssbtekfrån: 'accessFrom',
  accessfrom: 'accessFrom',
  ssbtekaccessfrom: 'accessFrom',
  behörighettill: 'accessTo',
  behörighettom: 'accessTo',
  ssbtekbehörighettill: 'accessTo',
  behörighetssbtektill: 'accessTo',
  accessto: 'accessTo',
  accessuntil: 'accessTo',
  ssbtekaccessto: 'accessTo'
}

// The header each column should have in the file: part of the file format (like the aliases above),
// so it lives here; the register's form shows the same words (i18n/caseworkers/register.ts, checked by a test).
export const CSV_COLUMN_HEADERS: Record<CaseworkerField, string> = {
  name: 'Namn',
  email: 'E-post',
  unit: 'Enhet',
  role: 'Roll',
  employeeId: 'Anställningsnummer',
  startDate: 'Startdatum',
  endDate: 'Slutdatum',
  accessFrom: 'Behörighet från',
  accessTo: 'Behörighet till'
}

const REQUIRED: CaseworkerField[] = ['name', 'email', 'unit']

export const normaliseHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^a-z0-9åäöéü]/g, '')

/** Picks the separator that occurs most often, outside quotes, in the header line. Semicolon wins ties (Swedish Excel). */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 }
  let quoted = false
  // Blank lines before the header do not count.
  let i0 = 0
  while (i0 < text.length && /[\s]/.test(text[i0]!) && text[i0] !== '\t') i0++
  for (let i = i0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';'
  if (counts['\t'] > counts[',']) return '\t'
  return counts[','] > 0 ? ',' : ';'
}

/** Counts line breaks (CRLF, LF or lone CR) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) n++
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++
  }
  return n
}

/**
 * Reads a caseworker file the way users have them: Excel's Swedish export (semicolon,
 * Windows-1252 or UTF-8 with BOM) or comma-separated UTF-8, quoted fields, Swedish or English
 * headers in any order and case. Nothing is stored; duplicates against the register are marked
 * when `existing` is given.
 */
export function previewCaseworkerCsv(bytes: Uint8Array, existing: readonly ExistingCaseworkerKey[] = []): CaseworkerCsvPreview {
  const { text, encoding } = decodeTextFile(bytes)
  // Some exports start with Excel's "sep=;" hint line; it names the separator and is not the header.
  const hint = /^\s*sep=([;,\t])[ \t]*(\r\n|\n|\r)/i.exec(text)
  const separator = hint ? (hint[1] as ';' | ',' | '\t') : detectSeparator(text)
  const preview: CaseworkerCsvPreview = { encoding, separator, columns: [], ignoredColumns: [], fileErrors: [], rows: [] }

  let header: string[] | null = null
  let headerLine = 1
  let mapping: (CaseworkerField | null)[] = []
  let lineAtCursor = 1
  let lastCursor = 0

  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const start = lastCursor
      const line = lineAtCursor
      const cursor = result.meta.cursor
      lineAtCursor += countLineBreaks(text, start, cursor)
      lastCursor = cursor
      const fields = result.data
      if (fields.every((f) => f.trim() === '')) return
      if (hint && start < hint[0].length) return
      if (!header) {
        header = fields
        headerLine = line
        mapping = fields.map((h) => HEADER_ALIASES[normaliseHeader(h)] ?? null)
        fields.forEach((h, i) => {
          const field = mapping[i]
          if (field && preview.columns.includes(field)) mapping[i] = null
          else if (field) preview.columns.push(field)
          else if (h.trim()) preview.ignoredColumns.push(h.trim())
        })
        return
      }
      if (preview.fileErrors.length) return
      const values: CaseworkerValues = {}
      mapping.forEach((field, i) => {
        // A cell far over its limit is kept only in part: enough for the "too long" message and
        // the fix-a-row form, not megabytes of text in the preview.
        if (field) values[field] = (fields[i] ?? '').slice(0, MAX_LENGTH[field] * 4 + 1).trim()
      })
      const { input, problems } = validateCaseworker(values)
      const row: CsvPreviewRow = { line, values, input, problems: problems.map((p) => ({ kind: 'invalid', ...p })) }
      for (const e of result.errors) {
        if (e.code === 'MissingQuotes') row.problems.push({ kind: 'syntax', message: csvFindingMessage({ code: 'unclosed-quote' }) })
      }
      if (row.problems.length) row.input = null
      preview.rows.push(row)
    }
  })

  if (!header) {
    preview.fileErrors.push({ line: 1, message: csvFindingMessage({ code: 'empty-file' }) })
    return preview
  }
  const missing = REQUIRED.filter((f) => !preview.columns.includes(f))
  if (missing.length) {
    preview.fileErrors.push({ line: headerLine, message: csvFindingMessage({ code: 'missing-columns', missing, line: headerLine }) })
    preview.rows = []
    return preview
  }
  markDuplicates(preview.rows, existing)
  return preview
}

/**
 * Re-checks rows after the user has fixed some in the preview (skipped rows are left out by the
 * caller), with the same validation and duplicate rules as the file import.
 */
export function checkCaseworkerRows(
  rows: readonly { line: number; values: CaseworkerValues }[],
  existing: readonly ExistingCaseworkerKey[]
): CsvPreviewRow[] {
  const checked: CsvPreviewRow[] = rows.map(({ line, values }) => {
    const { input, problems } = validateCaseworker(values)
    return { line, values, input, problems: problems.map((p) => ({ kind: 'invalid' as const, ...p })) }
  })
  markDuplicates(checked, existing)
  return checked
}

function markDuplicates(rows: CsvPreviewRow[], existing: readonly ExistingCaseworkerKey[]): void {
  const registerEmails = new Map<string, ExistingCaseworkerKey>()
  const registerIds = new Map<string, ExistingCaseworkerKey>()
  for (const e of existing) {
    registerEmails.set(normaliseEmail(e.email), e)
    if (e.employeeId) registerIds.set(e.employeeId.trim(), e)
  }
  const fileEmails = new Map<string, number>()
  const fileIds = new Map<string, number>()
  for (const row of rows) {
    const email = row.values.email ? normaliseEmail(row.values.email) : ''
    const id = row.values.employeeId?.trim() ?? ''
    const firstEmail = email ? fileEmails.get(email) : undefined
    const firstId = id ? fileIds.get(id) : undefined
    if (firstEmail !== undefined)
      row.problems.push({
        kind: 'duplicate-in-file',
        field: 'email',
        message: csvFindingMessage({ code: 'same-email', firstLine: firstEmail })
      })
    else if (email) fileEmails.set(email, row.line)
    if (firstId !== undefined)
      row.problems.push({
        kind: 'duplicate-in-file',
        field: 'employeeId',
        message: csvFindingMessage({ code: 'same-employee-id', firstLine: firstId })
      })
    else if (id) fileIds.set(id, row.line)
    const inRegister = (email && registerEmails.get(email)) || (id && registerIds.get(id))
    if (inRegister)
      row.problems.push({ kind: 'duplicate-in-register', message: csvFindingMessage({ code: 'in-register', name: inRegister.name }) })
    if (row.problems.length) row.input = null
  }
}

/**
 * Public contract: parses a caseworker CSV file. `rows` holds the valid people; `errors` one entry
 * per problem with the 1-based physical line in the file (header = line 1). A later row with the
 * same e-mail (any case) or employee id as an earlier one is reported, not returned.
 */
export function parseCaseworkerCsv(bytes: Uint8Array): { rows: CaseworkerInput[]; errors: { line: number; message: string }[] } {
  const preview = previewCaseworkerCsv(bytes)
  const errors = [...preview.fileErrors]
  const rows: CaseworkerInput[] = []
  for (const row of preview.rows) {
    if (row.input) rows.push(row.input)
    for (const p of row.problems) errors.push({ line: row.line, message: p.message })
  }
  return { rows, errors }
}
