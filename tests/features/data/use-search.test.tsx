import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useArticles } from '../../../src/features/data/use-articles.ts';
import { useSearch } from '../../../src/features/data/use-search.ts';
import { createLocalClient } from '../../../src/worker/local-client.ts';
import type { SearchHits } from '../../../src/core/search/search-hits.ts';
import type { SearchAnswer } from '../../../src/worker/protocol.ts';
import { harness, loadSeed } from './support.tsx';

const NYT = 'trump-and-putin-agree-to-seek-syria-cease-fire';

const count = (hits: SearchHits | null) =>
  [...(hits?.at.values() ?? [])].reduce((n, at) => n + at.length, 0);

// Real parsing of the seeds: slow on a shared machine, so generous limits.
describe('useSearch', { timeout: 30_000 }, () => {
  it('should give null hits for an empty query', async () => {
    const { wrapper } = harness();
    const { result } = renderHook(() => useSearch('   ', null), { wrapper });
    expect(result.current.hits).toBeNull();
  });

  it('should find hits across both articles, keyed by the article slug', async () => {
    const { wrapper } = harness();
    const { result } = renderHook(
      () => ({ search: useSearch('putin', null), articles: useArticles() }),
      { wrapper },
    );
    await waitFor(() => expect(count(result.current.search.hits)).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    const hits = result.current.search.hits;
    expect(hits?.at.size).toBe(2);
    expect(hits?.terms).toContain('putin');
    for (const [slug, at] of hits?.at ?? []) {
      const article = result.current.articles.articles.find((a) => a.slug === slug);
      for (const i of at) expect(article?.doc.comments[i]?.body.toLowerCase()).toMatch(/putin/);
    }
  });

  it('should search one article when given its slug', async () => {
    const { wrapper } = harness();
    const { result } = renderHook(() => useSearch('putin', NYT), { wrapper });
    await waitFor(() => expect(count(result.current.hits)).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    expect([...(result.current.hits?.at.keys() ?? [])]).toEqual([NYT]);
  });

  it('should keep the previous hits on screen while the next query runs', async () => {
    const { wrapper } = harness();
    const { result, rerender } = renderHook(({ q }) => useSearch(q, NYT), {
      wrapper,
      initialProps: { q: 'putin' },
    });
    await waitFor(() => expect(count(result.current.hits)).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    const before = result.current.hits;
    rerender({ q: 'putin syria' });
    expect(result.current.hits).toBe(before);
    await waitFor(() => expect(result.current.hits).not.toBe(before));
    expect(count(result.current.hits)).toBeLessThanOrEqual(count(before));
  });

  it('should never show a late answer to a query no longer asked, only the current one’s', async () => {
    const real = createLocalClient({ loadSeed });
    const answers = new Map<string, (answer: SearchAnswer) => void>();
    const asked: Array<{ query: string; hashes: readonly string[] }> = [];
    // A worker that answers when told to, and answers even a search the page gave up on.
    const client = {
      ...real,
      search: (query: string, hashes: readonly string[]) =>
        new Promise<SearchAnswer>((resolve) => {
          asked.push({ query, hashes });
          answers.set(query, resolve);
        }),
    };
    const { wrapper } = harness({ client });
    const { result, rerender } = renderHook(
      ({ q }) => ({ search: useSearch(q, NYT), articles: useArticles() }),
      { wrapper, initialProps: { q: 'alpha' } },
    );
    await waitFor(() => expect(answers.has('alpha')).toBe(true), { timeout: 20_000 });
    const [hash] = asked[0]?.hashes ?? [];
    if (hash === undefined) throw new Error('no');
    const hit = (i: number): SearchAnswer => ({
      dumps: [{ hash, at: Int32Array.of(i) }],
      terms: ['x'],
    });
    const shown = () => [...(result.current.search.hits?.at.get(NYT) ?? [])];

    rerender({ q: 'beta' });
    await waitFor(() => expect(answers.has('beta')).toBe(true));
    expect(result.current.search.pending).toBe(true);
    act(() => answers.get('beta')?.(hit(1)));
    await waitFor(() => expect(result.current.search.pending).toBe(false));
    expect(shown()).toEqual([1]);

    // The old query's answer arrives last: it must not replace the current one.
    act(() => answers.get('alpha')?.(hit(0)));
    await new Promise((r) => setTimeout(r, 50));
    expect(shown()).toEqual([1]);
    expect(result.current.search.pending).toBe(false);
  });
});
