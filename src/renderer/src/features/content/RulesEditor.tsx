import { ce } from '@renderer/i18n/content'
import { EditorName } from './EditorName'
import { ItemCard } from './ItemCard'
import { useContentEditor } from './useEditor'

/** The usage rules and the legal references: edit, confirm (review), history, reset. */
export function RulesEditor() {
  const { state, error, editor, changeEditor, reload } = useContentEditor()
  if (error)
    return (
      <p className="notice danger" role="alert">
        {error}
      </p>
    )
  if (!state) return <p className="loading">{ce.loading}</p>
  return (
    <>
      <EditorName value={editor} onChange={changeEditor} />
      <h2>{ce.rulesTitle}</h2>
      {state.items
        .filter((i) => i.kind === 'rule')
        .map((i) => (
          <ItemCard key={i.key} item={i} allEdits={state.edits} editor={editor} onChanged={reload} />
        ))}
      <h2>{ce.legalTitle}</h2>
      <p className="hint">{ce.legalHint}</p>
      {state.items
        .filter((i) => i.kind === 'legal')
        .map((i) => (
          <ItemCard key={i.key} item={i} allEdits={state.edits} editor={editor} onChanged={reload} />
        ))}
    </>
  )
}
