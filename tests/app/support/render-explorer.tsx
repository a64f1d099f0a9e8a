import { render } from '@testing-library/react';
import type { SearchHits } from '../../../src/core/search/search-hits.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { ExplorerView } from '../../../src/app/ExplorerView.tsx';
import { useViewState } from '../../../src/app/useViewState.ts';
import type { CommentKey } from '../../../src/core/article/comment-key.ts';
import type { Stance, ThreadComment } from '../../../src/core/types.ts';

/** A stance as its bare label (the page's badges are the stance feature's, tested there). */
function plainStance(_key: CommentKey, stance: Stance, _c: ThreadComment, pending: boolean) {
  return pending ? null : <span className="text-xs">{stance.label}</span>;
}

function Harness({
  articles,
  search,
  opening = false,
}: {
  articles: readonly ArticleIndex[] | null;
  search?: (q: string) => SearchHits;
  opening?: boolean;
}) {
  const store = useViewState();
  const hits = search === undefined || store.view.q.trim() === '' ? null : search(store.view.q);
  return (
    <ExplorerView
      articles={articles}
      opening={opening}
      loadError={null}
      hits={hits}
      searchBusy={false}
      store={store}
      renderStance={plainStance}
    />
  );
}

// jsdom has no scrolling; the virtualiser calls it on every jump.
window.scrollTo = () => {};

/** Renders the explorer page at `url` with hand-built articles and an optional fake search. */
export function renderExplorer(
  articles: readonly ArticleIndex[] | null,
  opts: { url?: string; search?: (q: string) => SearchHits; opening?: boolean } = {},
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
  return (q: string): SearchHits => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const at = new Map<string, Int32Array>();
    for (const a of articles) {
      const found: number[] = [];
      a.doc.comments.forEach((c, i) => {
        const text = `${c.author ?? ''} ${c.body}`.toLowerCase();
        if (words.every((w) => text.includes(w))) found.push(i);
      });
      if (found.length > 0) at.set(a.slug, Int32Array.from(found));
    }
    return { at, terms: words };
  };
}
