import { useEffect, useState } from 'react'
import { STATEMENT_STATUSES } from '@renderer/domain/content/statement'
import { ce, ct } from '@renderer/i18n/content'
import { loadContentState } from './actions'
import { SOURCES } from './sources'
import { loadChecklist } from '../connection/content'

/** Every source, its own date, and what the app takes from it; how many statements rest on it now. */
export function SourcesPage() {
  const [counts, setCounts] = useState<Map<string, number> | null>(null)
  useEffect(() => {
    void loadContentState()
      .then(({ items }) => {
        const map = new Map<string, number>()
        const add = (id: string) => map.set(id, (map.get(id) ?? 0) + 1)
        for (const i of items) add('help' in i.value ? i.value.help.source : i.value.source)
        // Step summaries, sub-steps and notes are not editable items but are statements too.
        const c = loadChecklist()
        if (c.ok) {
          for (const s of c.value.steps) add(s.summary.source)
          for (const s of c.value.agreementSubSteps) [s.help, ...(s.more ?? [])].forEach((x) => add(x.source))
          for (const s of c.value.steps.flatMap((st) => st.tasks))
            [...(s.more ?? []), ...(s.legalReference ? [s.legalReference] : [])].forEach((x) => add(x.source))
          ;[c.value.processSource, c.value.fkAddress, c.value.forecast.note].forEach((x) => add(x.source))
        }
        setCounts(map)
      })
      .catch(() => setCounts(new Map()))
  }, [])
  return (
    <>
      <p>{ct.sourcesIntro}</p>
      <table className="sources-table">
        <caption>{ct.sourcesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{ct.sourcesColumns.source}</th>
            <th scope="col">{ct.sourcesColumns.date}</th>
            <th scope="col">{ct.sourcesColumns.address}</th>
            <th scope="col">{ct.sourcesColumns.usedFor}</th>
            <th scope="col">{ct.sourcesColumns.count}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCES.map((s) => (
            <tr key={s.id} data-source={s.id}>
              <th scope="row">
                {s.publisher}: ”{s.title}”
              </th>
              <td>{s.date ? `${s.dateKind} ${s.date}` : `${ct.noDate} (${s.dateKind})`}</td>
              <td>{s.address}</td>
              <td>{s.usedFor}</td>
              <td>{counts ? (counts.get(s.id) ?? 0) : ce.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{ct.statusesTitle}</h2>
      <dl className="facts">
        {STATEMENT_STATUSES.map((st) => (
          <div key={st}>
            <dt>{ct.statusLabels[st]}</dt>
            <dd>{ct.statusExplained[st]}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{ce.intro}</p>
    </>
  )
}
