import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell } from '@renderer/app/AppShell'
import { ErrorBoundary } from '@renderer/app/ErrorBoundary'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppShell />
    </ErrorBoundary>
  </StrictMode>
)
