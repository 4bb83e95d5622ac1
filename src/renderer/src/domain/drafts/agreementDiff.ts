import type { Signature } from '@renderer/domain/agreement/types'

/**
 * What changed between two versions of an agreement draft, field by field, as data: the paths
 * ("adminContact.email", "signatories.0.signature", "events.2") and their values. Words and the
 * form's order are the version history's business (features/agreement/versionView.ts). Generic over
 * the data's shape, so a field the form adds later is still reported.
 */

/** A signature compared as one value; `key` tells two drawings apart without showing their bytes. */
export type SignatureLeaf = { kind: 'signature'; signature: Signature; key: string }
/** One line of the draft's event list. */
export type EventLeaf = { kind: 'event'; at: string; text: string }
export type Leaf = string | number | boolean | null | SignatureLeaf | EventLeaf

export type FieldChange = { path: string; kind: 'added' | 'changed' | 'removed'; before?: Leaf; after?: Leaf }

const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]'
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object'

/** Flattens agreement data to path → value. A signature and an event are one value each. */
export function flattenAgreement(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value === undefined) return out
  if (/(^|\.)signature$/.test(prefix) && isObject(value)) {
    out.set(prefix, { kind: 'signature', signature: value as Signature, key: signatureKey(value) })
    return out
  }
  if (/^events\.\d+$/.test(prefix) && isObject(value)) {
    out.set(prefix, { kind: 'event', at: text(value.at), text: text(value.text) })
    return out
  }
  if (!isObject(value) || isBytes(value)) {
    out.set(prefix, isBytes(value) ? `${value.length}:${checksum(value)}` : (value as Leaf))
    return out
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  for (const [k, v] of entries) flattenAgreement(v, prefix ? `${prefix}.${k}` : k, out)
  return out
}

function signatureKey(sig: Record<string, unknown>): string {
  const png = isBytes(sig.png) ? `${sig.png.length}:${checksum(sig.png)}` : ''
  return [sig.kind, sig.text, sig.signedOn, sig.scanName, sig.scanSha256, png].map(text).join('|')
}

/** FNV-1a over the bytes: tells two drawings apart; not for security. */
export function checksum(bytes: Uint8Array): string {
  let h = 2166136261
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619)
  return (h >>> 0).toString(16).padStart(8, '0')
}

const keyOf = (v: Leaf | undefined): string => {
  if (v === undefined || v === null) return ''
  if (typeof v !== 'object') return String(v).trim()
  return v.kind === 'signature' ? `signature:${v.key}` : `event:${v.at}|${v.text}`
}

/** Field-by-field changes from `before` (undefined: nothing yet) to `after`, in the order of `after`, then what was removed. */
export function diffAgreement(before: unknown, after: unknown): FieldChange[] {
  const a = flattenAgreement(before)
  const b = flattenAgreement(after)
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))]
  const changes: FieldChange[] = []
  for (const path of paths) {
    const x = a.get(path)
    const y = b.get(path)
    const [kx, ky] = [keyOf(x), keyOf(y)]
    if (kx === ky) continue
    const kind = kx === '' ? 'added' : ky === '' ? 'removed' : 'changed'
    changes.push({ path, kind, ...(x !== undefined && { before: x }), ...(y !== undefined && { after: y }) })
  }
  return changes
}

/** True when the two drafts' data differ in any field. */
export const agreementDataDiffers = (before: unknown, after: unknown): boolean => diffAgreement(before, after).length > 0
