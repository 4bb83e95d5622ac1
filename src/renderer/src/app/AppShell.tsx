import { Suspense, useEffect, useRef, useState } from 'react'
// Direct modules, not the db index: the index also pulls in backup and its schemas, which the first screen never needs.
import { NewerDatabaseError, openDatabase } from '@renderer/db/database'
import { getProfile } from '@renderer/db/settings'
import { sv } from '@renderer/i18n/sv'
import { useUi } from '@renderer/store/ui'
import { areas, findArea, preloadArea } from './routes'
import { FirstRun } from '@renderer/features/firstRun/FirstRun'
import { CrashProbe } from './CrashProbe'
import { ErrorBoundary, ErrorScreen } from './ErrorBoundary'
import { BackupReminderBanner } from '@renderer/features/backup/BackupReminderBanner'

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; title: string; message: string }

export function AppShell() {
  const { route, profile, setProfile, announcement } = useUi()
  const [load, setLoad] = useState<LoadState>({ status: 'loading' })

  useEffect(() => {
    preloadArea(useUi.getState().route.area)
    openDatabase()
      .then(() => getProfile())
      .then((p) => {
        setProfile(p ?? null)
        setLoad({ status: 'ready' })
      })
      .catch((error: unknown) => {
        const newer = error instanceof NewerDatabaseError
        setLoad({
          status: 'failed',
          title: newer ? sv.errors.dbNewer : sv.errors.title,
          message: newer ? error.message : `${sv.errors.dbFailed} ${(error as Error)?.message ?? ''}`
        })
      })
  }, [setProfile])

  if (load.status === 'loading') return <p className="loading">{sv.loading}</p>
  if (load.status === 'failed') return <ErrorScreen title={load.title} body={load.message} />
  if (!profile) return <FirstRun />

  const area = findArea(route.area)
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {sv.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{sv.appName}</span>
          <span className="brand-municipality">{profile.officialName}</span>
        </div>
        <nav aria-label={sv.nav.label}>
          <ul>
            {areas.map((a) => (
              <li key={a.path}>
                <a href={`#/${a.path}`} aria-current={a === area ? 'page' : undefined}>
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* Backup reminder (issue 5): shown only when the last backup is older than the setting. */}
      <BackupReminderBanner />
      <MainRegion routeKey={`${area.path}/${route.params.join('/')}`}>
        <ErrorBoundary resetKey={area.path}>
          <CrashProbe />
          <Suspense fallback={<p className="loading">{sv.loading}</p>}>
            <area.component params={route.params} />
          </Suspense>
        </ErrorBoundary>
      </MainRegion>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}

function focusMain(event: React.MouseEvent) {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/** Moves focus to the new screen's content after navigation, so keyboard and screen-reader users follow it. */
function MainRegion({ routeKey, children }: { routeKey: string; children: React.ReactNode }) {
  const ref = useRef<HTMLElement>(null)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    ref.current?.focus()
  }, [routeKey])
  return (
    <main id="main" ref={ref} tabIndex={-1}>
      {children}
    </main>
  )
}
