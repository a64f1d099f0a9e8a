import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/features/errors/ErrorBoundary.tsx';

let failing = true;
function Fragile({ label }: { label: string }) {
  if (failing) throw new Error(`cannot draw ${label}`);
  return <p>{label} drawn</p>;
}

// React reports caught render errors on console.error; the test keeps its output readable.
beforeEach(() => {
  failing = true;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('should show what failed in an alert and keep the rest of the page', async () => {
    render(
      <>
        <p>Header still here</p>
        <ErrorBoundary name="The comments">
          <Fragile label="comments" />
        </ErrorBoundary>
      </>,
    );
    // Said at once, before the panel with its buttons has loaded.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The comments failed: cannot draw comments',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw comments');
    await screen.findByText('The rest of the page still works.');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The comments could not be shown because of an error.');
    expect(alert).toHaveTextContent('cannot draw comments');
    expect(screen.getByText('Header still here')).toBeInTheDocument();
  });

  it('should render the part again on "Try again" once it works', async () => {
    render(
      <ErrorBoundary name="The statistics">
        <Fragile label="stats" />
      </ErrorBoundary>,
    );
    failing = false;
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(screen.getByText('stats drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should fail again, still contained, when "Try again" meets the same error', async () => {
    render(
      <ErrorBoundary name="The statistics">
        <Fragile label="stats" />
      </ErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw stats');
  });

  it('should offer "Back to all comments" only with a way back, and call it', async () => {
    const onBack = vi.fn(() => {
      failing = false;
    });
    const { rerender } = render(
      <ErrorBoundary name="The thread">
        <Fragile label="thread" />
      </ErrorBoundary>,
    );
    await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('button', { name: 'Back to all comments' })).toBeNull();
    rerender(
      <ErrorBoundary name="The thread" onBack={onBack}>
        <Fragile label="thread" />
      </ErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Back to all comments' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(screen.getByText('thread drawn')).toBeInTheDocument();
  });

  it('should try again by itself when its reset keys change (another view)', async () => {
    function Page() {
      const [view, setView] = useState('a');
      return (
        <>
          <button type="button" onClick={() => setView('b')}>
            other view
          </button>
          <ErrorBoundary name="The view" resetKeys={[view]}>
            <Fragile label={view} />
          </ErrorBoundary>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw a');
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'other view' }));
    expect(screen.getByText('b drawn')).toBeInTheDocument();
  });

  it('should read a thrown non-Error into its message', () => {
    function ThrowsString(): never {
      throw 'plain string';
    }
    render(
      <ErrorBoundary name="The map">
        <ThrowsString />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('plain string');
  });

  it('should keep saying what failed when its panel cannot load (offline), the page still there', async () => {
    vi.resetModules();
    vi.doMock('../../../src/features/errors/ErrorPanel.tsx', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { ErrorBoundary: Offline } =
        await import('../../../src/features/errors/ErrorBoundary.tsx');
      render(
        <>
          <p>Header still here</p>
          <Offline name="The map" onBack={() => undefined}>
            <Fragile label="map" />
          </Offline>
        </>,
      );
      // The panel's import has failed once this one has; then React renders what replaced it.
      await expect(import('../../../src/features/errors/ErrorPanel.tsx')).rejects.toThrow();
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(screen.getByRole('alert')).toHaveTextContent('The map failed: cannot draw map');
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.getByText('Header still here')).toBeInTheDocument();
    } finally {
      vi.doUnmock('../../../src/features/errors/ErrorPanel.tsx');
    }
  });
});
