import { screen, render, waitFor, within } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { parseThread } from '../../src/core/parse-thread.ts';
import { ThreadClientProvider } from '../../src/features/data/thread-client.tsx';
import type { ThreadClient } from '../../src/worker/client-types.ts';
import { createLocalClient } from '../../src/worker/local-client.ts';

window.scrollTo = () => {};

const loadSeed = (name: string) => readFile(join(process.cwd(), 'seeds', name), 'utf8');

/**
 * The seeds opened as big dumps are (stances read after the threads are shown), with the stances
 * held back until `release`: the page's state in between can be looked at.
 */
function deferredClient() {
  const engine = createLocalClient({ loadSeed, deferStancesFrom: 0 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  /** Dumps whose threads the page has and whose stances it asked for. */
  const asked: string[] = [];
  const client: ThreadClient = {
    ...engine,
    stances: async (hash, opts) => {
      asked.push(hash);
      await held;
      return engine.stances(hash, opts);
    },
  };
  return { client, release, asked };
}

function renderApp(client: ThreadClient, url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <ThreadClientProvider client={client}>
      <App />
    </ThreadClientProvider>,
  );
}

const badges = () => screen.queryAllByRole('button', { name: /stance details/u });

describe('Explorer with stances read after the threads', () => {
  it('should show the threads at once, then the stance badges and counts once they are read', async () => {
    const { client, release } = deferredClient();
    renderApp(client, '/');
    await screen.findByText('159 of 159 comments', {}, { timeout: 55_000 });
    expect(document.querySelectorAll('article[id^="c-"]').length).toBeGreaterThan(0);
    expect(badges()).toEqual([]);
    const stance = screen.getByRole('group', { name: 'Stance' });
    expect(stance).toHaveTextContent('Reading stances…');
    expect(within(stance).queryAllByRole('checkbox')).toEqual([]);

    release();
    await within(stance).findAllByRole('checkbox', {}, { timeout: 55_000 });
    expect(stance).not.toHaveTextContent('Reading stances…');
    expect(badges().length).toBeGreaterThan(0);
  }, 60_000);

  it('should land a stance link once the stances are read, not before with every comment neutral', async () => {
    const texts = await Promise.all(
      ['000_ee58b0036ea7db85.txt', '002_2cf2c4a3a6e85ec2.txt'].map(loadSeed),
    );
    const supporters = texts
      .map((t) => parseThread(t))
      .flatMap((r) => (r.ok ? r.value.comments : []))
      .filter((c) => c.stance.label === 'support').length;
    const { client, release, asked } = deferredClient();
    renderApp(client, '/?stance=support');
    // Both seeds' threads are on the page while the view still waits for their stances.
    await waitFor(() => expect(asked).toHaveLength(2), { timeout: 55_000 });
    // Landed early, it would say "0 of 159 comments": every comment counted neutral.
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Loading comments…/);

    release();
    const status = `${supporters} of 159 comments`;
    await screen.findByText(status, {}, { timeout: 55_000 });
    expect(badges().length).toBeGreaterThan(0);
  }, 60_000);
});
