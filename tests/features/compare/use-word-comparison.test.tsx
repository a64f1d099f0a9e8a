import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { compareWords } from '../../../src/core/stats/compare-articles.ts';
import { wordCounts } from '../../../src/core/stats/word-counts.ts';
import { useWordComparison } from '../../../src/features/compare/use-word-comparison.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { makeArticle } from '../../core/support/thread-fixture.ts';

const expected = (a: ArticleIndex, b: ArticleIndex) =>
  compareWords(
    wordCounts(a.doc.comments.map((c) => c.body)),
    wordCounts(b.doc.comments.map((c) => c.body)),
  );

/** `n` comments; every 7th says `word`, the rest talk of the weather. */
const many = (slug: string, n: number, word: string) =>
  makeArticle(
    slug,
    Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      body: i % 7 === 0 ? `The ${word} again, ${i}.` : 'Rain today.',
    })),
  );

describe('useWordComparison', () => {
  it('should give the distinctive words of small discussions at once', () => {
    const a = makeArticle('a', [{ id: 'x', body: 'Sanctions now, sanctions!' }]);
    const b = makeArticle('b', [{ id: 'y', body: 'Peace talks, peace.' }]);
    const { result } = renderHook(() => useWordComparison(a, b));
    expect(result.current).toEqual(expected(a, b));
  });

  it('should count big discussions a slice per task, and say nothing of sides it has not counted', async () => {
    const a = many('a', 6_000, 'sanctions');
    const b = many('b', 3_000, 'peace');
    const c = many('c', 2_000, 'summit');
    vi.useFakeTimers();
    try {
      let sides = [a, b] as const;
      const { result, rerender } = renderHook(() => useWordComparison(sides[0], sides[1]));
      expect(result.current).toBeNull();
      // One slice (2,000 comments) is not all 9,000: still counting.
      await act(() => vi.advanceTimersToNextTimerAsync());
      expect(result.current).toBeNull();
      await act(() => vi.runAllTimersAsync());
      expect(result.current).toEqual(expected(a, b));
      expect(result.current?.distinctive.a[0]?.word).toBe('sanctions');
      // Other sides: the words counted for the last ones must not stand for them.
      sides = [a, c];
      rerender();
      expect(result.current).toBeNull();
      await act(() => vi.runAllTimersAsync());
      expect(result.current).toEqual(expected(a, c));
      expect(result.current?.distinctive.b[0]?.word).toBe('summit');
    } finally {
      vi.useRealTimers();
    }
  });
});
