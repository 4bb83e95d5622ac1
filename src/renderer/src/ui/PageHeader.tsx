import type { ReactNode } from 'react'

/**
 * The top of a page: where you are (breadcrumb), the page's heading and status, and the one next
 * action beside them on a wide window (below on a narrow one). Only the heading is required.
 */
export function PageHeader(props: {
  titleId: string
  title: ReactNode
  breadcrumb?: ReactNode
  /** A short status line under the heading ("Steg 2 av 5", a badge …). */
  status?: ReactNode
  /** The one thing to do next, usually a notice with a link. */
  action?: ReactNode
}) {
  const { titleId, title, breadcrumb, status, action } = props
  return (
    <div className={`page-header${action ? ' has-action' : ''}`}>
      <div className="page-header-main">
        {breadcrumb && <p className="breadcrumb">{breadcrumb}</p>}
        <h1 id={titleId}>{title}</h1>
        {status && <div className="page-status">{status}</div>}
      </div>
      {action && <div className="page-header-action">{action}</div>}
    </div>
  )
}
