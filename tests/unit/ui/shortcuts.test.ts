import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildShortcuts,
  comboKeys,
  isTypingTarget,
  matchShortcut,
  readSingleKeyOn,
  SINGLE_KEY_STORAGE,
  writeSingleKeyOn,
  type FocusedElement,
  type KeyPress
} from '@renderer/ui/shortcuts'

const AREAS = [
  { path: 'anslutning', label: 'Anslutning' },
  { path: 'avtal', label: 'Avtal' },
  { path: 'handlaggare', label: 'Handläggare' },
  { path: 'sakerhetskopiering', label: 'Säkerhetskopiering' },
  { path: 'innehall', label: 'Innehåll och källor' },
  { path: 'installningar', label: 'Inställningar' }
]
const list = buildShortcuts(AREAS)
const press = (p: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...p
})
const el = (tagName: string, extra: Partial<FocusedElement> & { role?: string } = {}): FocusedElement => ({
  tagName,
  ...extra,
  getAttribute: (name) => (name === 'role' ? (extra.role ?? null) : null)
})

describe('the shortcut list', () => {
  it('has Alt+1 … Alt+6 for the six areas in menu order, then the actions, with Swedish labels', () => {
    expect(list.map((s) => s.label)).toEqual([
      'Gå till Anslutning',
      'Gå till Avtal',
      'Gå till Handläggare',
      'Gå till Säkerhetskopiering',
      'Gå till Innehåll och källor',
      'Gå till Inställningar',
      'Lägg till en nämnd',
      'Sök bland handläggarna',
      'Visa kortkommandon'
    ])
    expect(comboKeys(list[0]!.combos[0]!)).toEqual(['Alt', '1'])
    expect(comboKeys(list[6]!.combos[0]!)).toEqual(['Alt', 'N'])
    expect(list.at(-1)!.combos.map(comboKeys)).toEqual([['Ctrl', '/'], ['?']])
  })

  it('in safe mode (two areas) offers only those and the list itself', () => {
    const safe = buildShortcuts([AREAS[3]!, AREAS[5]!])
    expect(safe.map((s) => s.id)).toEqual(['area-sakerhetskopiering', 'area-installningar', 'show-shortcuts'])
  })

  it('no two shortcuts share a key combination', () => {
    const keys = list.flatMap((s) => s.combos.map((c) => JSON.stringify(comboKeys(c))))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('matching a key press', () => {
  it('Alt+digit goes to that area, on the physical key', () => {
    expect(matchShortcut(list, press({ code: 'Digit3', key: '3', altKey: true }))?.action).toEqual({ kind: 'area', path: 'handlaggare' })
    // A Mac's Alt+1 types "¡": still the 1 key.
    expect(matchShortcut(list, press({ code: 'Digit1', key: '¡', altKey: true }))?.action).toEqual({ kind: 'area', path: 'anslutning' })
    expect(matchShortcut(list, press({ code: 'Digit7', key: '7', altKey: true }))).toBeUndefined()
  })

  it('a digit or letter without Alt, or with Ctrl too, is just typing', () => {
    expect(matchShortcut(list, press({ code: 'Digit1', key: '1' }))).toBeUndefined()
    expect(matchShortcut(list, press({ code: 'KeyN', key: 'n' }))).toBeUndefined()
    expect(matchShortcut(list, press({ code: 'Digit1', key: '1', altKey: true, ctrlKey: true }))).toBeUndefined()
    expect(matchShortcut(list, press({ code: 'KeyN', key: 'N', altKey: true, shiftKey: true }))).toBeUndefined()
  })

  it('Ctrl+/ opens the list on any layout (Ctrl+Shift+7 on a Swedish keyboard), as does Cmd+/', () => {
    expect(matchShortcut(list, press({ key: '/', code: 'Digit7', ctrlKey: true, shiftKey: true }))?.id).toBe('show-shortcuts')
    expect(matchShortcut(list, press({ key: '/', code: 'Slash', ctrlKey: true }))?.id).toBe('show-shortcuts')
    expect(matchShortcut(list, press({ key: '/', code: 'Slash', metaKey: true }))?.id).toBe('show-shortcuts')
  })

  it('"?" opens the list unless the single-key shortcut is turned off; Ctrl+? or Alt+? never do', () => {
    expect(matchShortcut(list, press({ key: '?', code: 'Minus', shiftKey: true }))?.id).toBe('show-shortcuts')
    expect(matchShortcut(list, press({ key: '?', code: 'Minus', shiftKey: true }), false)).toBeUndefined()
    expect(matchShortcut(list, press({ key: '?', shiftKey: true, altKey: true }))).toBeUndefined()
    expect(matchShortcut(list, press({ key: '?', shiftKey: true, ctrlKey: true }))).toBeUndefined()
  })

  it('no printable key without Ctrl or Alt does anything except "?"', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.boolean(), (key, shiftKey) => {
        const hit = matchShortcut(list, press({ key, code: 'KeyA', shiftKey }))
        expect(hit === undefined || key === '?').toBe(true)
      })
    )
  })
})

describe('typing targets', () => {
  it('text fields, text areas, selects, editable regions and comboboxes are typing targets', () => {
    for (const type of ['text', 'search', 'email', 'tel', 'number', 'password', 'date', undefined])
      expect(isTypingTarget(el('INPUT', { type })), String(type)).toBe(true)
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true)
    expect(isTypingTarget(el('SELECT'))).toBe(true)
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true)
    expect(isTypingTarget(el('DIV', { role: 'combobox' }))).toBe(true)
    expect(isTypingTarget(el('SPAN', { role: 'textbox' }))).toBe(true)
  })
  it('buttons, links, checkboxes and the page itself are not', () => {
    for (const type of ['button', 'submit', 'checkbox', 'radio', 'file']) expect(isTypingTarget(el('INPUT', { type })), type).toBe(false)
    expect(isTypingTarget(el('BUTTON'))).toBe(false)
    expect(isTypingTarget(el('A'))).toBe(false)
    expect(isTypingTarget(el('BODY'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('the single-key setting', () => {
  it('is on by default, remembers "off", and survives storage that throws', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    expect(readSingleKeyOn(storage)).toBe(true)
    writeSingleKeyOn(false, storage)
    expect(store.get(SINGLE_KEY_STORAGE)).toBe('off')
    expect(readSingleKeyOn(storage)).toBe(false)
    writeSingleKeyOn(true, storage)
    expect(readSingleKeyOn(storage)).toBe(true)
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      }
    }
    expect(readSingleKeyOn(broken)).toBe(true)
    expect(() => writeSingleKeyOn(false, broken)).not.toThrow()
  })
})
