import type { ReactNode } from 'react'

/**
 * A table's caption and column headers. The caption is for screen readers only: the heading above
 * the table already says what it lists on screen, and a table without a caption is announced bare.
 */
export function TableHead({ caption, columns }: { caption: ReactNode; columns: readonly ReactNode[] }) {
  return (
    <>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((label, i) => (
            <th key={i} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  )
}
