/** A PDF or image the user supplied could not be used. `message` is Swedish and meant for the screen. */
export type PdfInputProblem =
  'too-large' | 'not-pdf' | 'truncated' | 'corrupt' | 'encrypted' | 'xfa-only' | 'no-pages' | 'image-too-large' | 'not-image' | 'undrawable'

export class PdfInputError extends Error {
  constructor(
    readonly problem: PdfInputProblem,
    message: string
  ) {
    super(message)
    this.name = 'PdfInputError'
  }
}

export const MAX_PDF_BYTES = 50 * 1024 * 1024

export const PDF_MESSAGES: Record<PdfInputProblem, string> = {
  'too-large': 'PDF-filen är större än 50 MB och kan inte läsas in. Välj Försäkringskassans avtalsblankett, som är betydligt mindre.',
  'not-pdf': 'Filen är ingen PDF, även om namnet slutar på .pdf. Välj avtalsblanketten som PDF-fil.',
  truncated: 'PDF-filen är ofullständig – den verkar ha avbrutits vid nedladdning eller kopiering. Hämta filen på nytt.',
  corrupt: 'PDF-filen är skadad och kan inte läsas. Hämta filen på nytt.',
  encrypted: 'PDF-filen är lösenordsskyddad och kan inte öppnas utan lösenord. Använd en oskyddad version av blanketten.',
  'xfa-only':
    'PDF-filen är ett XFA-formulär utan vanliga formulärfält. Sådana formulär kan inte fyllas i här – skriv ut blanketten eller använd appens eget avtalsdokument.',
  'no-pages': 'PDF-filen innehåller inga sidor.',
  'image-too-large': 'Bilden är för stor. Välj en bild på högst 10 MB och högst 6 000 × 6 000 bildpunkter.',
  'not-image': 'Filen är ingen PNG- eller JPEG-bild. Välj en bild av underskriften i formatet PNG eller JPEG.',
  undrawable: 'Några tecken kan inte skrivas med de typsnitt som följer med appen.'
}

export const pdfInputError = (problem: PdfInputProblem, message = PDF_MESSAGES[problem]) => new PdfInputError(problem, message)
