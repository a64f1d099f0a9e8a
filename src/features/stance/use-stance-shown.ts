import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StanceRelevance } from '../../core/stance/stance-relevance.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';

type Measure = (comments: readonly { readonly body: string }[]) => StanceRelevance;

// The measure brings the stance vocabulary (target-terms), which the first view does not need:
// it loads as its own chunk, and until then every article shows its stance (the seeds' case).
let measure: Measure | null = null;
let loading: Promise<Measure> | null = null;
function loadMeasure(): Promise<Measure> {
  loading ??= import('../../core/stance/stance-relevance.ts').then((m) => {
    measure = (comments) => m.stanceRelevance(comments);
    return measure;
  });
  return loading;
}

export const STANCE_SHOWN_STORAGE_KEY = 'thread-explorer:stance-shown';

export interface StanceShownApi {
  /** Articles whose stance is hidden: off-topic, and the reader has not asked to see it. */
  readonly hidden: ReadonlySet<string>;
  /** False for a hidden article's comments: render no stance badge for them. */
  isShown(slug: string): boolean;
  /** The reader wants the stance of this article anyway (remembered in this browser). */
  show(slug: string): void;
  /** null for an unknown slug, or while the measure is still loading. */
  relevanceOf(slug: string): StanceRelevance | null;
}

// Worked out once per loaded article, not on every render of the page.
const cache = new WeakMap<ArticleIndex, StanceRelevance>();
function relevanceOf(article: ArticleIndex, m: Measure): StanceRelevance {
  let r = cache.get(article);
  if (r === undefined) {
    r = m(article.doc.comments);
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
  const [m, setMeasure] = useState<Measure | null>(() => measure);
  useEffect(() => {
    if (m !== null) return;
    let live = true;
    void loadMeasure().then((loaded) => {
      if (live) setMeasure(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [m]);
  const hidden = useMemo(
    () =>
      m === null
        ? new Set<string>()
        : new Set(
            articles
              .filter((a) => !shown.has(a.slug) && !relevanceOf(a, m).relevant)
              .map((a) => a.slug),
          ),
    [articles, shown, m],
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
      return a === undefined || m === null ? null : relevanceOf(a, m);
    },
    [articles, m],
  );
  return useMemo(
    () => ({ hidden, isShown, show, relevanceOf: relevance }),
    [hidden, isShown, show, relevance],
  );
}
