import { lazy, Suspense } from 'react'
import type { AreaProps } from '@renderer/ui/areaProps'
import { cw } from '@renderer/i18n/caseworkers/register'
import { forms } from '@renderer/i18n/caseworkers/undertakingForms'
import { routeHref } from '@renderer/store/ui'
import { OverviewScreen } from './OverviewScreen'
import './caseworkers.css'

const ImportScreen = lazy(() => import('./ImportScreen'))
const PersonScreen = lazy(() => import('./PersonScreen'))
const AddPersonScreen = lazy(() => import('./AddPersonScreen'))
const SignScreen = lazy(() => import('./SignScreen'))
const TemplateScreen = lazy(() => import('./TemplateScreen'))
const ReportsScreen = lazy(() => import('./ReportsScreen'))
const RulesScreen = lazy(() => import('./RulesScreen'))
const SendFormsScreen = lazy(() => import('./SendFormsScreen'))
const ReceiveFormsScreen = lazy(() => import('./ReceiveFormsScreen'))

const SECTIONS = [
  { path: '', label: cw.subnav.overview },
  { path: 'ny', label: cw.subnav.add },
  { path: 'import', label: cw.subnav.import },
  { path: 'forsakran', label: cw.subnav.template },
  { path: 'formular-ut', label: forms.subnav.send },
  { path: 'formular-in', label: forms.subnav.receive },
  { path: 'rapporter', label: cw.subnav.reports },
  { path: 'regler', label: cw.subnav.settings }
]

/** The caseworker register and undertakings; sub-routes are #/handlaggare/<section>/<id>. */
export default function CaseworkersArea({ params }: AreaProps) {
  const [section = '', id = ''] = params
  const current = section === 'person' || section === 'signera' ? '' : section
  return (
    <div className="caseworkers">
      <nav aria-label={cw.subnavLabel} className="subnav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.path}>
              <a
                href={s.path ? routeHref('handlaggare', s.path) : routeHref('handlaggare')}
                aria-current={s.path === current ? 'page' : undefined}
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<p className="loading">Laddar…</p>}>
        {section === 'import' ? (
          <ImportScreen />
        ) : section === 'ny' ? (
          <AddPersonScreen />
        ) : section === 'person' ? (
          <PersonScreen key={id} id={id} />
        ) : section === 'signera' ? (
          <SignScreen key={id} id={id} />
        ) : section === 'forsakran' ? (
          <TemplateScreen />
        ) : section === 'formular-ut' ? (
          <SendFormsScreen />
        ) : section === 'formular-in' ? (
          <ReceiveFormsScreen />
        ) : section === 'rapporter' ? (
          <ReportsScreen />
        ) : section === 'regler' ? (
          <RulesScreen />
        ) : (
          <OverviewScreen />
        )}
      </Suspense>
    </div>
  )
}
