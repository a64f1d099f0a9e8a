import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWarmArticles } from '../../src/app/useWarmArticles.ts';
import { articleWarm } from '../../src/core/view/warm-article.ts';
import type { ArticlesState } from '../../src/features/data/index.ts';
import { makeArticle } from './support/make-articles.ts';

const stateOf = (articles: ArticlesState['articles']): ArticlesState => ({
  articles,
  loaded: [],
  relevance: new Map(),
  isPending: false,
  failures: [],
  error: null,
});

describe('useWarmArticles', () => {
  it('should show a new article only once its columns are built, in a task of their own', async () => {
    const before = stateOf([]);
    const article = makeArticle('new', 'New', [{ id: 'a' }, { id: 'b', parent: 'a' }]);
    const after = stateOf([article]);
    const { result, rerender } = renderHook(({ s }) => useWarmArticles(s), {
      initialProps: { s: before },
    });
    expect(result.current).toBe(before);
    rerender({ s: after });
    // The render that receives the article does not build its columns: it keeps the last state.
    expect(articleWarm(article)).toBe(false);
    expect(result.current).toBe(before);
    await waitFor(() => expect(result.current).toBe(after));
    expect(articleWarm(article)).toBe(true);
  });

  it('should show the first state as it comes, having nothing earlier to show', () => {
    const state = stateOf([makeArticle('first', 'First', [{ id: 'a' }])]);
    const { result } = renderHook(() => useWarmArticles(state));
    expect(result.current).toBe(state);
  });
});
