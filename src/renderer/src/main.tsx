import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell } from './features/shell/AppShell'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppShell />
    </ErrorBoundary>
  </StrictMode>
)
