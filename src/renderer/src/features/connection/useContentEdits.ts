import { useEffect, useState } from 'react'
import { peekContentEdits, readContentEdits } from '@renderer/db/firstView'
import type { ContentEdit } from '@renderer/domain/content/edits'

/** The municipality's content edits, read once per screen (null while loading; [] if they cannot be read). */
export function useContentEdits(): ContentEdit[] | null {
  // At start-up the edits are already in memory: the first render shows the content, not "Laddar…".
  const [atStart] = useState(() => peekContentEdits())
  const [edits, setEdits] = useState<ContentEdit[] | null>(atStart ?? null)
  useEffect(() => {
    if (atStart) return
    let live = true
    readContentEdits().then(
      (e) => live && setEdits(e),
      () => live && setEdits([])
    )
    return () => {
      live = false
    }
  }, [atStart])
  return edits
}
