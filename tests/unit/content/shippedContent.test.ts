import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseChecklistContent, parseUsageRules } from '@renderer/domain/connection/content'
import { loadChecklist, loadUsageRules } from '@renderer/features/connection/content'

// The app loads the shipped content as typed data, without a schema library, so start-up does not wait for one.
// This test is where the content is validated instead (part of `npm test`, which a release passes):
// each file must pass its schema, and what the app loads must be exactly what the schema returns
// (no text the schema would have trimmed, no field it would have dropped).
const dir = resolve(import.meta.dirname, '../../../resources/content')
const read = (file: string) => readFileSync(resolve(dir, file), 'utf8')

describe('the shipped content, validated at build time and loaded as typed data', () => {
  it('connection-checklist.json passes its schema and loads unchanged', () => {
    const validated = parseChecklistContent(read('connection-checklist.json'))
    const loaded = loadChecklist()
    expect(loaded.ok).toBe(true)
    expect(loaded.ok && loaded.value).toStrictEqual(validated)
  })

  it('usage-rules.json passes its schema and loads unchanged', () => {
    const validated = parseUsageRules(read('usage-rules.json'))
    const loaded = loadUsageRules()
    expect(loaded.ok).toBe(true)
    expect(loaded.ok && loaded.value).toStrictEqual(validated)
  })

  it('a file the schema would change (padded text) is caught here', () => {
    const raw = JSON.parse(read('usage-rules.json')) as { title: string }
    const padded = { ...raw, title: ` ${raw.title} ` }
    expect(parseUsageRules(padded)).not.toStrictEqual(padded)
  })
})
