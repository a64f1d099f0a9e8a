import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../../core/support/thread-fixture.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';

const articles = [
  makeArticle('talks', [
    { id: 'a', author: 'Ann', body: 'The war goes on.' },
    { id: 'b', author: 'Bo', body: 'Peace, at last.' },
  ]),
];

// More comments than one task reads: every 1,000th mentions "war", every 1,500th "peace".
const big = makeArticle(
  'big',
  Array.from({ length: 12_000 }, (_, i) => ({
    id: `c${i}`,
    body: i % 1_000 === 0 ? 'No war.' : i % 1_500 === 0 ? 'Peace.' : 'Quiet.',
  })),
);
const other = makeArticle('other', [{ id: 'x', body: 'War again.' }]);

// Each test loads the hook afresh: the matcher it loads is kept for the page's life.
async function freshModule() {
  vi.resetModules();
  return import('../../../src/features/mute/use-muted-word-hits.ts');
}
const freshHook = async () => (await freshModule()).useMutedWordHits;

describe('useMutedWordHits', () => {
  it('should hide nothing, at once, while no word is muted', async () => {
    const useMutedWordHits = await freshHook();
    const { result } = renderHook(() => useMutedWordHits(articles, []));
    expect(result.current.hits?.size).toBe(0);
    expect(result.current.error).toBeNull();
  });

  it('should hold the comments back (null) until the matcher loads, then name what it hides', async () => {
    const useMutedWordHits = await freshHook();
    const words = ['War'];
    const { result } = renderHook(() => useMutedWordHits(articles, words));
    expect(result.current.hits).toBeNull();
    await waitFor(() => expect(result.current.hits).not.toBeNull());
    expect([...(result.current.hits ?? [])]).toEqual([['talks/a', 'War']]);
  });

  it('should find the words without waiting for a load once the matcher was loaded ahead', async () => {
    const { loadMutedWords, useMutedWordHits } = await freshModule();
    await loadMutedWords();
    const words = ['peace'];
    const { result } = renderHook(() => useMutedWordHits(articles, words));
    expect([...(result.current.hits ?? [])]).toEqual([['talks/b', 'peace']]);
  });

  it('should read a big dump a slice per task, keeping the last hits only for articles they read', async () => {
    const { loadMutedWords, useMutedWordHits } = await freshModule();
    await loadMutedWords();
    vi.useFakeTimers();
    try {
      let props = { list: [big], words: ['war'] };
      const { result, rerender } = renderHook(() => useMutedWordHits(props.list, props.words));
      expect(result.current.hits).toBeNull();
      await act(() => vi.runAllTimersAsync());
      expect(result.current.hits?.size).toBe(12);
      // A new word: the last hits stand until it is found.
      props = { list: [big], words: ['war', 'peace'] };
      rerender();
      expect(result.current.hits?.size).toBe(12);
      await act(() => vi.runAllTimersAsync());
      expect(result.current.hits?.size).toBe(12 + 4);
      // A new article: nothing is known of it, so nothing stands.
      props = { list: [big, other], words: props.words };
      rerender();
      expect(result.current.hits).toBeNull();
      await act(() => vi.runAllTimersAsync());
      expect(result.current.hits?.get('other/x')).toBe('war');
    } finally {
      vi.useRealTimers();
    }
  });

  it('should keep the comments shown while a first word is looked for over the articles shown', async () => {
    const { loadMutedWords, useMutedWordHits } = await freshModule();
    await loadMutedWords();
    vi.useFakeTimers();
    try {
      let props: { list: ArticleIndex[]; words: string[] } = { list: [big], words: [] };
      const { result, rerender } = renderHook(() => useMutedWordHits(props.list, props.words));
      expect(result.current.hits?.size).toBe(0);
      // A new list of the same articles (a tree redrawn with its stances): nothing is hidden
      // until the word is found, and an article opened since is held back (the test above).
      props = { list: [big], words: ['war'] };
      rerender();
      expect(result.current.hits?.size).toBe(0);
      await act(() => vi.runAllTimersAsync());
      expect(result.current.hits?.size).toBe(12);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should report a matcher that cannot load, still holding the comments back', async () => {
    vi.doMock('../../../src/core/view/muted-words.ts', () => {
      throw new Error('offline');
    });
    try {
      const useMutedWordHits = await freshHook();
      const words = ['war'];
      const { result } = renderHook(() => useMutedWordHits(articles, words));
      await waitFor(() => expect(result.current.error).not.toBeNull());
      expect(result.current.hits).toBeNull();
    } finally {
      vi.doUnmock('../../../src/core/view/muted-words.ts');
    }
  });
});
