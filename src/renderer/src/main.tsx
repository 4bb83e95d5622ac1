import '@renderer/app/boot'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { AppShell } from '@renderer/app/AppShell'
import { ErrorBoundary } from '@renderer/app/ErrorBoundary'
import { finishedFirstView, firstViewSettled, mark } from '@renderer/db/firstView'
import { readSafeMode } from '@renderer/platform/safeMode'
import { parseHash, useUi } from '@renderer/store/ui'
import { findArea, preloadArea } from '@renderer/app/routes'
import './styles.css'

/** A slow disk must not leave the window empty: after this, the shell shows "Laddar…" and waits itself. */
const FIRST_VIEW_WAIT_MS = 300

// The start-up code has been parsed and evaluated (bench: "skript").
mark('script-evaluated')
// The first screen's data is already being read (app/boot.ts); its area's code (already
// downloading: index.html preloads it) is evaluated meanwhile, while React renders the shell.
if (!readSafeMode()) preloadArea(findArea(parseHash(location.hash).area).path)

// React renders once the start-up read is in (it usually is, a few ms after this code has run), so
// the first screen is laid out once, with its data.
void firstViewSettled(FIRST_VIEW_WAIT_MS).then(() => {
  const read = finishedFirstView()
  if (read) useUi.getState().setProfile(read.profile)
  const root = createRoot(document.getElementById('root')!)
  // Rendered at once rather than in a scheduler task of its own: the data and the code are both here,
  // and waiting a turn cost the first screen a frame (bench: 8–12 ms later).
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <AppShell startedWithData={read !== undefined} />
        </ErrorBoundary>
      </StrictMode>
    )
  )
})
