/**
 * What changed between two versions of an agreement draft, and a short Swedish summary of it
 * ("Ifyllt: postnummer. Ändrat: nämnd och kontaktperson för avtalet (e-post)."). Generic over the
 * data's shape, so fields the agreement form adds later are still reported (by their path).
 */
export type FieldChange = {
  path: string
  label: string
  kind: 'added' | 'changed' | 'removed'
  before?: string
  after?: string
}

const LABELS: Record<string, string> = {
  'municipality.name': 'kommunens namn',
  'municipality.organisationsnummer': 'organisationsnummer',
  board: 'nämnd',
  'address.street': 'gatuadress',
  'address.postalCode': 'postnummer',
  'address.city': 'postort',
  'caseSystem.product': 'verksamhetssystem',
  'caseSystem.vendor': 'leverantör',
  place: 'ort',
  date: 'datum'
}
const CONTACTS: Record<string, string> = {
  adminContact: 'kontaktperson för avtalet',
  technicalContact: 'kontaktperson för tekniska frågor'
}
const CONTACT_FIELDS: Record<string, string> = { name: 'namn', title: 'titel', email: 'e-post', phone: 'telefon' }
const SIGNATORY_FIELDS: Record<string, string> = {
  name: 'namn',
  title: 'titel',
  signature: 'underskrift',
  signedAt: 'datum för underskrift'
}

/** Lower-case Swedish label for a path in the agreement data. */
export function fieldLabel(path: string): string {
  if (LABELS[path]) return LABELS[path]
  const [head, second, third] = path.split('.')
  if (head && CONTACTS[head] && second) return `${CONTACTS[head]} (${CONTACT_FIELDS[second] ?? second})`
  if (head === 'signatories' && second !== undefined) {
    const who = `undertecknare ${Number(second) + 1}`
    return third ? `${who} (${SIGNATORY_FIELDS[third] ?? third})` : who
  }
  return path
}

type Leaf = string | number | boolean | Uint8Array | null

const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]'

/** Flattens data to path → leaf. A signature is one leaf (its kind and image or text), not its bytes. */
export function flattenFields(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value === undefined) return out
  if (value === null || typeof value !== 'object' || isBytes(value)) {
    out.set(prefix, value as Leaf)
    return out
  }
  if (/(^|\.)signature$/.test(prefix)) {
    const sig = value as { kind?: string; text?: string; png?: Uint8Array; signedOn?: string; scanName?: string }
    out.set(
      prefix,
      sig.kind === 'hand'
        ? `för hand ${sig.signedOn ?? ''} (${sig.scanName ?? ''})`
        : sig.kind === 'typed'
          ? `skriven: ${sig.text ?? ''}`
          : `${sig.kind === 'drawn' ? 'ritad' : 'bild'} (${sig.png?.length ?? 0} byte, ${checksum(sig.png)})`
    )
    return out
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  for (const [k, v] of entries) flattenFields(v, prefix ? `${prefix}.${k}` : k, out)
  return out
}

function checksum(bytes?: Uint8Array): string {
  if (!bytes) return '-'
  let h = 2166136261
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619)
  return (h >>> 0).toString(16)
}

const show = (v: Leaf | undefined): string => (v === undefined || v === null ? '' : isBytes(v) ? `${v.length} byte` : String(v))
const empty = (v: Leaf | undefined): boolean => show(v).trim() === ''

const sameLeaf = (a: Leaf | undefined, b: Leaf | undefined): boolean => {
  if (isBytes(a) && isBytes(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  return show(a) === show(b) && typeof a === typeof b
}

/** Field-by-field changes from `before` (undefined: nothing yet) to `after`, in the order of `after`. */
export function diffAgreement(before: unknown, after: unknown): FieldChange[] {
  const a = flattenFields(before)
  const b = flattenFields(after)
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))]
  const changes: FieldChange[] = []
  for (const path of paths) {
    const x = a.get(path)
    const y = b.get(path)
    if (sameLeaf(x, y) || (empty(x) && empty(y))) continue
    const kind = empty(x) ? 'added' : empty(y) ? 'removed' : 'changed'
    changes.push({ path, label: fieldLabel(path), kind, before: show(x), after: show(y) })
  }
  return changes
}

const joinSv = (items: string[], max = 4): string => {
  const shown = items.slice(0, max)
  const rest = items.length - shown.length
  if (rest > 0) return `${shown.join(', ')} och ${rest} till`
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}`
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** One line of Swedish for the version history. */
export function summarizeChanges(before: unknown, after: unknown): string {
  if (before === undefined) {
    const filled = diffAgreement(undefined, after).length
    return filled === 0 ? 'Första versionen (tom)' : `Första versionen: ${filled} ${filled === 1 ? 'uppgift' : 'uppgifter'} ifyllda`
  }
  const changes = diffAgreement(before, after)
  if (changes.length === 0) return 'Inga ändringar i uppgifterna'
  const group = (kind: FieldChange['kind']) => [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.label))]
  const parts: string[] = []
  const added = group('added')
  const changed = group('changed')
  const removed = group('removed')
  if (added.length) parts.push(`Ifyllt: ${joinSv(added)}`)
  if (changed.length) parts.push(`Ändrat: ${joinSv(changed)}`)
  if (removed.length) parts.push(`Tömt: ${joinSv(removed)}`)
  return cap(`${parts.join('. ')}.`)
}
