import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { articleSlug } from '../../../src/core/article/article-slug.ts';
import { useArticles } from '../../../src/features/data/use-articles.ts';
import { seedSources } from '../../../src/features/library/seed-sources.ts';
import { createLocalClient } from '../../../src/worker/local-client.ts';
import { harness, loadSeed } from './support.tsx';
import { articleQueryKey } from '../../../src/features/data/article-load.ts';
import { textHash } from '../../../src/core/article/text-hash.ts';

/** A file source's input, under the hash the worker gives its text. */
const fileOf = (name: string, text: string) => ({
  name,
  blob: new Blob([text], { type: 'text/plain' }),
  hash: textHash(text),
});

// Real parsing of the seeds: slow on a shared machine, so generous limits.
describe('useArticles', { timeout: 30_000 }, () => {
  it('should list the bundled seeds as sources', () => {
    expect(seedSources().map((s) => s.name)).toEqual([
      '000_ee58b0036ea7db85.txt',
      '002_2cf2c4a3a6e85ec2.txt',
    ]);
  });

  it('should open both seeds into articles in source order', async () => {
    const { wrapper } = harness();
    const { result } = renderHook(() => useArticles(), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: 20_000 });
    const [nyt, indented] = result.current.articles;
    expect(nyt?.slug).toBe('trump-and-putin-agree-to-seek-syria-cease-fire');
    expect(indented?.doc.format).toBe('indented');
    expect(indented?.slug).toBe(articleSlug(indented?.doc.article.title ?? ''));
    expect(result.current.failures).toEqual([]);
    expect(result.current.loaded.map((l) => l.hash)).toHaveLength(2);
  });

  it('should dedupe the slug of a dump added with the same title and not reparse known text', async () => {
    const client = createLocalClient({ loadSeed });
    const open = vi.spyOn(client, 'open');
    const { wrapper, store } = harness({ client });
    const { result } = renderHook(() => useArticles(), { wrapper });
    await waitFor(() => expect(result.current.articles).toHaveLength(2), { timeout: 20_000 });
    const text = await loadSeed('000_ee58b0036ea7db85.txt');
    const edited = text.replace('Mary (Atlanta)', 'Marie (Atlanta)');
    act(() => {
      store.add(fileOf('mine.txt', edited));
      store.add(fileOf('again.txt', edited));
    });
    await waitFor(() => expect(result.current.articles).toHaveLength(3), { timeout: 20_000 });
    expect(result.current.articles[2]?.slug).toBe(
      'trump-and-putin-agree-to-seek-syria-cease-fire-2',
    );
    expect(open).toHaveBeenCalledTimes(3);
  });

  it('should forget a dump the reader removed, in the worker and the query cache, and only that one', async () => {
    const client = createLocalClient({ loadSeed });
    const forget = vi.spyOn(client, 'forget');
    const { wrapper, store, queryClient } = harness({ client });
    const { result } = renderHook(() => useArticles(), { wrapper });
    const text = await loadSeed('002_2cf2c4a3a6e85ec2.txt');
    let kept = '';
    let gone = '';
    act(() => {
      gone = store.add(fileOf('a.txt', text.replace('Jason Ditz', 'J. Ditz'))).key;
      kept = store.add(fileOf('b.txt', text.replace('Jason Ditz', 'Jay Ditz'))).key;
    });
    await waitFor(() => expect(result.current.articles).toHaveLength(4), { timeout: 20_000 });
    expect(forget).not.toHaveBeenCalled();
    act(() => store.remove(gone));
    await waitFor(() => expect(forget).toHaveBeenCalledTimes(1));
    expect(`file:${forget.mock.calls[0]?.[0]}`).toBe(gone);
    const cached = (key: string) => queryClient.getQueryData(['article', 'file', key.slice(5)]);
    expect(cached(gone)).toBeUndefined();
    expect(cached(kept)).toBeDefined();
    expect(store.getSnapshot().some((s) => s.key === kept)).toBe(true);
  });

  it('should move a dump filed under a hash its bytes do not have to the hash the worker found', async () => {
    const { wrapper, store } = harness();
    const { result } = renderHook(() => useArticles(), { wrapper });
    const text = (await loadSeed('002_2cf2c4a3a6e85ec2.txt')).replace('Jason Ditz', 'J. Ditz');
    act(() => {
      store.add({ ...fileOf('old.txt', text), hash: '00000000000000' });
    });
    await waitFor(() => expect(result.current.articles).toHaveLength(3), { timeout: 20_000 });
    const files = store.getSnapshot().filter((s) => s.kind === 'file');
    expect(files.map((s) => [s.name, s.key])).toEqual([['old.txt', `file:${textHash(text)}`]]);
    expect(result.current.loaded.map((l) => l.hash)).toContain(textHash(text));
  });

  it('should report a file that is not a dump as a failure with a message, keeping the rest', async () => {
    const { wrapper, store } = harness();
    const { result } = renderHook(() => useArticles(), { wrapper });
    act(() => {
      store.add(fileOf('notes.txt', 'hello\nworld\n'));
    });
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: 20_000 });
    expect(result.current.articles).toHaveLength(2);
    expect(result.current.failures.map((f) => [f.source.name, f.error.code])).toEqual([
      ['notes.txt', 'unknown-layout'],
    ]);
  });

  it('should hold a later dump that arrives first until the one before it is in', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const client = createLocalClient({
      loadSeed: async (name) => {
        if (name.startsWith('000_')) await gate;
        return loadSeed(name);
      },
    });
    const { wrapper, queryClient, store } = harness({ client });
    const { result } = renderHook(() => useArticles(), { wrapper });
    // The second seed is parsed while the first waits; shown alone it would be pushed down later.
    const second = articleQueryKey(store.getSnapshot()[1]!);
    await waitFor(() => expect(queryClient.getQueryState(second)?.status).toBe('success'), {
      timeout: 20_000,
    });
    expect(result.current.isPending).toBe(true);
    expect(result.current.articles).toEqual([]);
    release();
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: 20_000 });
    expect(result.current.articles.map((a) => a.doc.comments.length)).toEqual([135, 24]);
  });

  it('should keep the same articles array across re-renders once loaded', async () => {
    const { wrapper } = harness();
    const { result, rerender } = renderHook(() => useArticles(), { wrapper });
    // Loaded, stances included: their arrival is a real change of the articles, not a re-render.
    const settled = () =>
      !result.current.isPending && result.current.articles.every((a) => a.stancesPending !== true);
    await waitFor(() => expect(settled()).toBe(true), { timeout: 20_000 });
    const first = result.current.articles;
    rerender();
    expect(result.current.articles).toBe(first);
  });

  it('should surface a worker exception as an error, not a silent empty list', async () => {
    const client = createLocalClient({ loadSeed: () => Promise.reject(new Error('chunk 404')) });
    const { wrapper } = harness({ client });
    const { result } = renderHook(() => useArticles(), { wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error?.message).toContain('chunk 404');
  });
});
