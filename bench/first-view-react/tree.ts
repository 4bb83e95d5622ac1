import { createElement, type ReactNode } from 'react'

/** One saved DOM node: text, or [tag, attributes, children] (bench/run.mjs, snapshotFirstView). */
export type SavedNode = string | [string, Record<string, string>, SavedNode[]]

/** HTML attribute names whose React prop is spelled otherwise. */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule'
}

/** Present means on, whatever the value ("" included), as in HTML. */
const BOOLEAN = new Set(['open', 'hidden', 'disabled', 'checked', 'selected', 'readonly', 'required', 'multiple'])

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

/** "a: b; c-d: e" → { a: 'b', cD: 'e' } (custom properties keep their names). */
export function styleObject(css: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const decl of css.split(';')) {
    const at = decl.indexOf(':')
    if (at < 0) continue
    const name = decl.slice(0, at).trim()
    if (name) out[name.startsWith('--') ? name : camel(name)] = decl.slice(at + 1).trim()
  }
  return out
}

/** The React props that render these DOM attributes again. */
export function propsOf(attributes: Record<string, string>): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style') props.style = styleObject(value)
    else if (BOOLEAN.has(name)) props[PROP_NAMES[name] ?? name] = true
    else if (name === 'value') props.defaultValue = value
    else props[PROP_NAMES[name] ?? name] = value
  }
  return props
}

/** A saved node as a React element again (the key keeps siblings apart, as the app's lists do). */
export const elementOf = (node: SavedNode, key: number): ReactNode =>
  typeof node === 'string'
    ? node
    : createElement(node[0], { key, ...propsOf(node[1]) }, ...(node[2].length ? [node[2].map(elementOf)] : []))
