import { useState } from 'react'
import { itemLabel, type ItemValue } from '@renderer/domain/content/edits'
import { preselected, type PackDiffRow } from '@renderer/domain/content/pack'
import { ce, ct } from '@renderer/i18n/content'
import { applyContentPack, exportContentPack, previewContentPack, type PackPreview } from './actions'
import { EditorName } from './EditorName'
import { useContentEditor } from './useEditor'

const labelOf = (kind: PackDiffRow['kind'], value: ItemValue) => itemLabel({ kind, value })

function ValueText({ value }: { kind: PackDiffRow['kind']; value: ItemValue | null }) {
  if (!value) return <>{ce.none}</>
  const s = 'help' in value ? value.help : value
  return (
    <>
      {'title' in value && <strong>{value.title}: </strong>}
      {s.text} ({ct.statusLabels[s.status]}){'notApplicable' in value && value.notApplicable ? ` · ${ce.notApplicable}` : ''}
    </>
  )
}

/** Export the municipality's content; import a pack, see the differences, choose, apply. */
export function PacksPage() {
  const { editor, changeEditor } = useContentEditor()
  const [preview, setPreview] = useState<Extract<PackPreview, { ok: true }> | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const say = (text: string, error = false) => {
    setMessage({ text, error })
  }

  async function onExport() {
    try {
      say(ce.exported(await exportContentPack(editor)))
    } catch (e) {
      say((e as Error).message, true)
    }
  }

  async function onImport() {
    setMessage(null)
    const p = await previewContentPack()
    if (!p.ok) {
      if (!('cancelled' in p)) say(p.message, true)
      return
    }
    setPreview(p)
    setChosen(new Set(p.rows.filter(preselected).map((r) => r.key)))
  }

  async function onApply() {
    if (!preview) return
    const rows = preview.rows.filter((r) => chosen.has(r.key))
    if (rows.length === 0) return say(ce.nothingChosen, true)
    try {
      const n = await applyContentPack(rows, editor, preview.name)
      setPreview(null)
      say(ce.applied(n))
    } catch (e) {
      say((e as Error).message, true)
    }
  }

  const changed = preview?.rows.filter((r) => r.change !== 'same') ?? []
  return (
    <>
      <p>{ce.packsIntro}</p>
      <EditorName value={editor} onChange={changeEditor} />
      <div className="actions">
        <button type="button" onClick={() => void onExport()}>
          {ce.exportButton}
        </button>
        <button type="button" className="secondary" onClick={() => void onImport()}>
          {ce.importButton}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'notice ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {preview && (
        <section aria-labelledby="pack-diff-title">
          <h2 id="pack-diff-title">{ce.diffTitle(preview.name, preview.pack.exportedBy, preview.pack.exportedAt.slice(0, 10))}</h2>
          {changed.length === 0 ? (
            <p>{ce.diffNone}</p>
          ) : (
            <table className="pack-diff">
              <caption>{ce.diffCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{ce.diffColumns.choose}</th>
                  <th scope="col">{ce.diffColumns.item}</th>
                  <th scope="col">{ce.diffColumns.change}</th>
                  <th scope="col">{ce.diffColumns.current}</th>
                  <th scope="col">{ce.diffColumns.incoming}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((r) => {
                  const label = labelOf(r.kind, r.incoming)
                  return (
                    <tr key={r.key} data-item={r.key}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={ce.chooseLabel(label)}
                          checked={chosen.has(r.key)}
                          onChange={(e) =>
                            setChosen((c) => {
                              const next = new Set(c)
                              if (e.target.checked) next.add(r.key)
                              else next.delete(r.key)
                              return next
                            })
                          }
                        />
                      </td>
                      <th scope="row">{r.current ? labelOf(r.kind, r.current) : label}</th>
                      <td>
                        {ce.change[r.change]}
                        {r.localEdit && <p className="notice warn">{ce.localEditWarning}</p>}
                      </td>
                      <td>
                        <ValueText kind={r.kind} value={r.current} />
                      </td>
                      <td>
                        <ValueText kind={r.kind} value={r.incoming} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
          <div className="actions">
            {changed.length > 0 && (
              <button type="button" onClick={() => void onApply()}>
                {ce.apply(chosen.size)}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setPreview(null)}>
              {ce.cancel}
            </button>
          </div>
        </section>
      )}
    </>
  )
}
