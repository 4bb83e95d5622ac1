import type { SaveState } from './useAutosave'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'

const time = (d: Date) => formatStockholmTime(d).slice(11)

/** "Sparat 14:32" / "Sparar…" / a clear error; announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? `Sparat ${time(state.at)}`
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Sparar…'
        : state.kind === 'error'
          ? state.message
          : 'Ändringar sparas automatiskt'
  return (
    <p className={`save-status${state.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </p>
  )
}
