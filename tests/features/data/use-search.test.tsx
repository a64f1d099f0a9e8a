import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useArticles } from '../../../src/features/data/use-articles.ts';
import { useSearch } from '../../../src/features/data/use-search.ts';
import { createLocalClient } from '../../../src/worker/local-client.ts';
import type { DumpHit } from '../../../src/worker/protocol.ts';
import { harness, loadSeed } from './support.tsx';

const NYT = 'trump-and-putin-agree-to-seek-syria-cease-fire';

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
    await waitFor(() => expect(result.current.search.hits?.length ?? 0).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    const slugs = new Set(result.current.search.hits?.map((h) => h.slug));
    expect(slugs.size).toBe(2);
    for (const h of result.current.search.hits ?? []) {
      const article = result.current.articles.articles.find((a) => a.slug === h.slug);
      expect(article?.byId.has(h.id)).toBe(true);
    }
  });

  it('should search one article when given its slug', async () => {
    const { wrapper } = harness();
    const { result } = renderHook(() => useSearch('putin', NYT), { wrapper });
    await waitFor(() => expect(result.current.hits?.length ?? 0).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    expect(result.current.hits?.every((h) => h.slug === NYT)).toBe(true);
  });

  it('should keep the previous hits on screen while the next query runs', async () => {
    const { wrapper } = harness();
    const { result, rerender } = renderHook(({ q }) => useSearch(q, NYT), {
      wrapper,
      initialProps: { q: 'putin' },
    });
    await waitFor(() => expect(result.current.hits?.length ?? 0).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    const before = result.current.hits;
    rerender({ q: 'putin syria' });
    expect(result.current.hits).toBe(before);
    await waitFor(() => expect(result.current.hits).not.toBe(before));
    expect(result.current.hits?.length).toBeLessThanOrEqual(before?.length ?? 0);
  });

  it('should never show a late answer to a query no longer asked, only the current one’s', async () => {
    const real = createLocalClient({ loadSeed });
    const answers = new Map<string, (hits: DumpHit[]) => void>();
    const asked: Array<{ query: string; hashes: readonly string[] }> = [];
    // A worker that answers when told to, and answers even a search the page gave up on.
    const client = {
      ...real,
      search: (query: string, hashes: readonly string[]) =>
        new Promise<DumpHit[]>((resolve) => {
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
    const article = result.current.articles.articles.find((a) => a.slug === NYT);
    const [first, second] = [...(article?.byId.keys() ?? [])];
    if (hash === undefined || first === undefined || second === undefined) throw new Error('no');
    const hit = (id: string): DumpHit => ({ hash, id, score: 1, terms: ['x'] });

    rerender({ q: 'beta' });
    await waitFor(() => expect(answers.has('beta')).toBe(true));
    expect(result.current.search.pending).toBe(true);
    act(() => answers.get('beta')?.([hit(second)]));
    await waitFor(() => expect(result.current.search.pending).toBe(false));
    expect(result.current.search.hits?.map((h) => h.key)).toEqual([`${NYT}/${second}`]);

    // The old query's answer arrives last: it must not replace the current one.
    act(() => answers.get('alpha')?.([hit(first)]));
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current.search.hits?.map((h) => h.key)).toEqual([`${NYT}/${second}`]);
    expect(result.current.search.pending).toBe(false);
  });
});
