import { screen, render, waitFor, within } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { parseThread } from '../../src/core/parse-thread.ts';
import { ThreadClientProvider } from '../../src/features/data/thread-client.tsx';
import type { ThreadClient } from '../../src/worker/client-types.ts';
import { createLocalClient } from '../../src/worker/local-client.ts';
import { threadSize } from '../core/support/thread-size.ts';

window.scrollTo = () => {};

const loadSeed = (name: string) => readFile(join(process.cwd(), 'seeds', name), 'utf8');

/**
 * The seeds opened as big dumps are (stances read after the threads are shown), with the stances
 * held back until `release`: the page's state in between can be looked at.
 */
function deferredClient() {
  const engine = createLocalClient({ loadSeed });
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

/**
 * The seeds with the flat one opened as a big flat dump is (every comment at the top level, in page
 * order, until its parents are guessed), its threads held back until `release`.
 */
function threadsHeldClient() {
  const engine = createLocalClient({ loadSeed, deferRepliesFrom: 0 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const client: ThreadClient = {
    ...engine,
    replies: async (hash, opts) => {
      await held;
      return engine.replies(hash, opts);
    },
  };
  return { client, release };
}

const NYT_SLUG = 'trump-and-putin-agree-to-seek-syria-cease-fire';

/** The seed's first guessed reply, and how many comments its thread holds (root and all). */
async function firstReply() {
  const parsed = parseThread(await loadSeed('000_ee58b0036ea7db85.txt'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { comments } = parsed.value;
  const reply = comments.find((c) => c.parentId !== null);
  if (reply === undefined) throw new Error('the seed has no guessed reply');
  return { id: reply.id, inThread: threadSize(comments, reply.id) };
}

describe('Explorer with a flat dump shown before its threads', () => {
  it('should show its comments in page order at once, saying so, until its threads are guessed', async () => {
    const { client, release } = threadsHeldClient();
    renderApp(client, `/?article=${NYT_SLUG}`);
    const status = await screen.findByText(
      /^135 of 135 comments in page order\. Finding who answers whom…/u,
      {},
      { timeout: 55_000 },
    );
    // Which rows show is not checked here: the seed's first screen holds no reply either way (the
    // thread link below and the Chromium test show the threads arriving).
    expect(document.querySelectorAll('article[id^="c-"]').length).toBeGreaterThan(0);

    release();
    await waitFor(() => expect(status).toHaveTextContent(/^135 of 135 comments$/u), {
      timeout: 55_000,
    });
  }, 60_000);

  it('should land a thread link once the threads are there, not on a list with no replies', async () => {
    const reply = await firstReply();
    const { client, release } = threadsHeldClient();
    renderApp(client, `/?article=${NYT_SLUG}&thread=${reply.id}`);
    await screen.findByText(/^Finding who answers whom…/u, {}, { timeout: 55_000 });
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(0);

    release();
    const count = `${reply.inThread} of ${reply.inThread} comments`;
    await screen.findByText(count, {}, { timeout: 55_000 });
    expect(document.getElementById(`c-${reply.id}`)).not.toBeNull();
    expect(screen.getAllByRole('button', { name: 'Parent' }).length).toBeGreaterThan(0);
  }, 60_000);
});
