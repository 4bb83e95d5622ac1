import { Component, type ErrorInfo, type ReactNode } from 'react'
import { sv } from '@renderer/i18n/sv'
import { enterSafeMode } from '@renderer/platform/safeMode'

type Props = {
  children: ReactNode
  resetKey?: string
  /** Shown instead of the error screen (e.g. nothing, for an optional banner). */
  fallback?: ReactNode
}
type State = { error: Error | null }

/**
 * Shows a clear Swedish message instead of a blank window when a screen throws while rendering,
 * with ways out that work even when stored data is what fails: reload, go to the backup screen,
 * or restart in safe mode (only Säkerhetskopiering and Inställningar).
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Renderfel', error, info.componentStack)
  }

  componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null })
  }

  render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    if (this.props.fallback !== undefined) return this.props.fallback
    return (
      <ErrorScreen
        title={sv.errors.title}
        body={sv.errors.body}
        details={error.message}
        actions={
          <>
            <button type="button" onClick={() => location.reload()}>
              {sv.errors.reload}
            </button>
            <a className="button secondary" href="#/sakerhetskopiering" onClick={() => this.setState({ error: null })}>
              {sv.errors.toBackup}
            </a>
            <button type="button" className="secondary" onClick={enterSafeMode}>
              {sv.errors.safeMode}
            </button>
          </>
        }
        hint={sv.errors.safeModeHint}
      />
    )
  }
}

export function ErrorScreen(props: { title: string; body: string; details?: string; actions?: ReactNode; hint?: string }) {
  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{props.title}</h1>
      <p>{props.body}</p>
      {props.details && (
        <details>
          <summary>{sv.errors.details}</summary>
          <pre>{props.details}</pre>
        </details>
      )}
      {props.actions && <div className="actions">{props.actions}</div>}
      {props.hint && <p className="hint">{props.hint}</p>}
    </section>
  )
}
