import { useCallback, useMemo, useState } from 'react';
import type { StanceRelevance } from '../../core/stance/stance-relevance.ts';

export const STANCE_SHOWN_STORAGE_KEY = 'thread-explorer:stance-shown';

export interface StanceShownApi {
  /** Articles whose stance is hidden: off-topic, and the reader has not asked to see it. */
  readonly hidden: ReadonlySet<string>;
  /** False for a hidden article's comments: render no stance badge for them. */
  isShown(slug: string): boolean;
  /** The reader wants the stance of this article anyway (remembered in this browser). */
  show(slug: string): void;
  /** null for an unknown slug. */
  relevanceOf(slug: string): StanceRelevance | null;
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
 * The worker measures each dump's relevance when it opens it (slug → relevance here): scanning
 * every body is seconds at 50k comments, too long for the page's thread.
 */
export function useStanceShown(relevance: ReadonlyMap<string, StanceRelevance>): StanceShownApi {
  const [shown, setShown] = useState<ReadonlySet<string>>(loadShown);
  const hidden = useMemo(
    () =>
      new Set(
        [...relevance].filter(([slug, r]) => !shown.has(slug) && !r.relevant).map(([s]) => s),
      ),
    [relevance, shown],
  );
  const show = useCallback((slug: string) => {
    setShown((prev) => {
      const next = new Set(prev).add(slug);
      saveShown(next);
      return next;
    });
  }, []);
  const isShown = useCallback((slug: string) => !hidden.has(slug), [hidden]);
  const relevanceOf = useCallback((slug: string) => relevance.get(slug) ?? null, [relevance]);
  return useMemo(
    () => ({ hidden, isShown, show, relevanceOf }),
    [hidden, isShown, show, relevanceOf],
  );
}
