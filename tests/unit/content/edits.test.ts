import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChecklistContent, parseUsageRules } from '@renderer/domain/connection/content'
import {
  applyToChecklist,
  applyToUsageRules,
  effectiveItems,
  historyOf,
  standardItems,
  taskKey,
  ruleKey,
  legalKey,
  type ContentEdit,
  type TaskValue
} from '@renderer/domain/content/edits'
import { buildPack, diffPack, editsFromPack, packBytes, preselected } from '@renderer/domain/content/pack'
import { parseContentPack } from '@renderer/domain/content/packSchema'

const dir = resolve(import.meta.dirname, '../../../resources/content')
const checklist = parseChecklistContent(readFileSync(resolve(dir, 'connection-checklist.json'), 'utf8'))
const rules = parseUsageRules(readFileSync(resolve(dir, 'usage-rules.json'), 'utf8'))
const standard = standardItems(checklist, rules)
const shippedTask = (id: string) => standard.find((i) => i.key === taskKey(id))!.value as TaskValue

let seq = 0
const edit = (itemKey: string, value: ContentEdit['value'], origin: ContentEdit['origin'] = 'local', by = 'Åsa'): ContentEdit => ({
  seq: ++seq,
  itemKey,
  kind: itemKey.split(':')[0] as ContentEdit['kind'],
  value,
  by,
  at: `2026-12-0${Math.min(9, seq)}T10:00:00.000Z`,
  origin
})

describe('editable content', () => {
  it('without edits the checklist and rules are the shipped ones', () => {
    expect(applyToChecklist(checklist, [])).toBe(checklist)
    expect(applyToUsageRules(rules, [])).toBe(rules)
  })

  it('an edited task keeps its id, position and flags; the latest edit wins; reset brings back the standard', () => {
    const base = shippedTask('protokollsutdrag')
    const e1 = edit(taskKey('protokollsutdrag'), { ...base, title: 'Spara protokollet i diariet' })
    const e2 = edit(taskKey('protokollsutdrag'), { ...base, title: 'Spara protokollet i W3D3' })
    const step = (c: typeof checklist) => c.steps[1]!.tasks
    const edited = applyToChecklist(checklist, [e1, e2])
    expect(step(edited).map((t) => t.id)).toEqual(step(checklist).map((t) => t.id))
    expect(step(edited)[2]).toMatchObject({ id: 'protokollsutdrag', title: 'Spara protokollet i W3D3', evidence: true })
    expect(historyOf([e1, e2], taskKey('protokollsutdrag')).map((e) => e.value && (e.value as TaskValue).title)).toEqual([
      'Spara protokollet i W3D3',
      'Spara protokollet i diariet'
    ])
    const reset = edit(taskKey('protokollsutdrag'), null, 'reset')
    expect(step(applyToChecklist(checklist, [e1, e2, reset]))[2]).toEqual(step(checklist)[2])
  })

  it('an own task is added to its step; a task marked not applicable leaves the checklist', () => {
    const own = edit(taskKey('egen-1'), {
      stepId: 'for-dialog',
      title: 'Informera IT-avdelningen',
      nextAction: 'Informera IT',
      help: { text: 'Vår egen rutin.', status: 'förslag', source: 'anslutningsguiden' },
      custom: true
    })
    const na = edit(taskKey('kundgrupp'), { ...shippedTask('kundgrupp'), notApplicable: true })
    const c = applyToChecklist(checklist, [own, na])
    expect(c.steps[3]!.tasks.map((t) => t.id)).toEqual(['bestall-integration', 'test-driftstart', 'egen-1'])
    expect(effectiveItems(standard, [own, na]).find((i) => i.key === taskKey('kundgrupp'))!.value).toMatchObject({ notApplicable: true })
  })

  it('edits rules and legal references by id', () => {
    const confirmed = {
      ...rules.legalReferences[0]!,
      text: '11 kap. socialtjänstlagen (2025:400)',
      review: { by: 'Karin', on: '2026-12-01' }
    }
    const r = applyToUsageRules(rules, [
      edit(legalKey('sol-2025'), confirmed),
      edit(ruleKey('namnder'), { ...rules.rules[1]!, text: 'Hos oss: socialnämnden.' })
    ])
    expect(r.legalReferences[0]).toEqual(confirmed)
    expect(r.rules[1]!.text).toBe('Hos oss: socialnämnden.')
    expect(r.rules.length).toBe(rules.rules.length)
  })
})

