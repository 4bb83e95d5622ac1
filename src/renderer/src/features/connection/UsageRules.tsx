import { useId, useState } from 'react'
import { cx } from '@renderer/i18n/connection'
import { StatementView } from '../content/StatementView'
import { applyToUsageRules } from '@renderer/domain/content/edits'
import { loadUsageRules } from './content'
import { useContentEdits } from './useContentEdits'

type Props = {
  /** Heading level, so the rules fit in any screen's outline. */
  headingLevel?: 2 | 3
  /** Shows the content version; default true. */
  showReview?: boolean
  /** Only the heading and a "Visa reglerna" disclosure, its content rendered when opened (the overview). */
  collapsed?: boolean
}

/**
 * How SSBTEK may be used, with its legal references: content from resources/content/usage-rules.json.
 * Every rule shows its status and its source on demand. Reusable (the caseworker area shows the same rules).
 */
export default function UsageRules({ headingLevel = 2, showReview = true, collapsed = false }: Props) {
  const [opened, setOpened] = useState(!collapsed)
  const loaded = loadUsageRules()
  const edits = useContentEdits()
  const titleId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (!loaded.ok) {
    return (
      <section className="card usage-rules" aria-label="Användningsregler">
        <p className="error" role="alert">
          {loaded.message}
        </p>
      </section>
    )
  }
  if (!edits) return <p className="loading">{cx.loadingContent}</p>
  const rules = applyToUsageRules(loaded.value, edits)
  const body = (
    <>
      <ul>
        {rules.rules.map((rule) => (
          <li key={rule.id}>
            <StatementView statement={rule} />
          </li>
        ))}
      </ul>
      <p>
        <strong>{cx.legalReference}:</strong>
      </p>
      <ul>
        {rules.legalReferences.map((ref) => (
          <li key={ref.id} data-legal-reference={ref.id}>
            <StatementView statement={ref} />
          </li>
        ))}
      </ul>
      {showReview && <p className="hint">{cx.usageVersion(rules.version)}</p>}
    </>
  )
  return (
    <section className="card usage-rules" aria-labelledby={titleId}>
      <Heading id={titleId}>{rules.title}</Heading>
      {collapsed ? (
        <details onToggle={(e) => setOpened(e.currentTarget.open)}>
          <summary>{cx.showUsageRules(rules.rules.length, rules.legalReferences.length)}</summary>
          {opened && body}
        </details>
      ) : (
        body
      )}
    </section>
  )
}
