import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { shortcuts as t } from '@renderer/i18n/widgets'
import '@renderer/ui/widgets.css'
import { navigate, useUi } from '@renderer/store/ui'
import {
  buildShortcuts,
  focusShortcutTarget,
  isTypingTarget,
  matchShortcut,
  readSingleKeyOn,
  SHORTCUT_TARGET,
  writeSingleKeyOn,
  type ShortcutAction,
  type ShortcutArea
} from '@renderer/ui/shortcuts'

// The dialog (react-aria Modal) loads the first time it opens.
const ShortcutsDialog = lazy(() => import('@renderer/ui/ShortcutsDialog'))

/**
 * The shell's keyboard shortcuts (defined in ui/shortcuts.ts) and the "Kortkommandon" button that
 * opens their list. Keys typed in a field, or while a modal dialog is open, are left alone.
 */
export function KeyboardShortcuts({ areas }: { areas: readonly ShortcutArea[] }) {
  const list = useMemo(() => buildShortcuts(areas), [areas])
  const [open, setOpen] = useState(false)
  const [singleKeyOn, setSingleKeyOn] = useState(() => readSingleKeyOn())
  const latest = useRef({ list, singleKeyOn })
  useEffect(() => {
    latest.current = { list, singleKeyOn }
  }, [list, singleKeyOn])

  useEffect(() => {
    const run = (action: ShortcutAction) => {
      if (action.kind === 'area') navigate(action.path)
      else if (action.kind === 'newBoard') {
        navigate('anslutning')
        useUi.getState().setNewBoardRequested(true)
        focusShortcutTarget(SHORTCUT_TARGET.newBoard)
      } else if (action.kind === 'searchPeople') {
        navigate('handlaggare')
        focusShortcutTarget(SHORTCUT_TARGET.searchPeople)
      } else setOpen(true)
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.isComposing) return
      const focused = document.activeElement as HTMLElement | null
      if (isTypingTarget(focused)) return
      // Inside a dialog (ours or a screen's), or while a modal one is open: keys belong to it.
      if (focused?.closest('[role="dialog"], [role="alertdialog"], dialog') || document.querySelector('[aria-modal="true"]')) return
      const hit = matchShortcut(latest.current.list, e, latest.current.singleKeyOn)
      if (!hit) return
      e.preventDefault()
      run(hit.action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <button type="button" className="secondary shortcuts-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog
            list={list}
            singleKeyOn={singleKeyOn}
            onSingleKeyChange={(on) => {
              setSingleKeyOn(on)
              writeSingleKeyOn(on)
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  )
}
