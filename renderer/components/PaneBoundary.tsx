import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'

type Props = { name: string; children: ReactNode }
type State = { error: Error | null; generation: number }

/**
 * Keeps a failing pane from blanking the window: the pane shows what went wrong and a Reload pane
 * button that mounts it afresh (the document is in the store, so nothing is lost). React offers
 * error boundaries only as classes.
 */
export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} pane failed:`, error, info.componentStack)
  }

  override render() {
    const { error, generation } = this.state
    if (error) {
      return (
        <div className="pane-error" role="alert">
          <h2>The {this.props.name} pane stopped working</h2>
          <p>{error.message || 'An unexpected error.'} Your brief is safe; reload the pane to go on.</p>
          <button
            type="button"
            className="primary"
            onClick={() => this.setState({ error: null, generation: generation + 1 })}
          >
            Reload pane
          </button>
        </div>
      )
    }
    return (
      <div key={generation} className="pane-boundary">
        {this.props.children}
      </div>
    )
  }
}
