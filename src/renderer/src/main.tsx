import '@renderer/app/boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell } from '@renderer/app/AppShell'
import { ErrorBoundary } from '@renderer/app/ErrorBoundary'
import { mark } from '@renderer/db/firstView'
import { readSafeMode } from '@renderer/platform/safeMode'
import { parseHash } from '@renderer/store/ui'
import { findArea, preloadArea } from '@renderer/app/routes'
import './styles.css'

// The start-up code has been parsed and evaluated (bench: "skript").
mark('script-evaluated')
// The first screen's data is already being read (app/boot.ts); its area's code (already
// downloading: index.html preloads it) is evaluated meanwhile, while React renders the shell.
if (!readSafeMode()) preloadArea(findArea(parseHash(location.hash).area).path)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppShell />
    </ErrorBoundary>
  </StrictMode>
)
