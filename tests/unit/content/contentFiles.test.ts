import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isStatementStatus } from '@renderer/domain/content/statement'
import { parseChecklistContent, parseUsageRules } from '@renderer/domain/connection/content'

/**
 * Walks every JSON file in resources/content: each string is either a label (an id, a title, a
 * version — keys listed below) or the text of a statement that carries a status and a known source.
 * A statement added as a bare string, or without a status or source, fails here.
 */
const dir = resolve(import.meta.dirname, '../../../resources/content')
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
const sources = JSON.parse(readFileSync(resolve(dir, 'sources.json'), 'utf8')) as { sources: { id: string; date: string | null }[] }
const sourceIds = new Set(sources.sources.map((s) => s.id))

/** Keys whose strings are labels or data, not statements presented as fact. */
const LABEL_KEYS = new Set(['id', 'title', 'nextAction', 'version', 'recipient', 'source', 'status'])

type Problem = string

function walk(value: unknown, path: string, inStatement: boolean, problems: Problem[]): void {
  if (typeof value === 'string') {
    const key = path
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '')
    if (!inStatement && !LABEL_KEYS.has(key)) problems.push(`${path}: text utan status och källa`)
    return
  }
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, inStatement, problems))
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const isStatement = 'text' in o || 'lines' in o
    if (isStatement) {
      if (!isStatementStatus(o.status)) problems.push(`${path}: status saknas eller är okänd (${String(o.status)})`)
      if (typeof o.source !== 'string' || !sourceIds.has(o.source))
        problems.push(`${path}: källa saknas eller är okänd (${String(o.source)})`)
      if ('review' in o) problems.push(`${path}: kommunens granskning hör inte hemma i det levererade innehållet`)
    }
    for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k, inStatement || isStatement, problems)
  }
}

const problemsOf = (json: unknown): Problem[] => {
  const problems: Problem[] = []
  walk(json, '', false, problems)
  return problems
}

describe('every content file: each statement has a source and a status', () => {
  it('finds the content files', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'connection-checklist.json',
        'usage-rules.json',
        'undertaking-default.json',
        'fk-address.json',
        'sources.json'
      ])
    )
  })

  for (const file of files.filter((f) => f !== 'sources.json')) {
    it(file, () => {
      expect(problemsOf(JSON.parse(readFileSync(resolve(dir, file), 'utf8')))).toEqual([])
    })
  }

  it('the walker fails a bare string, a missing status and an unknown source', () => {
    expect(problemsOf({ help: 'Avtalet är ingånget när parten kan använda tjänsten.' })).toEqual(['help: text utan status och källa'])
    expect(problemsOf({ help: { text: 'x', source: 'fk-avtal' } })).toEqual(['help: status saknas eller är okänd (undefined)'])
    expect(problemsOf({ rules: [{ text: 'x', status: 'källa', source: 'någonstans' }] })).toEqual([
      'rules[0]: källa saknas eller är okänd (någonstans)'
    ])
    expect(problemsOf({ note: { text: 'x', status: 'fakta', source: 'fk-avtal' } })).toEqual(['note: status saknas eller är okänd (fakta)'])
  })

  it('the shipped files pass the loaders’ schemas', () => {
    expect(() => parseChecklistContent(readFileSync(resolve(dir, 'connection-checklist.json'), 'utf8'))).not.toThrow()
    expect(() => parseUsageRules(readFileSync(resolve(dir, 'usage-rules.json'), 'utf8'))).not.toThrow()
  })
})

describe('sources', () => {
  it('each has title, publisher, address, what the app takes from it, and its own date or an explicit none', () => {
    for (const s of JSON.parse(readFileSync(resolve(dir, 'sources.json'), 'utf8')).sources) {
      for (const k of ['id', 'title', 'publisher', 'address', 'usedFor', 'dateKind']) expect(s[k], `${s.id}.${k}`).toMatch(/\S/)
      expect(s.date === null || /^\d{4}-\d{2}-\d{2}$/.test(s.date), s.id).toBe(true)
      expect(s.address, 'plain text, never a link the app could fetch').not.toMatch(/^https?:/)
    }
  })

  it("FK's page carries its own date, 2025-02-15", () => {
    expect(sources.sources.find((s) => s.id === 'fk-avtal')!.date).toBe('2025-02-15')
  })

  it('every source is used by some statement', () => {
    const all = files.map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n')
    for (const id of sourceIds) expect(all.match(new RegExp(`"source": "${id}"`, 'g'))?.length ?? 0, id).toBeGreaterThan(0)
  })
})

describe('what FK’s page does not say is never presented as its fact', () => {
  const checklist = JSON.parse(readFileSync(resolve(dir, 'connection-checklist.json'), 'utf8'))
  const statements: { text: string; status: string; source: string }[] = []
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect)
    else if (v && typeof v === 'object') {
      if ('text' in v) statements.push(v as never)
      Object.values(v).forEach(collect)
    }
  }
  for (const f of files) collect(JSON.parse(readFileSync(resolve(dir, f), 'utf8')))

  it.each([['ingånget när parten kan använda tjänsten'], ['e-post'], ['loggas'], ['tjänsteskrivelse'], ['kundgrupp']])(
    '”%s” is not stated as a fact sourced to FK’s page',
    (phrase) => {
      const hits = statements.filter((s) => s.text.includes(phrase))
      expect(hits.length).toBeGreaterThan(0)
      for (const s of hits) expect(s.status === 'källa' && s.source === 'fk-avtal', s.text).toBe(false)
    }
  )

  it('keeps the seed facts: "eller motsvarande funktion", the first step, SKR for more, the consent check, the optional template', () => {
    const text = statements
      .filter((s) => s.source === 'fk-avtal' && s.status === 'källa')
      .map((s) => s.text)
      .join(' ')
    expect(text).toContain('kontaktcenter eller motsvarande funktion')
    expect(text).toContain('första steg i handläggningsprocessen')
    expect(checklist.processSource.text).toContain('Sveriges Kommuner och Regioners webbplats')
    expect(text).toContain('kontrollerar medgivandet inom anslutningsprocessen')
    expect(text).toContain('har möjlighet att använda')
  })
})
