import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const PYTHON = '/usr/bin/python3'
// From the project root, where both vitest and Playwright run.
const FILLER = resolve(process.cwd(), 'tests/fixtures/forms/fill_form.py')

/** Whether Debian's python3-pypdf is there to fill forms outside the app's own PDF code. */
export const pypdfMissing: string | false = (() => {
  const r = spawnSync(PYTHON, ['-c', 'import pypdf'], { encoding: 'utf8' })
  return r.status === 0 ? false : `${PYTHON} has no pypdf (install the Debian package python3-pypdf)`
})()

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'undertaking-form-'))

/**
 * Fills a form with pypdf, the way a PDF reader does: 'rewrite' writes a whole new file,
 * 'incremental' appends a revision to the original bytes.
 */
export function fillWithPypdf(
  bytes: Uint8Array,
  mode: 'rewrite' | 'incremental',
  values: { name?: string; date?: string; tick?: boolean }
): { bytes: Uint8Array; onState: string } {
  const dir = tempDir()
  const src = join(dir, 'in.pdf')
  const dst = join(dir, 'out.pdf')
  writeFileSync(src, bytes)
  const args = [FILLER, mode, src, dst]
  if (values.name !== undefined) args.push('--name', values.name)
  if (values.date !== undefined) args.push('--date', values.date)
  if (values.tick) args.push('--tick')
  const onState = execFileSync(PYTHON, args, { encoding: 'utf8' }).trim()
  return { bytes: new Uint8Array(readFileSync(dst)), onState }
}

/**
 * Edits the page text the way a PDF editor would: qpdf writes the file in QDF form (content
 * streams uncompressed), the first text-drawing string is replaced by another one from the same
 * page, and fix-qdf repairs lengths and offsets.
 */
export function editFirstPageText(bytes: Uint8Array): Uint8Array {
  const dir = tempDir()
  writeFileSync(join(dir, 'in.pdf'), bytes)
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'in.pdf'), join(dir, 'qdf.pdf')])
  const text = readFileSync(join(dir, 'qdf.pdf')).toString('latin1')
  const strings = [...text.matchAll(/<([0-9a-fA-F]{8,})> Tj/g)]
  if (strings.length < 2) throw new Error('no text to edit')
  const [first, second] = [strings[0]!, strings[1]!]
  const edited = text.slice(0, first.index) + `<${second[1]}> Tj` + text.slice(first.index! + first[0].length)
  writeFileSync(join(dir, 'edited-qdf.pdf'), Buffer.from(edited, 'latin1'))
  const fixed = execFileSync('fix-qdf', [join(dir, 'edited-qdf.pdf')])
  return new Uint8Array(fixed)
}

export function writeTemp(bytes: Uint8Array, name = 'form.pdf'): string {
  const path = join(tempDir(), name)
  writeFileSync(path, bytes)
  return path
}
