import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './support/render-explorer.tsx';
import { twoArticles } from './support/make-articles.ts';

const focusedId = () => (document.activeElement as HTMLElement | null)?.id;

describe('ExplorerView keyboard', () => {
  it('should move to the next and previous comment with j and k', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.keyboard('j');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
    await user.keyboard('j');
    await waitFor(() => expect(focusedId()).toBe('c-a2'));
    await user.keyboard('k');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
  });

  it('should go to the parent with h and to the next thread with Shift+J', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.keyboard('jjj');
    await waitFor(() => expect(focusedId()).toBe('c-a3'));
    await user.keyboard('h');
    await waitFor(() => expect(focusedId()).toBe('c-a2'));
    await user.keyboard('h');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
    await user.keyboard('J');
    await waitFor(() => expect(focusedId()).toBe('c-a4'));
    await user.keyboard('K');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
  });

  it('should collapse the focused comment’s replies with Enter and open them with Space', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.keyboard('j');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
    await user.keyboard('{Enter}');
    expect(document.getElementById('c-a2')).toBeNull();
    await user.keyboard(' ');
    expect(document.getElementById('c-a2')).not.toBeNull();
  });

  it('should focus the search field with / and ignore shortcuts while typing', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search comments' });
    expect(search).toHaveFocus();
    await user.keyboard('jk');
    expect(search).toHaveValue('jk');
    expect(search).toHaveFocus();
  });

  it('should open the key help with ? and return focus when Escape closes it', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.keyboard('j');
    await waitFor(() => expect(focusedId()).toBe('c-a1'));
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent(/Next comment/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focusedId()).toBe('c-a1');
  });
});
