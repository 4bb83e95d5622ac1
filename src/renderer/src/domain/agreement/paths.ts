import type { AgreementInput, Signatory } from './types'

export const isSignaturePath = (path: string): boolean => /^signatories\.\d+\.signature$/.test(path)

/** Signatory index of a signature path, or null. */
export function signatoryIndexOf(path: string): number | null {
  const m = /^signatories\.(\d+)\.signature$/.exec(path)
  return m ? Number(m[1]) : null
}

/** The text a path stands for; '' when the data has nothing there. Signature paths give ''. */
export function textAtPath(input: AgreementInput, path: string): string {
  if (path === 'address.full') {
    const a = input.address
    return a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : ''
  }
  if (path === 'placeAndDate') return [input.place, input.date].filter(Boolean).join(', ')
  if (isSignaturePath(path)) return ''
  if (/^signatories\.\d+\.signedAt$/.test(path)) {
    const s = signatoryAt(input, path)
    return s?.signedAt ? s.signedAt.slice(0, 10) : ''
  }
  let value: unknown = input
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return ''
    value = (value as Record<string, unknown>)[part]
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function signatoryAt(input: AgreementInput, path: string): Signatory | undefined {
  const m = /^signatories\.(\d+)\./.exec(path)
  return m ? input.signatories?.[Number(m[1])] : undefined
}
