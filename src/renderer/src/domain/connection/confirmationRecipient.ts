import type { Contact } from '../agreement/types'

export type ConfirmationRecipient = { kind: 'technical'; contact: Contact } | { kind: 'admin'; contact: Contact } | { kind: 'none' }

const filled = (c: Partial<Contact> | undefined): c is Contact => Boolean(c && (c.name?.trim() || c.email?.trim()))

/** FK e-mails its confirmation to the technical contact, or to the administrative contact if none was given. */
export function confirmationRecipient(
  draft: { technicalContact?: Partial<Contact>; adminContact?: Partial<Contact> } | undefined
): ConfirmationRecipient {
  if (filled(draft?.technicalContact)) return { kind: 'technical', contact: draft.technicalContact }
  if (filled(draft?.adminContact)) return { kind: 'admin', contact: draft.adminContact }
  return { kind: 'none' }
}
