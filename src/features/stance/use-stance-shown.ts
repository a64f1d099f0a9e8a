import { useCallback, useMemo, useState } from 'react';
import { stanceRelevance, type StanceRelevance } from '../../core/stance/stance-relevance.ts';
import type { ArticleIndex } from '../../core/view/view-types.ts';

export const STANCE_SHOWN_STORAGE_KEY = 'thread-explorer:stance-shown';

export interface StanceShownApi {
  /** Articles whose stance is hidden: off-topic, and the reader has not asked to see it. */
  readonly hidden: ReadonlySet<string>;
  /** False for a hidden article's comments: render no stance badge for them. */
  isShown(slug: string): boolean;
  /** The reader wants the stance of this article anyway (remembered in this browser). */
  show(slug: string): void;
  relevanceOf(slug: string): StanceRelevance | null;
}

// Worked out once per loaded article, not on every render of the page.
const cache = new WeakMap<ArticleIndex, StanceRelevance>();
function relevanceOf(article: ArticleIndex): StanceRelevance {
  let r = cache.get(article);
  if (r === undefined) {
    r = stanceRelevance(article.doc.comments);
    cache.set(article, r);
  }
  return r;
}

function loadShown(): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STANCE_SHOWN_STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((s) => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveShown(shown: ReadonlySet<string>): void {
  try {
    localStorage.setItem(STANCE_SHOWN_STORAGE_KEY, JSON.stringify([...shown]));
  } catch {
    // Not saved: the choice holds for this visit, and the notice offers it again next time.
  }
}

/**
 * Which articles show stance labels: those about the rapprochement, and any the reader chose to
 * see anyway. A dump about something else ("bike lanes") would read "Neutral" on every comment.
 */
export function useStanceShown(articles: readonly ArticleIndex[]): StanceShownApi {
  const [shown, setShown] = useState<ReadonlySet<string>>(loadShown);
  const hidden = useMemo(
    () =>
      new Set(
        articles.filter((a) => !shown.has(a.slug) && !relevanceOf(a).relevant).map((a) => a.slug),
      ),
    [articles, shown],
  );
  const show = useCallback((slug: string) => {
    setShown((prev) => {
      const next = new Set(prev).add(slug);
      saveShown(next);
      return next;
    });
  }, []);
  const isShown = useCallback((slug: string) => !hidden.has(slug), [hidden]);
  const relevance = useCallback(
    (slug: string) => {
      const a = articles.find((x) => x.slug === slug);
      return a === undefined ? null : relevanceOf(a);
    },
    [articles],
  );
  return useMemo(
    () => ({ hidden, isShown, show, relevanceOf: relevance }),
    [hidden, isShown, show, relevance],
  );
}
