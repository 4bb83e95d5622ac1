import { describe, expect, it } from 'vitest'
import { PDFDocument } from '@cantoo/pdf-lib'
import { isUndertakingPdf } from '@renderer/pdf/undertakingCheck'
import { UNDERTAKING_PDF_KEYWORD } from '@renderer/pdf/undertakingPdf'
import { buildAgreementPdf } from '@renderer/pdf'
import { sampleAgreement } from '../pdf/agreementSample'

async function pdfWithKeywords(keywords: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage()
  doc.setKeywords(keywords)
  return doc.save()
}

describe('isUndertakingPdf', () => {
  it('recognises the app’s undertaking PDFs by their metadata keyword, whatever the file name', async () => {
    expect(await isUndertakingPdf(await pdfWithKeywords(['SSBTEK', UNDERTAKING_PDF_KEYWORD]))).toBe(true)
  })

  it('does not flag the agreement itself, other PDFs or non-PDF files', async () => {
    expect(await isUndertakingPdf(await buildAgreementPdf(sampleAgreement()))).toBe(false)
    expect(await isUndertakingPdf(await pdfWithKeywords(['protokollsutdrag']))).toBe(false)
    expect(await isUndertakingPdf(new TextEncoder().encode('inte en pdf'))).toBe(false)
  })
})
