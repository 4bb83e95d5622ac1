import { useId } from 'react'
import { cx } from '@renderer/i18n/connection'
import { loadUsageRules } from './content'

type Props = {
  /** Heading level, so the rules fit in any screen's outline. */
  headingLevel?: 2 | 3
  /** Shows version and "senast granskad"; default true. */
  showReview?: boolean
}

/**
 * How SSBTEK may be used, with its legal reference: content from resources/content/usage-rules.json.
 * Reusable (the caseworker undertaking shows the same rules).
 */
export default function UsageRules({ headingLevel = 2, showReview = true }: Props) {
  const loaded = loadUsageRules()
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
  const rules = loaded.value
  return (
    <section className="card usage-rules" aria-labelledby={titleId}>
      <Heading id={titleId}>{rules.title}</Heading>
      <ul>
        {rules.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>
        <strong>{cx.legalReference}:</strong> {rules.legalReference}
      </p>
      {showReview && (
        <p className="hint">
          {cx.usageReviewed(rules.version, rules.lastReviewed)} {rules.reviewNote}
        </p>
      )}
    </section>
  )
}
