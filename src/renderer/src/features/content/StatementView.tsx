import type { Statement, StatementStatus } from '@renderer/domain/content/statement'
import { ct } from '@renderer/i18n/content'
import { sourceById } from './sources'

/** The small label beside a statement; nothing for `källa` (its source link says enough). */
export function StatusLabel({ status }: { status: StatementStatus }) {
  if (status === 'källa') return null
  return (
    <span className={`status-label status-${status}`} data-status={status}>
      {ct.statusLabels[status]}
    </span>
  )
}

/** The source on demand: a disclosure with title, publisher, the source's own date and address. */
export function SourceDetails({ statement }: { statement: Statement }) {
  const source = sourceById(statement.source)
  return (
    <details className="statement-source">
      <summary>{ct.sourceSummary}</summary>
      {source ? (
        <p>
          {ct.sourceLine(source.publisher, source.title)}. {ct.sourceDate(source.dateKind, source.date)} {ct.sourceAddress(source.address)}
        </p>
      ) : (
        <p>{ct.unknownSource(statement.source)}</p>
      )}
      <p>
        {ct.statusLine(statement.status)} {statement.review ? ct.reviewedBy(statement.review.by, statement.review.on) : ct.notReviewed}
      </p>
    </details>
  )
}

/** A statement presented as fact, with its status label and its source on demand. */
export function StatementView({ statement, className, prefix }: { statement: Statement; className?: string; prefix?: string }) {
  return (
    <div className={`statement ${className ?? ''}`.trim()} data-status={statement.status}>
      <p>
        {prefix && <strong>{prefix}: </strong>}
        {statement.text} <StatusLabel status={statement.status} />
      </p>
      <SourceDetails statement={statement} />
    </div>
  )
}
