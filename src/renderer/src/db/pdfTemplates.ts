import type { FieldMapping } from '@renderer/domain/agreement/types'
import { db } from './database'
import { nowIso } from './ids'

/** Försäkringskassan's PDF as the user loaded it, with how its fields map to the agreement. Keyed by the file's SHA-256. */
export type PdfTemplateRecord = {
  fingerprint: string
  name: string
  kind: 'acroform' | 'flat'
  bytes: Uint8Array
  mapping: FieldMapping
  createdAt: string
  updatedAt: string
}

const templates = () => db().table<PdfTemplateRecord, string>('pdfTemplates')

export const getPdfTemplate = (fingerprint: string): Promise<PdfTemplateRecord | undefined> => templates().get(fingerprint)

export async function listPdfTemplates(): Promise<PdfTemplateRecord[]> {
  const all = await templates().toArray()
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export async function savePdfTemplate(t: Omit<PdfTemplateRecord, 'createdAt' | 'updatedAt'>): Promise<PdfTemplateRecord> {
  const existing = await templates().get(t.fingerprint)
  const now = nowIso()
  const record: PdfTemplateRecord = { ...t, createdAt: existing?.createdAt ?? now, updatedAt: now }
  await templates().put(record)
  return record
}

export const deletePdfTemplate = (fingerprint: string): Promise<void> => templates().delete(fingerprint)
