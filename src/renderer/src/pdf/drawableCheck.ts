import type { AgreementInput } from '@renderer/domain/agreement/types'
import { describeUndrawable, findUndrawableText } from './glyphCoverage'
import { PdfInputError } from './pdfErrors'

/** Refuses, with a Swedish message naming field and character, to draw text a bundled font cannot draw. */
export async function assertDrawable(input: AgreementInput, label?: (path: string) => string): Promise<void> {
  const problems = await findUndrawableText(input)
  if (problems.length) throw new PdfInputError('undrawable', describeUndrawable(problems, label))
}
