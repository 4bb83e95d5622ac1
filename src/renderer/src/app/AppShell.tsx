import { Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { BookOpen, DatabaseBackup, FileSignature, Route, Settings, Users } from 'lucide-react'
// Not the db index nor the database library: the first screen's data is read directly (db/firstView.ts), so the
// first screen shows without waiting for the database library to load.
import { NewerDatabaseError, startDatabase } from '@renderer/db/firstView'
import { damagedRecords, onDamagedRecords, type DamagedRecord } from '@renderer/db/damagedRecords'
import { leaveSafeMode, readSafeMode } from '@renderer/platform/safeMode'
import { sv } from '@renderer/i18n/sv'
import { useUi } from '@renderer/store/ui'
import { areas, findArea, findSafeModeArea, FirstRun, preloadArea, safeModeAreas } from './routes'
import { CrashProbe } from './CrashProbe'
import { KeyboardShortcuts } from './KeyboardShortcuts'
import { ErrorBoundary, ErrorScreen } from './ErrorBoundary'
import { BackupReminderBanner } from '@renderer/features/backup/BackupReminderBanner'
import { Sidebar, type SidebarIcon } from '@renderer/ui/Sidebar'
// Shown at once, so part of the start-up code; it reads the start-up read, as the board list does.
import SidebarBoards from '@renderer/features/connection/SidebarBoards'

/** One decorative icon per area in the sidebar (lucide-react). */
const AREA_ICONS: Record<string, SidebarIcon> = {
  anslutning: Route,
  avtal: FileSignature,
  handlaggare: Users,
  sakerhetskopiering: DatabaseBackup,
  innehall: BookOpen,
  installningar: Settings
}

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; title: string; message: string }

/** `startedWithData`: main.tsx had the start-up read before the first render (and put its profile in the store). */
export function AppShell({ startedWithData = false }: { startedWithData?: boolean }) {
  const { route, profile, setProfile, announcement } = useUi()
  // Read once, before any data: in safe mode the shell itself reads nothing but the database's version.
  const [safeMode] = useState(() => readSafeMode())
  // Ready at once when main.tsx had the start-up read before rendering. Decided from the prop, not by
  // asking again: the read may finish between the two.
  const fromStart = !safeMode && startedWithData
  const [load, setLoad] = useState<LoadState>(() => (fromStart ? { status: 'ready' } : { status: 'loading' }))
  const damaged = useSyncExternalStore(onDamagedRecords, damagedRecords)

  useEffect(() => {
    preloadArea(safeMode ? findSafeModeArea(useUi.getState().route.area).path : useUi.getState().route.area)
    if (fromStart) return
    startDatabase({ safeMode })
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
  }, [setProfile, safeMode, fromStart])

  if (load.status === 'loading') return <p className="loading">{sv.loading}</p>
  if (load.status === 'failed') return <ErrorScreen title={load.title} body={load.message} />
  if (!profile && !safeMode)
    return (
      <Suspense fallback={<p className="loading">{sv.loading}</p>}>
        <FirstRun />
      </Suspense>
    )

  const area = safeMode ? findSafeModeArea(route.area) : findArea(route.area)
  const navAreas = safeMode ? safeModeAreas : areas
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {sv.skipToContent}
      </a>
      <Sidebar
        appName={sv.appName}
        subtitle={safeMode ? sv.safeMode.label : profile?.officialName || profile?.name || sv.damaged.unknownMunicipality}
        navLabel={sv.nav.label}
        links={navAreas.map((a) => ({ href: `#/${a.path}`, label: a.label, icon: AREA_ICONS[a.path] ?? Route, current: a === area }))}
      >
        {!safeMode && (
          <ErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              <SidebarBoards />
            </Suspense>
          </ErrorBoundary>
        )}
        <KeyboardShortcuts areas={navAreas} />
      </Sidebar>
      <div className="app-body">
        {safeMode && <SafeModeNotice />}
        {damaged.length > 0 && <DamagedNotice records={damaged} />}
        {/* Backup reminder: shown only when the last backup is older than the setting; an optional extra, so a failure hides it. */}
        {!safeMode && (
          <ErrorBoundary fallback={null}>
            <BackupReminderBanner />
          </ErrorBoundary>
        )}
        <MainRegion routeKey={`${area.path}/${route.params.join('/')}`}>
          <ErrorBoundary resetKey={area.path}>
            <CrashProbe />
            <Suspense fallback={<p className="loading">{sv.loading}</p>}>
              <area.component params={route.params} />
            </Suspense>
          </ErrorBoundary>
        </MainRegion>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}

function SafeModeNotice() {
  return (
    <div className="notice warn" data-testid="safe-mode">
      <p>
        <strong>{sv.safeMode.label}:</strong> {sv.safeMode.notice}
      </p>
      <button type="button" className="secondary" onClick={leaveSafeMode}>
        {sv.safeMode.leave}
      </button>
    </div>
  )
}

/** Names what could not be read and how to get it back; the damaged data itself is left as it is. */
function DamagedNotice({ records }: { records: readonly DamagedRecord[] }) {
  const counts = new Map<string, number>()
  for (const r of records) counts.set(r.table, (counts.get(r.table) ?? 0) + 1)
  return (
    <section className="notice danger" aria-labelledby="damaged-title" data-testid="damaged-records">
      <h2 id="damaged-title">{sv.damaged.title}</h2>
      <p>{sv.damaged.body}</p>
      <ul aria-label={sv.damaged.records}>
        {[...counts].map(([table, n]) => (
          <li key={table}>
            {sv.damaged.table(table)}
            {n > 1 ? ` (${n})` : ''}
          </li>
        ))}
      </ul>
      <p>
        {sv.damaged.howToFix} <a href="#/sakerhetskopiering">{sv.nav.backup}</a>.
      </p>
    </section>
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
