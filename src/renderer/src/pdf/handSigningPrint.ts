import { clearSignatures } from '@renderer/domain/agreement/signing'
import type { AgreementInput, FieldMapping } from '@renderer/domain/agreement/types'
import type { FinishedAgreement } from './agreementFinish'
import { produceOwnAgreement } from './agreementPdf'
import { produceOfficialAgreement } from './officialPdf'

export const HAND_PRINT_EVENT = 'Utskrivet ifyllt, med tomma underskriftsrader, för underskrift för hand'

/**
 * The prefilled agreement with empty signature lines, to print and sign by hand: FK's own form
 * when it has been loaded and mapped, otherwise the municipality's summary. No signature, drawn
 * or typed, is ever put on it.
 */
export async function produceHandSigningPrint(
  input: AgreementInput,
  form?: { bytes: Uint8Array; mapping: FieldMapping }
): Promise<FinishedAgreement> {
  const blank = clearSignatures(input)
  const data: AgreementInput = { ...blank, events: [...(blank.events ?? []), { at: new Date().toISOString(), text: HAND_PRINT_EVENT }] }
  return form ? produceOfficialAgreement(form.bytes, form.mapping, data) : produceOwnAgreement(data)
}
