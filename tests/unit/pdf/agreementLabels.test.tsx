import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { textAtPath } from '@renderer/domain/agreement/paths'
import { AgreementForm } from '@renderer/features/agreement/AgreementForm'
import { agreementFormFields, agreementSections } from '@renderer/i18n/agreement'
import { buildAgreementPdf } from '@renderer/pdf'
import { pdftotext, qpdfCheck, tempPdf } from './pdfTools'
import { sampleAgreement } from './agreementSample'

const input = { ...sampleAgreement(), filledBy: 'Łukasz Żółć, förvaltningsstrateg' }

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** The form as it renders: each field's label (without the required marker), and the sections' headings. */
function renderedForm() {
  const html = renderToStaticMarkup(
    <AgreementForm
      data={input}
      errors={{}}
      showError={() => false}
      readOnly={false}
      onChange={() => undefined}
      onBlur={() => undefined}
      onAddSignatory={() => undefined}
      onRemoveSignatory={() => undefined}
    />
  )
  const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) =>
    decode(m[1]!.replace(/<span aria-hidden="true"> \*<\/span>/, ''))
  )
  const legends = [...html.matchAll(/<legend>(.*?)<\/legend>/g)].map((m) => decode(m[1]!))
  return { labels, legends }
}

describe('one source for the agreement’s field labels', () => {
  it('the form shows every field of the list, in its order, with its label', () => {
    const { labels, legends } = renderedForm()
    expect(labels).toEqual(agreementFormFields(2).map((f) => f.label))
    expect(legends).toEqual(agreementSections(2).map((s) => s.title))
  })

  it('the app’s own PDF prints every field the form shows under the same label, beside or above its value', async () => {
    const path = tempPdf(await buildAgreementPdf(input))
    expect(qpdfCheck(path).status).toBe(0)
    const lines = pdftotext(path, '-layout', '-enc', 'UTF-8').split('\n')
    const { labels } = renderedForm()
    const fields = agreementFormFields(2)
    for (const [i, label] of labels.entries()) {
      const field = fields[i]!
      const value = textAtPath(input, field.path)
      expect(value, field.path).not.toBe('')
      const at = lines.findIndex((line, n) => line.includes(label) && (line.includes(value) || (lines[n + 1] ?? '').includes(value)))
      expect(at, `“${label}” with “${value}” (${field.path})`).toBeGreaterThanOrEqual(0)
    }
    // The sections' headings are the form's, numbered.
    const text = lines.join('\n')
    for (const [n, title] of agreementSections(2)
      .filter((s) => s.id !== 'signing' && s.id !== 'signatories')
      .map((s) => s.title)
      .entries())
      expect(text).toContain(`${n + 1}. ${title}`)
  })

  it('the list of targets in FK’s form uses the same labels (with the section where the form repeats a label)', async () => {
    const { agreementTargets } = await import('@renderer/i18n/agreement')
    const targets = new Map(agreementTargets(2).map((t) => [t.path, t.label]))
    expect(targets.get('municipality.name')).toBe('Kommun')
    expect(targets.get('address.city')).toBe('Postadress: ort')
    expect(targets.get('place')).toBe('Ort och datum: ort')
    expect(targets.get('adminContact.email')).toBe('Kontaktperson för avtalet och administrativa frågor: e-post')
    expect(targets.get('signatories.1.signature')).toBe('Undertecknare 2: underskrift')
    expect(targets.has('filledBy')).toBe(false)
  })
})
