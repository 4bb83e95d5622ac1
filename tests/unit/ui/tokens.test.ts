import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nextSort } from '@renderer/ui/SortableTable'

/**
 * The design tokens (src/renderer/src/ui/tokens.css): both themes define the same colours, and
 * every text colour meets WCAG 2.1 AA contrast on the backgrounds it is used on.
 */
const css = readFileSync(resolve('src/renderer/src/ui/tokens.css'), 'utf8')

function colours(block: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of block.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out.set(m[1]!, m[2]!.toLowerCase())
  return out
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)')
const light = colours(css.slice(0, darkStart))
const dark = colours(css.slice(darkStart))

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const TEXT = ['color-text', 'color-text-muted', 'color-primary', 'color-primary-hover', 'color-danger', 'color-ok', 'color-warn']
const BACKGROUNDS = ['color-bg', 'color-surface', 'color-raised', 'color-sidebar', 'color-primary-soft']
/** Status colours on their own soft backgrounds (notices), plain text on every soft background. */
const SOFT: [string, string][] = [
  ['color-danger', 'color-danger-soft'],
  ['color-ok', 'color-ok-soft'],
  ['color-warn', 'color-warn-soft'],
  ['color-text', 'color-danger-soft'],
  ['color-text', 'color-ok-soft'],
  ['color-text', 'color-warn-soft'],
  ['color-primary', 'color-warn-soft'],
  ['color-primary', 'color-danger-soft'],
  ['color-primary', 'color-ok-soft'],
  ['color-on-primary', 'color-primary'],
  ['color-on-primary', 'color-primary-hover'],
  ['color-bg', 'color-danger']
]

describe.each([
  ['light', light],
  ['dark', dark]
])('the %s theme', (_name, theme) => {
  it('defines the same colours as the other theme (paper and ink are shared)', () => {
    const shared = (m: Map<string, string>) => [...m.keys()].filter((k) => !['color-paper', 'color-ink'].includes(k)).sort()
    expect(shared(light).length).toBeGreaterThanOrEqual(20)
    expect(shared(theme)).toEqual(shared(light))
  })

  it.each(TEXT.flatMap((t) => BACKGROUNDS.map((b) => [t, b] as const)))('%s on %s is at least 4.5:1', (text, bg) => {
    expect(contrast(theme.get(text)!, theme.get(bg)!)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(SOFT)('%s on %s is at least 4.5:1', (text, bg) => {
    expect(contrast(theme.get(text)!, theme.get(bg)!)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(['color-bg', 'color-raised', 'color-surface'])('form borders and the focus ring on %s are at least 3:1', (bg) => {
    expect(contrast(theme.get('color-border')!, theme.get(bg)!)).toBeGreaterThanOrEqual(3)
    expect(contrast(theme.get('color-focus')!, theme.get(bg)!)).toBeGreaterThanOrEqual(3)
  })
})

describe('contrast', () => {
  it('gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#777777')).toBe(1)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})

describe('nextSort', () => {
  it('starts a new column ascending and flips the same column', () => {
    expect(nextSort({ key: 'status', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'asc' })
    expect(nextSort({ key: 'name', direction: 'desc' }, 'status')).toEqual({ key: 'status', direction: 'asc' })
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' })
    expect(nextSort({ key: 'name', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' })
  })
})
