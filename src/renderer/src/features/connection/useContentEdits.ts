import { useEffect, useState } from 'react'
import { readContentEdits } from '@renderer/db/firstView'
import type { ContentEdit } from '@renderer/domain/content/edits'

/** The municipality's content edits, read once per screen (null while loading; [] if they cannot be read). */
export function useContentEdits(): ContentEdit[] | null {
  const [edits, setEdits] = useState<ContentEdit[] | null>(null)
  useEffect(() => {
    let live = true
    readContentEdits().then(
      (e) => live && setEdits(e),
      () => live && setEdits([])
    )
    return () => {
      live = false
    }
  }, [])
  return edits
}
