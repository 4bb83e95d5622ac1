import type { AgreementInput } from '@renderer/domain/agreement/types'
import { diffAgreement, flattenAgreement, type FieldChange, type Leaf } from '@renderer/domain/drafts/agreementDiff'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { ag, agreementFieldLabel, agreementSections, signingFields, type AgreementSectionId } from '@renderer/i18n/agreement'

/**
 * What the version history shows, made from two snapshots: every field under its section, with
 * the form's labels in the form's order, values as people read them (times in Swedish time, a
 * signature by its kind), and what changed since the version before. Pure: unit-tested without React.
 */

const t = ag.versions

export type VersionRow = { path: string; label: string; value: string; changed: boolean }
export type VersionSection = { id: AgreementSectionId | 'round' | 'events'; title: string; rows: VersionRow[] }
export type VersionChange = { path: string; label: string; kind: FieldChange['kind']; before: string; after: string }

const isTime = (path: string) => /^signatories\.\d+\.signedAt$|^signingRound\.startedAt$/.test(path)
const when = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : formatStockholmTime(iso))

/** A value as the history shows it; '' for nothing. */
export function showValue(path: string, value: Leaf | undefined): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'object') return isTime(path) && typeof value === 'string' && value ? when(value) : String(value)
  if (value.kind === 'event') return `${when(value.at)} ${value.text}`
  const s = value.signature
  if (s.kind === 'typed') return t.signature.typed(s.text)
  if (s.kind === 'hand') return t.signature.hand(s.signedOn, s.scanName)
  const check = value.key.split(':').at(-1) ?? ''
  return s.kind === 'drawn' ? t.signature.drawn(check) : t.signature.image(check)
}

/** Every path of the data in the form's order: the form's fields, what signing adds per signatory, the round, the events. */
function orderedPaths(data: AgreementInput | undefined, other?: AgreementInput): string[] {
  const signatories = Math.max(data?.signatories?.length ?? 0, other?.signatories?.length ?? 0)
  const events = Math.max(data?.events?.length ?? 0, other?.events?.length ?? 0)
  return [
    ...agreementSections(0)
      .filter((s) => s.id !== 'signatories')
      .flatMap((s) => s.fields.map((f) => f.path)),
    ...Array.from({ length: signatories }, (_, i) => [
      ...agreementSections(i + 1)
        .find((s) => s.id === 'signatories')!
        .fields.slice(i * 2)
        .map((f) => f.path),
      ...signingFields(i).map((f) => f.path)
    ]).flat(),
    'signingRound.startedAt',
    'signingRound.contentSha256',
    ...Array.from({ length: events }, (_, i) => `events.${i}`)
  ]
}

/** The label of any path in the history: the form's words, or the history's own for the round and the events. */
export function historyLabel(path: string): string {
  if (path === 'signingRound.startedAt') return t.roundStarted
  if (path === 'signingRound.contentSha256') return t.roundChecksum
  if (/^events\.\d+$/.test(path)) return t.event
  return agreementFieldLabel(path)
}

/** What changed from `before` to `after` (undefined `before`: the first version), in the form's order. */
export function versionChanges(before: AgreementInput | undefined, after: AgreementInput): VersionChange[] {
  const order = orderedPaths(after, before)
  const rank = (p: string) => {
    const i = order.indexOf(p)
    return i === -1 ? order.length : i
  }
  return diffAgreement(before, after)
    .map((c) => ({
      path: c.path,
      label: historyLabel(c.path),
      kind: c.kind,
      before: showValue(c.path, c.before),
      after: showValue(c.path, c.after)
    }))
    .sort((a, b) => rank(a.path) - rank(b.path))
}

/** One line for the history's table: how many fields the first version has, or what changed since the one before. */
export function changeSummary(before: AgreementInput | undefined, after: AgreementInput): string {
  const fields = (c: VersionChange) => !/^events\./.test(c.path)
  if (!before) return t.first(versionChanges(undefined, after).filter(fields).length)
  const changes = versionChanges(before, after).filter(fields)
  const group = (kind: VersionChange['kind']) => [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.label))]
  return t.summary({ added: group('added'), changed: group('changed'), removed: group('removed') })
}

/** A version's whole content, section by section as in the form, with the fields changed since `before` marked. */
export function versionSections(data: AgreementInput, before?: AgreementInput): VersionSection[] {
  const values = flattenAgreement(data)
  const changed = new Set(before ? diffAgreement(before, data).map((c) => c.path) : [])
  const row = (path: string, label: string): VersionRow => ({
    path,
    label,
    value: showValue(path, values.get(path)),
    changed: changed.has(path)
  })
  const signatories = data.signatories?.length ?? 0
  const sections: VersionSection[] = agreementSections(signatories).map((s) => ({
    id: s.id,
    title: s.title,
    rows:
      s.id === 'signatories'
        ? Array.from({ length: signatories }, (_, i) => [
            ...s.fields.slice(i * 2, i * 2 + 2).map((f) => row(f.path, f.label)),
            ...signingFields(i)
              .filter((f) => values.has(f.path))
              .map((f) => row(f.path, f.label))
          ]).flat()
        : s.fields.map((f) => row(f.path, f.label))
  }))
  if (data.signingRound)
    sections.push({
      id: 'round',
      title: t.round,
      rows: [row('signingRound.startedAt', t.roundStarted), row('signingRound.contentSha256', t.roundChecksum)]
    })
  if (data.events?.length) sections.push({ id: 'events', title: t.events, rows: data.events.map((_, i) => row(`events.${i}`, t.event)) })
  return sections
}
