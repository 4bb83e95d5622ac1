import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Writes bytes to a fresh temp file and returns its path. */
export function tempPdf(bytes: Uint8Array, name = 'out.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'agreement-pdf-'))
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

/** qpdf --check: exit 0 means no errors (2) and no warnings (3). */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

export const pdftotext = (path: string, ...args: string[]): string => execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' })

export function pdfinfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
  )
}

/** pdffonts rows: name, type, emb, sub. */
export function pdffonts(path: string): { name: string; emb: string; sub: string }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/)
    // name type [type2] encoding emb sub uni object ID
    const n = cols.length
    return { name: cols[0]!, emb: cols[n - 5]!, sub: cols[n - 4]! }
  })
}
