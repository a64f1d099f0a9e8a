import { render } from '@testing-library/react';
import type { SearchHit } from '../../../src/core/search/search-index.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { ExplorerView } from '../../../src/app/ExplorerView.tsx';
import { useViewState } from '../../../src/app/useViewState.ts';

function Harness({
  articles,
  search,
  opening = false,
}: {
  articles: readonly ArticleIndex[] | null;
  search?: (q: string) => SearchHit[];
  opening?: boolean;
}) {
  const store = useViewState();
  const hits = search === undefined || store.view.q.trim() === '' ? null : search(store.view.q);
  return (
    <ExplorerView
      articles={articles}
      opening={opening}
      progress={null}
      loadError={null}
      hits={hits}
      searchBusy={false}
      store={store}
    />
  );
}

// jsdom has no scrolling; the virtualiser calls it on every jump.
window.scrollTo = () => {};

/** Renders the explorer page at `url` with hand-built articles and an optional fake search. */
export function renderExplorer(
  articles: readonly ArticleIndex[] | null,
  opts: { url?: string; search?: (q: string) => SearchHit[]; opening?: boolean } = {},
) {
  window.history.replaceState(null, '', opts.url ?? '/');
  const harness = (opening: boolean) => (
    <Harness
      articles={articles}
      opening={opening}
      {...(opts.search ? { search: opts.search } : {})}
    />
  );
  const rendered = render(harness(opts.opening ?? false));
  /** Re-renders as the page does once every source is open. */
  const settle = () => rendered.rerender(harness(false));
  return { ...rendered, settle };
}

/** A stand-in for the worker's search: every comment whose body or author contains the words. */
export function naiveSearch(articles: readonly ArticleIndex[]) {
  return (q: string): SearchHit[] => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const a of articles) {
      for (const c of a.byId.values()) {
        const text = `${c.author ?? ''} ${c.body}`.toLowerCase();
        if (words.every((w) => text.includes(w))) {
          hits.push({ key: `${a.slug}/${c.id}`, slug: a.slug, id: c.id, score: 1, terms: words });
        }
      }
    }
    return hits;
  };
}
