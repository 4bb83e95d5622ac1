import type { SaveState } from './useAutosave'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'

const time = (d: Date) => formatStockholmTime(d).slice(11)

/**
 * "Sparat 14:32" / "Sparar…" / a clear error; announced politely to screen readers. `blocked`: the
 * form holds input that cannot be saved (shown beside its field); this says that it is not saved.
 */
export function SaveStatus({ state, blocked }: { state: SaveState; blocked?: string | null }) {
  const text = blocked
    ? blocked
    : state.kind === 'saved'
      ? `Sparat ${time(state.at)}`
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Sparar…'
        : state.kind === 'error'
          ? state.message
          : 'Ändringar sparas automatiskt'
  const problem = Boolean(blocked) || state.kind === 'error'
  return (
    <p
      className={`save-status${problem ? ' error' : ''}`}
      role="status"
      aria-live="polite"
      data-save-state={blocked ? 'blocked' : state.kind}
    >
      {text}
    </p>
  )
}
