import { screen, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { ThreadClientProvider } from '../../src/features/data/thread-client.tsx';
import { createLocalClient } from '../../src/worker/local-client.ts';

window.scrollTo = () => {};

// One in-page engine for the file: it caches by text hash, so the seeds are parsed once.
const client = createLocalClient({
  loadSeed: (name) => readFile(join(process.cwd(), 'seeds', name), 'utf8'),
});

function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  return render(
    <ThreadClientProvider client={client}>
      <App />
    </ThreadClientProvider>,
  );
}

describe('App', () => {
  it('should show the product name as the page heading', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Thread Explorer');
  });

  it('should open both seed articles with all their comments in scope', async () => {
    renderApp();
    await screen.findByText('159 of 159 comments', {}, { timeout: 55_000 });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('159 of 159 comments');
    const switcher = screen.getByRole('navigation', { name: 'Articles' });
    expect(within(switcher).getByRole('button', { name: /135 comments/ })).toBeInTheDocument();
    expect(within(switcher).getByRole('button', { name: /24 comments/ })).toBeInTheDocument();
    // The list is virtualised: the first article's header and its first comments are rendered.
    expect(
      (await screen.findAllByRole('heading', { level: 2 }, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    expect(document.querySelectorAll('article[id^="c-"]').length).toBeGreaterThan(0);
  }, 60_000);

  it('should search both articles in the worker engine and highlight the hits', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('159 of 159 comments', {}, { timeout: 55_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search comments' }), 'putin');
    const results = await screen.findByRole(
      'list',
      { name: 'Hits per article' },
      { timeout: 55_000 },
    );
    expect(within(results).getAllByRole('listitem')).toHaveLength(2);
    expect(document.querySelectorAll('article mark').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('status')[0]).not.toHaveTextContent('159 of 159');
  }, 60_000);
});
