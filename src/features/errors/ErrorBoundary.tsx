import { Component, type ReactNode } from 'react';

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
    const detail = error.message.trim();
    return (
      <div
        role="alert"
        className="my-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50"
      >
        <p className="font-medium">{this.props.name} could not be shown because of an error.</p>
        {detail !== '' && <p className="mt-1 break-words">{detail}</p>}
        <p className="mt-1">The rest of the page still works.</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={this.retry}
            className="rounded-md border border-red-400 px-2 py-0.5 font-medium hover:bg-red-100 dark:border-red-600 dark:hover:bg-red-900"
          >
            Try again
          </button>
          {this.props.onBack !== undefined && (
            <button
              type="button"
              onClick={this.back}
              className="rounded-md border border-red-400 px-2 py-0.5 font-medium hover:bg-red-100 dark:border-red-600 dark:hover:bg-red-900"
            >
              Back to all comments
            </button>
          )}
        </div>
      </div>
    );
  }
}
