import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError, parseChecklistContent, parseUsageRules } from '@renderer/domain/connection/content'

const root = resolve(import.meta.dirname, '../../..')
const shippedText = readFileSync(resolve(root, 'resources/content/connection-checklist.json'), 'utf8')
const shipped = () => JSON.parse(shippedText) as Record<string, any>
const rulesText = readFileSync(resolve(root, 'resources/content/usage-rules.json'), 'utf8')

function problemOf(json: unknown): ContentError {
  try {
    parseChecklistContent(json)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return error as ContentError
  }
  throw new Error('expected a ContentError')
}

describe('the shipped checklist content', () => {
  it('passes its schema: five steps in FK order, each with tasks, five agreement sub-steps', () => {
    const c = parseChecklistContent(shipped())
    expect(c.steps.map((s) => s.title)).toEqual(['Stäm av', 'Fatta beslut', 'Teckna avtal', 'För dialog', 'Ställ krav'])
    expect(c.steps.every((s) => s.tasks.length > 0)).toBe(true)
    expect(c.agreementSubSteps.map((s) => s.id)).toEqual(['terms-read', 'sent', 'quality-assured', 'approved', 'registered'])
    expect(c.processSource.text).toContain('skr.se')
    expect(c.forecast).toMatchObject({ minWorkingDays: 10, maxWorkingDays: 15 })
  })

  it('accepts JSON text as well as parsed JSON', () => {
    expect(parseChecklistContent(shippedText).version).toBe(shipped().version)
  })

  it("has usage rules with both legal references: the current law unconfirmed, FK's reference sourced", () => {
    const rules = parseUsageRules(rulesText)
    const text = rules.rules.map((r) => r.text).join(' ')
    expect(text).toContain('ekonomiskt bistånd')
    expect(text).toContain('kontaktcenter eller motsvarande funktion')
    expect(text).toContain('första steg i handläggningsprocessen')
    expect(rules.legalReferences.find((r) => r.id === 'sol-2025')).toMatchObject({ status: 'obekräftad', source: 'sol-2025' })
    expect(rules.legalReferences.find((r) => r.id === 'fk-sol-2001')).toMatchObject({ status: 'källa', source: 'fk-avtal' })
    expect(rules.legalReferences.find((r) => r.id === 'fk-sol-2001')!.text).toContain('4 kap. socialtjänstlagen (2001:453)')
  })
})

describe('a malformed content file gives a clear Swedish error, not a crash', () => {
  it('text that is not JSON', () => {
    expect(problemOf('{ "version": ').message).toContain('inte giltig JSON')
  })

  it('a missing step list', () => {
    const c = shipped()
    delete c.steps
    const e = problemOf(c)
    expect(e.message).toMatch(/^Innehållsfilen connection-checklist\.json har fel/)
    expect(e.problems).toContain('steps saknas eller har fel typ')
  })

  it('steps in the wrong order', () => {
    const c = shipped()
    ;[c.steps[0], c.steps[1]] = [c.steps[1], c.steps[0]]
    expect(problemOf(c).message).toContain('ska vara ”stam-av”')
  })

  it('an empty task title', () => {
    const c = shipped()
    c.steps[1].tasks[0].title = '  '
    expect(problemOf(c).problems.join()).toContain('steps.1.tasks.0.title')
  })

  it('a municipality review date that is not a date', () => {
    const c = shipped()
    c.steps[0].tasks[0].help.review = { by: 'Anna', on: '2026-02-30' }
    expect(problemOf(c).problems.join()).toContain('steps.0.tasks.0.help.review.on: ska vara ett datum ÅÅÅÅ-MM-DD')
  })

  it('a statement without a status, or with an unknown one', () => {
    const c = shipped()
    delete c.steps[0].tasks[0].help.status
    expect(problemOf(c).problems.join()).toContain('steps.0.tasks.0.help.status')
    const d = shipped()
    d.steps[0].summary.status = 'fakta'
    expect(problemOf(d).problems.join()).toContain('steps.0.summary.status har ett okänt värde')
  })

  it('a task id used twice', () => {
    const c = shipped()
    c.steps[4].tasks[0].id = c.steps[0].tasks[0].id
    expect(problemOf(c).message).toContain(`uppgiften ”${c.steps[0].tasks[0].id}” finns två gånger`)
  })

  it('null, an array, or a forecast window turned around', () => {
    expect(problemOf(null).problems).toEqual(['filen saknas eller har fel typ'])
    expect(problemOf([]).problems).toEqual(['filen saknas eller har fel typ'])
    const c = shipped()
    c.forecast.minWorkingDays = 20
    expect(problemOf(c).message).toContain('minsta antal arbetsdagar är större än största')
  })

  it('usage rules without rules', () => {
    expect(() => parseUsageRules({ ...JSON.parse(rulesText), rules: [] })).toThrow(/usage-rules\.json har fel/)
  })
})
