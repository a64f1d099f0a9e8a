import { Component, lazy, Suspense, type ReactNode } from 'react';

/** What failed, said at once (while the panel loads) and for good if it cannot load (offline). */
function ErrorSummary({ name, detail }: { readonly name: string; readonly detail: string }) {
  return (
    <div role="alert" className="break-words">
      {name} failed: <bdi>{detail}</bdi>
    </div>
  );
}

// Never rejects: a panel that failed to load would throw inside this boundary's own fallback,
// which React hands to the boundary above, or with none left, blanks the page.
const ErrorPanel = lazy(() =>
  import('./ErrorPanel.tsx').then(
    (m) => ({ default: m.ErrorPanel }),
    () => ({ default: ErrorSummary }),
  ),
);

export interface ErrorBoundaryProps {
  /** What the wrapped part is called in the message, e.g. "The comments" or "The statistics". */
  readonly name: string;
  /** A way back to a view that works (e.g. clear the link's filters); offered as "Back to all comments". */
  readonly onBack?: () => void;
  /** When any of these changes (another view, another article), a failed part gets a fresh try. */
  readonly resetKeys?: readonly unknown[];
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly keys: readonly unknown[];
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

function asError(thrown: unknown): Error {
  // A component may throw anything (a string, null): the message must still be readable.
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Keeps one bad part of the page from taking the rest down: shows what failed and a way back
 * instead of the blank page React leaves after an uncaught render error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: asError(thrown) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? [];
    if (sameKeys(keys, state.keys)) return null;
    return { keys, error: null };
  }

  private readonly retry = (): void => this.setState({ error: null });

  private readonly back = (): void => {
    this.props.onBack?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { name, onBack } = this.props;
    const detail = error.message.trim();
    // What failed is said at once; the panel with its ways back is fetched then, so the first view
    // does not carry the markup of a page that rarely fails (it had no bytes to spare).
    return (
      <Suspense fallback={<ErrorSummary name={name} detail={detail} />}>
        <ErrorPanel name={name} detail={detail} onRetry={this.retry} onBack={onBack && this.back} />
      </Suspense>
    );
  }
}
