import { useState } from 'react'
import { suggestMapping } from '@renderer/domain/agreement/suggestMapping'
import type { FieldMapping } from '@renderer/domain/agreement/types'
import type { TemplateInfo } from '@renderer/pdf/pdfTemplate'
import { ag, agreementTargets, type AgreementTarget } from '@renderer/i18n/agreement'

const m = ag.mapping

/** Each AcroForm field of the loaded form mapped, once, to an agreement field. */
export function TemplateMapper(props: {
  info: TemplateInfo
  initial: FieldMapping | undefined
  signatoryCount: number
  onSave: (mapping: FieldMapping) => Promise<void>
}) {
  const { info, initial, signatoryCount, onSave } = props
  // A saved mapping is shown as it was; a new form starts from guesses made from its field names.
  const [fields, setFields] = useState<Record<string, string>>(() => (initial ? { ...initial.fields } : suggestMapping(info.fields)))
  const paths = agreementTargets(signatoryCount)
  const options = (type: string): AgreementTarget[] =>
    paths.filter((p) => (type === 'signature' ? p.kind === 'signature' : p.kind === 'text'))

  return (
    <section aria-labelledby="mapping-title" className="mapping">
      <h3 id="mapping-title">{m.title}</h3>
      <p>{ag.export.needsMapping}</p>
      {!initial && <p className="hint">{m.suggested}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{m.field}</th>
            <th scope="col">{m.type}</th>
            <th scope="col">{m.target}</th>
          </tr>
        </thead>
        <tbody>
          {info.fields
            .filter((f) => f.type !== 'button')
            .map((f) => {
              const id = `map-${f.name.replace(/[^a-zA-Z0-9_-]/g, '_')}`
              return (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                  </th>
                  <td>{m.types[f.type] ?? f.type}</td>
                  <td>
                    <label htmlFor={id} className="visually-hidden">
                      {m.target} – {f.name}
                    </label>
                    <select id={id} value={fields[f.name] ?? ''} onChange={(e) => setFields((x) => ({ ...x, [f.name]: e.target.value }))}>
                      <option value="">{m.none}</option>
                      {options(f.type).map((p) => (
                        <option key={p.path} value={p.path}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              )
            })}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => void onSave({ fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) })}>
          {m.save}
        </button>
      </div>
    </section>
  )
}
