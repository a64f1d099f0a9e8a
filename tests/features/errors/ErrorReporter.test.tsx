import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorReporter } from '../../../src/features/errors/ErrorReporter.tsx';
import { clearErrorReports, reportError } from '../../../src/features/errors/error-reports.ts';
import { watchWorker } from '../../../src/features/errors/watch-worker.ts';

afterEach(() => act(() => clearErrorReports()));

describe('ErrorReporter', () => {
  it('should say nothing while nothing failed', () => {
    render(<ErrorReporter />);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('should announce a crashed worker with what to do, once per distinct message', () => {
    render(<ErrorReporter />);
    act(() => {
      reportError('worker', 'out of memory');
      reportError('worker', 'out of memory');
    });
    const items = screen.getByRole('alert').querySelectorAll('p');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/worker .* failed: out of memory Reload the page/);
  });

  it('should report the error events of a watched worker', () => {
    render(<ErrorReporter />);
    const fake = new EventTarget();
    watchWorker(fake as unknown as Worker);
    act(() => {
      fake.dispatchEvent(
        new ErrorEvent('error', { message: 'Uncaught TypeError: x is undefined' }),
      );
      fake.dispatchEvent(new Event('messageerror'));
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('x is undefined');
    expect(alert).toHaveTextContent('could not be read');
  });

  it('should report an uncaught rejection on the page but not a cancelled request', () => {
    render(<ErrorReporter />);
    act(() => {
      const cancelled = new Event('unhandledrejection') as Event & { reason?: unknown };
      cancelled.reason = new DOMException('Search was cancelled.', 'AbortError');
      globalThis.dispatchEvent(cancelled);
      const failed = new Event('unhandledrejection') as Event & { reason?: unknown };
      failed.reason = new Error('export failed');
      globalThis.dispatchEvent(failed);
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this page: export failed');
    expect(alert).not.toHaveTextContent('cancelled');
  });

  it('should let the reader dismiss a report', async () => {
    render(<ErrorReporter />);
    act(() => reportError('page', 'boom'));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss error' }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
