import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StanceOf } from '../../../src/core/stance/effective-stance.ts';
import { statsOf } from '../../../src/core/stats/compute-stats.ts';
import { STATS_SLICE, useArticleStats } from '../../../src/shared/stats/use-article-stats.ts';
import { makeArticle } from '../../core/support/sample-articles.ts';

const many = (slug: string, n: number) =>
  makeArticle(
    slug,
    Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      ...(i % 4 === 0 ? {} : { parent: `c${i - 1}` }),
      author: `Person ${i % 50}`,
    })),
  );

const machine: StanceOf = (_key, c) => c?.stance.label ?? 'neutral';
const allSupport: StanceOf = () => 'support';

describe('useArticleStats', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should count a small discussion in the render', () => {
    const a = many('a', 40);
    const { result } = renderHook(() => useArticleStats([a], 'a', machine, null));
    expect(result.current).toEqual({ stats: statsOf([a], 'a', machine), counting: false });
  });

  it('should count a big discussion a slice per task, keeping the last count’s figures up meanwhile', async () => {
    const big = many('big', STATS_SLICE + 2_500);
    const small = many('small', 30);
    let props = { articles: [big, small], slug: null as string | null, stanceOf: machine };
    const { result, rerender } = renderHook(() =>
      useArticleStats(props.articles, props.slug, props.stanceOf, null),
    );
    expect(result.current).toEqual({ stats: null, counting: true });
    // One slice is not all of them.
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current.counting).toBe(true);
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual({
      stats: statsOf([big, small], null, machine),
      counting: false,
    });

    // The reader's labels change every count: the old figures stay, marked as being recounted.
    const before = result.current.stats;
    props = { ...props, stanceOf: allSupport };
    rerender();
    expect(result.current).toEqual({ stats: before, counting: true });
    await act(() => vi.runAllTimersAsync());
    expect(result.current.counting).toBe(false);
    expect(result.current.stats?.stance).toEqual({
      support: STATS_SLICE + 2_530,
      oppose: 0,
      neutral: 0,
    });

    // A small scope is counted at once, even while nothing big is pending.
    props = { articles: [small], slug: 'small', stanceOf: machine };
    rerender();
    expect(result.current).toEqual({ stats: statsOf([small], 'small', machine), counting: false });
  });
});
