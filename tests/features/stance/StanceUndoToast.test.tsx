import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StanceUndoToast } from '../../../src/features/stance/StanceUndoToast.tsx';
import { createStanceUndoStore } from '../../../src/features/stance/stance-undo.ts';

describe('StanceUndoToast', () => {
  it('should say what changed and undo it', async () => {
    const store = createStanceUndoStore();
    const undo = vi.fn();
    render(<StanceUndoToast store={store} />);
    act(() => store.push({ kind: 'one', author: 'Mary', now: 'Supports', was: 'Opposes' }, undo));
    expect(screen.getByTestId('stance-undo')).toHaveTextContent(
      'Mary’s comment: Supports (was Opposes)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('stance-undo')).toBeNull();
  });

  it('should take focus to Undo when the relabelled comment left the page', async () => {
    const store = createStanceUndoStore();
    render(<StanceUndoToast store={store} />);
    (document.activeElement as HTMLElement | null)?.blur();
    act(() => store.push({ kind: 'all', count: 3 }, () => {}));
    expect(screen.getByTestId('stance-undo')).toHaveTextContent(
      'Removed all your labels (3 labels).',
    );
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus(), {
      timeout: 10_000,
    });
  });

  it('should go away when dismissed, without undoing', async () => {
    const store = createStanceUndoStore();
    const undo = vi.fn();
    render(<StanceUndoToast store={store} />);
    act(() => store.push({ kind: 'one', author: null, now: 'Neutral', was: 'Supports' }, undo));
    expect(screen.getByTestId('stance-undo')).toHaveTextContent('Anonymous’s comment');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('stance-undo')).toBeNull();
    expect(undo).not.toHaveBeenCalled();
  });
});
