import type { AreaProps } from '@renderer/ui/areaProps'
import { ce } from '@renderer/i18n/content'
import { routeHref } from '@renderer/store/ui'
import { SourcesPage } from './SourcesPage'
import { ChecklistEditor } from './ChecklistEditor'
import { RulesEditor } from './RulesEditor'
import { PacksPage } from './PacksPage'
import './content.css'

const PAGES = [
  { path: '', label: ce.tabs.sources },
  { path: 'checklista', label: ce.tabs.checklist },
  { path: 'regler', label: ce.tabs.rules },
  { path: 'paket', label: ce.tabs.packs }
] as const

/** Route: #/innehall (Källor), #/innehall/checklista, #/innehall/regler, #/innehall/paket. */
export default function ContentArea({ params }: AreaProps) {
  const page = PAGES.find((p) => p.path === (params[0] ?? '')) ?? PAGES[0]
  return (
    <section aria-labelledby="content-title">
      <h1 id="content-title">
        {ce.title}: {page.label}
      </h1>
      <nav aria-label={ce.subnav} className="subnav">
        <ul>
          {PAGES.map((p) => (
            <li key={p.path}>
              <a href={p.path ? routeHref('innehall', p.path) : routeHref('innehall')} aria-current={p === page ? 'page' : undefined}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {page.path === '' && <SourcesPage />}
      {page.path === 'checklista' && <ChecklistEditor />}
      {page.path === 'regler' && <RulesEditor />}
      {page.path === 'paket' && <PacksPage />}
    </section>
  )
}
