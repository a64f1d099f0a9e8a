import { stanceRelevance } from '../../../src/core/stance/stance-relevance.ts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverrideStore } from '../../../src/features/stance/override-store.ts';
import { createStanceUndoStore } from '../../../src/features/stance/stance-undo.ts';
import { YourLabels } from '../../../src/features/stance/YourLabels.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';

const article = makeArticle(
  'peace',
  [
    { id: 'a', author: 'Mary', body: 'Talking beats war, every single time.', stance: 'neutral' },
    { id: 'b', author: null, body: 'Two liars.', stance: 'oppose' },
  ],
  'Peace talks',
);

function setup() {
  localStorage.clear();
  const store = createOverrideStore(() => localStorage);
  const undoStore = createStanceUndoStore();
  store.set('peace/b', 'support');
  store.set('peace/a', 'support');
  const onOpenComment = vi.fn();
  render(
    <YourLabels
      loaded={[
        {
          hash: 'peace',
          name: 'peace.txt',
          index: article,
          relevance: stanceRelevance(article.doc.comments),
        },
      ]}
      store={store}
      undoStore={undoStore}
      onOpenComment={onOpenComment}
    />,
  );
  return { store, undoStore, onOpenComment };
}

async function openList() {
  await userEvent.click(screen.getByRole('button', { name: 'Your labels (2)' }));
  return screen.findByRole('dialog', { name: 'Your labels' });
}

describe('YourLabels', () => {
  beforeEach(() => localStorage.clear());

  it('should list each relabelled comment in page order: author, start of text, machine → yours', async () => {
    setup();
    const dialog = await openList();
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Mary');
    expect(items[0]).toHaveTextContent('Talking beats war');
    expect(items[0]).toHaveTextContent('Machine: Neutral → Yours: Supports');
    expect(items[1]).toHaveTextContent('Anonymous');
    expect(items[1]).toHaveTextContent('Machine: Opposes → Yours: Supports');
  });

  it('should link each to the comment by ?comment=ID&article=SLUG and open it in the app', async () => {
    const { onOpenComment } = setup();
    const dialog = await openList();
    const link = within(dialog).getByRole('link', { name: 'Mary' });
    expect(link).toHaveAttribute('href', '?comment=a&article=peace');
    await userEvent.click(link);
    expect(onOpenComment).toHaveBeenCalledWith('peace', 'a');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('should remove one label, with an undo', async () => {
    const { store, undoStore } = setup();
    const dialog = await openList();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove your label for Mary’s comment' }),
    );
    expect(store.getSnapshot().overrides.has('peace/a')).toBe(false);
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    undoStore.undo(undoStore.getSnapshot()?.id ?? 0);
    expect(store.getSnapshot().overrides.get('peace/a')).toBe('support');
  });

  it('should reset all only after a confirmation, and undo it', async () => {
    const { store, undoStore } = setup();
    const dialog = await openList();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset all' }));
    expect(within(dialog).getByText('Remove all 2 labels?')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    expect(store.getSnapshot().overrides.size).toBe(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset all' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, remove all' }));
    expect(store.getSnapshot().overrides.size).toBe(0);
    expect(within(dialog).getByText(/You have not relabelled any comment/u)).toBeVisible();
    expect(undoStore.getSnapshot()).toMatchObject({ kind: 'all', count: 2 });
    undoStore.undo(undoStore.getSnapshot()?.id ?? 0);
    expect(store.getSnapshot().overrides.size).toBe(2);
  });

  it('should close on Escape and give focus back to its button', async () => {
    setup();
    await openList();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Your labels (2)' })).toHaveFocus();
  });
});
