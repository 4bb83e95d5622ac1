import { db } from '../database'
import { newId, nowIso } from '../ids'
import type { AttachmentRecord } from '../types'
import { addToSummary, type CaseworkerRecord } from './register'
import { UNDERTAKING_OWNER_TYPE, type AcknowledgementRecord, type UndertakingVersionRecord } from '../types'

const acknowledgementsTable = () => db().table<AcknowledgementRecord, string>('acknowledgements')
const attachmentsTable = () => db().table<AttachmentRecord, string>('attachments')
const caseworkersTable = () => db().table<CaseworkerRecord, string>('caseworkers')
const versionsTable = () => db().table<UndertakingVersionRecord, string>('undertakingVersions')

/** SHA-256 of every undertaking file stored for these people: a file already imported is known by it. */
export async function storedUndertakingFileHashes(caseworkerIds: Iterable<string>): Promise<Set<string>> {
  const hashes = new Set<string>()
  for (const id of new Set(caseworkerIds)) {
    const files = await attachmentsTable().where('[ownerType+ownerId]').equals([UNDERTAKING_OWNER_TYPE, id]).toArray()
    for (const f of files) hashes.add(f.sha256)
  }
  return hashes
}

export type AcceptedReturnedForm = {
  caseworkerId: string
  versionId: string
  signedOn: string
  fileName: string
  fileSha256: string
  bytes: Uint8Array
}

export class ReturnedFormsNotSavedError extends Error {
  constructor(message: string) {
    super(`${message} Inget sparades.`)
    this.name = 'ReturnedFormsNotSavedError'
  }
}

/**
 * Records accepted returned forms in ONE transaction: each as a signature "i PDF-läsare" with the
 * returned file stored. A file already stored for that person (same SHA-256) is skipped, so the
 * same file twice changes nothing. The person and version are re-read inside the transaction; if
 * either has gone, nothing is saved.
 */
export async function recordReturnedForms(forms: readonly AcceptedReturnedForm[]): Promise<{ recorded: number; alreadyStored: number }> {
  const now = nowIso()
  return db().transaction('rw', [acknowledgementsTable(), attachmentsTable(), caseworkersTable(), versionsTable()], async () => {
    let recorded = 0
    let alreadyStored = 0
    const people = new Map<string, CaseworkerRecord>()
    const storedHashes = await storedUndertakingFileHashes(forms.map((f) => f.caseworkerId))
    for (const form of forms) {
      const person = people.get(form.caseworkerId) ?? (await caseworkersTable().get(form.caseworkerId))
      if (!person) throw new ReturnedFormsNotSavedError('En person i listan finns inte längre i registret.')
      const version = await versionsTable().get(form.versionId)
      if (!version) throw new ReturnedFormsNotSavedError('En version av försäkran i listan finns inte längre.')
      people.set(person.id, person)
      if (storedHashes.has(form.fileSha256)) {
        alreadyStored++
        continue
      }
      storedHashes.add(form.fileSha256)
      const attachment: AttachmentRecord = {
        id: newId(),
        ownerType: UNDERTAKING_OWNER_TYPE,
        ownerId: person.id,
        name: form.fileName,
        mimeType: 'application/pdf',
        size: form.bytes.byteLength,
        sha256: form.fileSha256,
        bytes: form.bytes,
        createdAt: now
      }
      const ack: AcknowledgementRecord = {
        id: newId(),
        caseworkerId: person.id,
        versionId: version.id,
        versionNumber: version.number,
        sha256: version.sha256,
        method: 'pdf-form',
        signatureKind: 'typed',
        signedOn: form.signedOn,
        recordedAt: now,
        signedAt: now,
        attachmentIds: [attachment.id]
      }
      await attachmentsTable().add(attachment)
      await acknowledgementsTable().add(ack)
      addToSummary(person, ack)
      recorded++
    }
    if (people.size) await caseworkersTable().bulkPut([...people.values()])
    return { recorded, alreadyStored }
  })
}
