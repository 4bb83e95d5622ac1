import { useCallback, useEffect, useState } from 'react'
import { getEditorName, loadContentState, setEditorName, type ContentState } from './actions'

/** The content state and the editor's name (remembered on this computer), for the editing pages. */
export function useContentEditor() {
  const [state, setState] = useState<ContentState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [editor, setEditor] = useState('')
  const reload = useCallback(async () => {
    try {
      setState(await loadContentState())
    } catch (e) {
      setError((e as Error).message)
    }
  }, [])
  useEffect(() => {
    void reload()
    void getEditorName().then(setEditor)
  }, [reload])
  const changeEditor = (name: string) => {
    setEditor(name)
    void setEditorName(name)
  }
  return { state, error, editor, changeEditor, reload }
}
