import { clearSignatures } from '@renderer/domain/agreement/signing'
import type { AgreementInput, FieldMapping } from '@renderer/domain/agreement/types'
import { buildAgreementPdf } from './agreementPdf'
import { fillOfficialPdf } from './officialPdf'

export const HAND_PRINT_EVENT = 'Utskrivet ifyllt, med tomma underskriftsrader, för underskrift för hand'

/**
 * The prefilled agreement with empty signature lines, to print and sign by hand: FK's own form
 * when it has been loaded and mapped, otherwise the municipality's summary. No signature, drawn
 * or typed, is ever put on it. Built by the same two public builders as an export.
 */
export async function buildHandSigningPrint(
  input: AgreementInput,
  form?: { bytes: Uint8Array; mapping: FieldMapping },
  at: Date = new Date()
): Promise<Uint8Array> {
  const blank = clearSignatures(input)
  const data: AgreementInput = { ...blank, events: [...(blank.events ?? []), { at: at.toISOString(), text: HAND_PRINT_EVENT }] }
  return form ? fillOfficialPdf(form.bytes, form.mapping, data) : buildAgreementPdf(data)
}
