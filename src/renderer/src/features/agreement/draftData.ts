import type { AgreementInput } from '@renderer/domain/agreement/types'

/** Immutable update of a dotted path ("adminContact.email", "signatories.0.name") in the agreement data. */
export function setAtPath(data: AgreementInput, path: string, value: string): AgreementInput {
  const parts = path.split('.')
  const update = (obj: unknown, i: number): unknown => {
    const key = parts[i]!
    const isIndex = /^\d+$/.test(key)
    const base: Record<string, unknown> | unknown[] = Array.isArray(obj)
      ? [...(obj as unknown[])]
      : { ...((obj as Record<string, unknown>) ?? {}) }
    const current = (base as Record<string, unknown>)[key]
    const next = i === parts.length - 1 ? value : update(current ?? (isIndex ? {} : {}), i + 1)
    ;(base as Record<string, unknown>)[key] = next
    return base
  }
  return update(data, 0) as AgreementInput
}

export function getAtPath(data: AgreementInput, path: string): string {
  let v: unknown = data
  for (const p of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined
  return typeof v === 'string' ? v : ''
}
