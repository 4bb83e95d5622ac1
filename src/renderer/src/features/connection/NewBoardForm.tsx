import { useEffect, useRef, useState, type FormEvent } from 'react'
import { cx } from '@renderer/i18n/connection'
import { useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { SHORTCUT_TARGET } from '@renderer/ui/shortcuts'

// Writing needs the database library, which the first screen does not wait for: it loads on the first write.
const boardStore = () => import('@renderer/db/boards')

type Props = {
  /** Whether there is an active board; with none, the form is simply open (there is nothing else to do). */
  hasBoards: boolean
  /** Called after a board was added with its name: the list reads it and says so in its status line. */
  onCreated: (name: string) => Promise<void>
}

/**
 * Adding a board, something a municipality does once or twice: behind a "Ny nämnd" button once a
 * board exists, so the overview shows where the boards stand rather than an empty form. The button
 * or Alt+N (which sets `newBoardRequested`) opens it with the cursor in the name.
 */
export function NewBoardForm({ hasBoards, onCreated }: Props) {
  const requested = useUi((s) => s.newBoardRequested)
  const setRequested = useUi((s) => s.setNewBoardRequested)
  const [open, setOpen] = useState(requested)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  // Where focus goes after the next render: into the name once opened, back to the button once closed.
  const focusNext = useRef<'name' | 'opener' | null>(null)

  useEffect(() => {
    if (!requested) return
    setRequested(false)
    setOpen(true)
  }, [requested, setRequested])

  const shown = open || !hasBoards
  useEffect(() => {
    const target = focusNext.current === 'name' ? input.current : focusNext.current === 'opener' ? opener.current : null
    if (!target) return
    focusNext.current = null
    target.focus()
  }, [shown])

  function close() {
    setOpen(false)
    setNameError(null)
    focusNext.current = 'opener'
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const store = await boardStore()
    const problem = store.validateBoardName(name)
    setNameError(problem)
    if (problem) return
    try {
      const board = await store.createBoard(name)
      setName('')
      close()
      await onCreated(board.name)
    } catch (e) {
      setNameError(`Det gick inte att spara: ${(e as Error)?.message ?? ''}`)
    }
  }

  return shown ? (
    <form onSubmit={onSubmit} noValidate className="card">
      <h2>{cx.createHeading}</h2>
      <Field label={cx.createLabel} hint={cx.createHint} error={nameError} required>
        <input
          ref={input}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
          data-shortcut-target={SHORTCUT_TARGET.newBoard}
        />
      </Field>
      <div className="actions">
        <button type="submit">{cx.createButton}</button>
        {hasBoards && (
          <button type="button" className="secondary" onClick={close}>
            {cx.createCancel}
          </button>
        )}
      </div>
    </form>
  ) : (
    <div className="actions">
      <button
        ref={opener}
        type="button"
        className="secondary"
        aria-expanded={false}
        onClick={() => {
          focusNext.current = 'name'
          setOpen(true)
        }}
      >
        {cx.newBoardButton}
      </button>
    </div>
  )
}