describe('content packs', () => {
  const at = new Date('2026-12-01T12:00:00Z')

  it('export → import of unchanged content shows nothing to apply', () => {
    const items = effectiveItems(standard, [])
    const parsed = parseContentPack(packBytes(buildPack(items, 'Åsa', at)))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(diffPack(items, parsed.pack).every((r) => r.change === 'same')).toBe(true)
  })

  it('a changed pack: changes are shown; an item edited here is not preselected; applying adds one version per item', () => {
    const local = edit(taskKey('kostnader'), { ...shippedTask('kostnader'), title: 'Vår egen kostnadsrubrik' })
    const current = effectiveItems(standard, [local])
    const pack = buildPack(effectiveItems(standard, []), 'Länssamordnaren', at)
    const k = pack.items.find((i) => i.key === taskKey('loggning'))!
    ;(k.value as TaskValue).title = 'Ställ krav på loggning (länets rutin)'
    pack.items.push({
      key: taskKey('lan-1'),
      kind: 'task',
      value: {
        stepId: 'stall-krav',
        title: 'Länets egen uppgift',
        nextAction: 'Gör länets uppgift',
        help: { text: 'Från länet.', status: 'förslag', source: 'anslutningsguiden' },
        custom: true
      }
    })
    const rows = diffPack(current, pack)
    const byKey = new Map(rows.map((r) => [r.key, r]))
    expect(byKey.get(taskKey('loggning'))).toMatchObject({ change: 'changed', localEdit: false })
    expect(byKey.get(taskKey('lan-1'))).toMatchObject({ change: 'new', current: null })
    expect(byKey.get(taskKey('kostnader'))).toMatchObject({ change: 'changed', localEdit: true })
    expect(preselected(byKey.get(taskKey('kostnader'))!)).toBe(false)
    const chosen = rows.filter(preselected)
    expect(chosen.map((r) => r.key).sort()).toEqual([taskKey('lan-1'), taskKey('loggning')])
    const added = editsFromPack(chosen, 'Åsa', at, 'lan.json')
    expect(added.every((e) => e.origin === 'pack' && e.by === 'Åsa' && e.packName === 'lan.json')).toBe(true)
    const after = effectiveItems(standard, [local, ...added.map((e, i) => ({ ...e, seq: 100 + i }))])
    expect(after.find((i) => i.key === taskKey('kostnader'))!.value).toMatchObject({ title: 'Vår egen kostnadsrubrik' })
    expect(after.find((i) => i.key === taskKey('loggning'))!.value).toMatchObject({ title: 'Ställ krav på loggning (länets rutin)' })
  })

  it.each([
    ['not JSON', new TextEncoder().encode('{ inte json'), /inte ett innehållspaket/],
    ['another format', new TextEncoder().encode('{"format":"backup"}'), /inte ett innehållspaket från Anslutningsguiden/],
    ['a newer format version', new TextEncoder().encode('{"format":"anslutningsguiden-innehall","formatVersion":2}'), /version av appen/],
    [
      'a statement without status',
      new TextEncoder().encode(
        JSON.stringify({
          format: 'anslutningsguiden-innehall',
          formatVersion: 1,
          exportedAt: 'x',
          exportedBy: '',
          items: [{ key: 'rule:a', kind: 'rule', value: { id: 'a', text: 'x', source: 'fk-avtal' } }]
        })
      ),
      /har fel \(items\.0\.value\.status\)/
    ]
  ])('refuses %s with a clear Swedish message', (_name, bytes, message) => {
    const r = parseContentPack(bytes)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(message)
      expect(r.message).toContain('Inget har ändrats.')
    }
  })

  it('never throws, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.json().map((j) => new TextEncoder().encode(j))
        ),
        (bytes) => {
          const r = parseContentPack(bytes)
          expect(typeof r.ok).toBe('boolean')
        }
      ),
      { numRuns: 300 }
    )
  })
})
