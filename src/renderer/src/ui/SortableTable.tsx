import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { ReactNode } from 'react'

export type SortDirection = 'asc' | 'desc'

/** The next sort after a click on a column: the same column flips direction, a new one starts ascending. */
export function nextSort<K extends string>(current: { key: K; direction: SortDirection }, key: K): { key: K; direction: SortDirection } {
  return current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }
}

/**
 * A column header that sorts its table. The button is reached with Tab and pressed with Enter or
 * Space; `aria-sort` tells screen readers which column sorts the table and in which direction.
 */
export function SortHeader(props: { label: ReactNode; active: boolean; direction: SortDirection; onSort: () => void; className?: string }) {
  const { label, active, direction, onSort, className } = props
  const Icon = !active ? ArrowUpDown : direction === 'asc' ? ArrowUp : ArrowDown
  return (
    <th
      scope="col"
      className={`sortable${className ? ` ${className}` : ''}`}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <Icon className="icon" aria-hidden="true" size={14} />
      </button>
    </th>
  )
}
