/** Shows a message in place of a part that failed, so the rest of the app keeps working. */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, in words: "The network view", "The Details panel". */
  name: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // Kept in the console for whoever debugs; the user sees the message below.
    console.warn(`${this.props.name} failed:`, error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p>
          {this.props.name} could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
