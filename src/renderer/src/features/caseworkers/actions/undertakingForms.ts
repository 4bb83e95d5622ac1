import {
  listCaseworkers,
  listUndertakingVersions,
  recordReturnedForms,
  storedUndertakingFileHashes,
  type UndertakingVersionRecord
} from '@renderer/db'
import { currentVersionOf } from '@renderer/domain/caseworkers/dashboard'
import { buildCsv } from '@renderer/domain/caseworkers/csvReport'
import { planFormFiles, safeZipName, type FormRecipient, type PlannedForm } from '@renderer/domain/caseworkers/formDispatch'
import { checkReturnedForms, stockholmToday, type ReturnedFile, type ReturnedFormVerdict } from '@renderer/domain/caseworkers/returnedForms'
import { forms, verdictReasonText } from '@renderer/i18n/caseworkers/undertakingForms'

// The PDF and zip libraries load only when a button needs them.
const pdfModule = () => import('@renderer/pdf/undertakingFormsEntry')

export type FormPackage = { zipName: string; zipBytes: Uint8Array; planned: PlannedForm[] }

/**
 * One fillable form per person for the given version, zipped with a cover list (PDF and CSV) of
 * who got which file. `onProgress` is told after each form.
 */
export async function prepareFormPackage(input: {
  people: readonly (FormRecipient & { unit?: string })[]
  version: Pick<UndertakingVersionRecord, 'id' | 'number' | 'text' | 'publishedOn' | 'sha256'>
  municipality: string
  today?: string
  onProgress?: (done: number, total: number) => void
}): Promise<FormPackage> {
  const { buildUndertakingForm, buildFormCoverListPdf } = await pdfModule()
  const { zipSync } = await import('fflate')
  const today = input.today ?? stockholmToday()
  const { version, municipality } = input
  const planned = planFormFiles(input.people, version.number)
  const entries: Record<string, Uint8Array> = {}
  for (const [i, p] of planned.entries()) {
    entries[p.fileName] = await buildUndertakingForm({
      municipality,
      person: p.unit ? { id: p.id, name: p.name, unit: p.unit } : { id: p.id, name: p.name },
      version: { id: version.id, number: version.number, text: version.text, publishedOn: version.publishedOn }
    })
    input.onProgress?.(i + 1, planned.length)
  }
  entries[safeZipName(forms.send.coverPdfName(today))] = await buildFormCoverListPdf({
    municipality,
    date: today,
    version: { number: version.number, publishedOn: version.publishedOn, sha256: version.sha256 },
    rows: planned.map((p) => ({ name: p.name, unit: p.unit, email: p.email, fileName: p.fileName }))
  })
  entries[safeZipName(forms.send.coverCsvName(today))] = buildCsv(
    forms.send.coverCsvHeader,
    planned.map((p) => [p.name, p.email, p.unit, p.fileName, version.number, today])
  )
  // PDFs are compressed already; storing them keeps the zip fast to write and to open.
  return { zipName: safeZipName(forms.send.zipName(today, planned.length)), zipBytes: zipSync(entries, { level: 0 }), planned }
}

export type IncomingFile = { name: string; bytes: Uint8Array }
export type ReceivedForm = { verdict: ReturnedFormVerdict; reasonText: string; file: IncomingFile }

/** Reads every file and checks it against the register; nothing is stored. */
export async function previewReturnedForms(files: readonly IncomingFile[], now: Date = new Date()): Promise<ReceivedForm[]> {
  const { readReturnedUndertaking, sha256Hex } = await pdfModule()
  const errors = new Map<string, string>()
  const returned: ReturnedFile[] = []
  for (const file of files) {
    const fileSha256 = await sha256Hex(file.bytes)
    try {
      returned.push({ fileName: file.name, fileSha256, read: { ok: true, form: await readReturnedUndertaking(file.bytes) } })
    } catch (error) {
      const problem = (error as { problem?: string }).problem ?? 'corrupt'
      errors.set(`${returned.length}`, (error as Error).message)
      returned.push({ fileName: file.name, fileSha256, read: { ok: false, problem } })
    }
  }
  const [people, versions] = await Promise.all([listCaseworkers(), listUndertakingVersions()])
  const personIds = returned.flatMap((r) => (r.read.ok ? [r.read.form.personId] : []))
  const verdicts = checkReturnedForms(returned, {
    people: new Map(people.map((p) => [p.id, p])),
    versions: new Map(versions.map((v) => [v.id, v])),
    currentVersionId: currentVersionOf(versions)?.id ?? null,
    today: stockholmToday(now),
    storedFileHashes: await storedUndertakingFileHashes(personIds)
  })
  return verdicts.map((verdict, i) => ({ verdict, reasonText: verdictReasonText(verdict, errors.get(`${i}`)), file: files[i]! }))
}

/** Records the accepted forms of a preview, all in one transaction. */
export async function importReturnedForms(received: readonly ReceivedForm[]): Promise<{ recorded: number; alreadyStored: number }> {
  const accepted = received.filter((r) => r.verdict.outcome === 'accepted')
  return recordReturnedForms(
    accepted.map(({ verdict, file }) => ({
      caseworkerId: verdict.personId!,
      versionId: verdict.versionId!,
      signedOn: verdict.signedOn!,
      fileName: file.name,
      fileSha256: verdict.fileSha256,
      bytes: file.bytes
    }))
  )
}
