/**
 * The app's keyboard shortcuts, in one place: what each does, its keys, and how a key press is
 * matched. The shell (app/) runs the actions; the "Kortkommandon" dialog lists them from here.
 *
 * Rules: no shortcut fires while focus is in a field you type in (text, number, select, text area,
 * editable region) or inside a dialog; only "?" is a single character (WCAG 2.1.4), and
 * it can be turned off. Letters and digits are matched on the physical key (`code`), so Alt+1 works
 * on every layout and Alt+letter on a Mac (where Alt types a special character) too.
 */
import { shortcuts as t } from '@renderer/i18n/widgets'

export type ShortcutAction = { kind: 'area'; path: string } | { kind: 'newBoard' } | { kind: 'searchPeople' } | { kind: 'showShortcuts' }

/** One way to press a shortcut. `key` matches the character produced; `code` the physical key. */
export type KeyCombo = { key?: string; code?: string; alt?: boolean; ctrl?: boolean; shift?: boolean; singleKey?: boolean }

export type Shortcut = { id: string; label: string; combos: KeyCombo[]; action: ShortcutAction }

/** The areas in the order of the main menu; the first nine get Alt+1 … Alt+9. */
export type ShortcutArea = { path: string; label: string }

/** The subset of a KeyboardEvent the matcher reads (so it can be tested without a DOM). */
export type KeyPress = { key: string; code: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }

export const SINGLE_KEY_STORAGE = 'anslutningsguiden.shortcuts.singleKey'

/** Where a shortcut's action puts the cursor once its screen is showing. */
export const SHORTCUT_TARGET = { newBoard: 'new-board', searchPeople: 'people-search' } as const

export function buildShortcuts(areas: readonly ShortcutArea[]): Shortcut[] {
  const list: Shortcut[] = areas.slice(0, 9).map((a, i) => ({
    id: `area-${a.path}`,
    label: t.goTo(a.label),
    combos: [{ code: `Digit${i + 1}`, alt: true }],
    action: { kind: 'area', path: a.path }
  }))
  const paths = new Set(areas.map((a) => a.path))
  if (paths.has('anslutning'))
    list.push({ id: 'new-board', label: t.newBoard, combos: [{ code: 'KeyN', alt: true }], action: { kind: 'newBoard' } })
  if (paths.has('handlaggare'))
    list.push({ id: 'search-people', label: t.searchPeople, combos: [{ code: 'KeyS', alt: true }], action: { kind: 'searchPeople' } })
  list.push({
    id: 'show-shortcuts',
    label: t.showShortcuts,
    // Ctrl+/ by the character (on a Swedish keyboard "/" is Shift+7); "?" alone can be turned off.
    combos: [
      { key: '/', ctrl: true },
      { key: '?', singleKey: true }
    ],
    action: { kind: 'showShortcuts' }
  })
  return list
}

function comboMatches(combo: KeyCombo, e: KeyPress, singleKeyOn: boolean): boolean {
  if (combo.singleKey) {
    // A single character: whatever Shift it took to type it, but no other modifier.
    return singleKeyOn && e.key === combo.key && !e.altKey && !e.ctrlKey && !e.metaKey
  }
  if (Boolean(combo.alt) !== e.altKey || Boolean(combo.ctrl) !== (e.ctrlKey || e.metaKey)) return false
  if (combo.code) return e.code === combo.code && Boolean(combo.shift) === e.shiftKey
  // Matched by the character: Shift may be needed to type it (Ctrl+Shift+7 is Ctrl+/ on a Swedish keyboard).
  return e.key === combo.key
}

/** The shortcut this key press means, if any. */
export function matchShortcut(list: readonly Shortcut[], e: KeyPress, singleKeyOn = true): Shortcut | undefined {
  return list.find((s) => s.combos.some((c) => comboMatches(c, e, singleKeyOn)))
}

/** What the matcher needs to know about the element that has focus. */
export type FocusedElement = {
  tagName: string
  type?: string
  isContentEditable?: boolean
  readOnly?: boolean
  getAttribute(name: string): string | null
}

const NOT_TYPED_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden'])
const TYPED_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton'])

/** True while focus is where keys type text (or choose in a list): shortcuts stay quiet there. */
export function isTypingTarget(el: FocusedElement | null | undefined): boolean {
  if (!el) return false
  const tag = el.tagName.toLowerCase()
  if (tag === 'textarea' || tag === 'select') return true
  if (tag === 'input') return !NOT_TYPED_INPUTS.has((el.type ?? 'text').toLowerCase())
  if (el.isContentEditable) return true
  return TYPED_ROLES.has(el.getAttribute('role') ?? '')
}

/** The keys as the dialog shows them: one string per way of pressing, e.g. ["Alt", "1"]. */
export function comboKeys(combo: KeyCombo): string[] {
  const keys: string[] = []
  if (combo.ctrl) keys.push(t.keyNames.ctrl!)
  if (combo.alt) keys.push(t.keyNames.alt!)
  if (combo.shift) keys.push(t.keyNames.shift!)
  const code = combo.code
  keys.push(code ? code.replace(/^Digit|^Key/, '') : combo.key!)
  return keys
}

/** Whether "?" opens the list; on unless the user turned it off. */
export function readSingleKeyOn(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(SINGLE_KEY_STORAGE) !== 'off'
  } catch {
    return true
  }
}

export function writeSingleKeyOn(on: boolean, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(SINGLE_KEY_STORAGE, on ? 'on' : 'off')
  } catch {
    // Storage unavailable: the choice lasts until the window closes.
  }
}

/**
 * Puts the cursor in the element marked `data-shortcut-target="<name>"` once its screen has loaded
 * (areas load lazily, and the shell moves focus to the new screen first).
 */
export function focusShortcutTarget(name: string, timeoutMs = 4000): void {
  const started = Date.now()
  const tick = () => {
    const el = document.querySelector<HTMLElement>(`[data-shortcut-target="${name}"]`)
    if (el) {
      // After the shell's own move of focus to <main> on navigation (an effect after render).
      setTimeout(() => {
        el.focus()
        el.scrollIntoView({ block: 'center' })
      }, 60)
      return
    }
    if (Date.now() - started < timeoutMs) setTimeout(tick, 50)
  }
  tick()
}
