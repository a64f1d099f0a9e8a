import { useEffect, useMemo, useState } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import type { StanceOf } from '../../core/stance/effective-stance.ts';
import { statsOf, type ArticleStats } from '../../core/stats/compute-stats.ts';
import { createStatsCounter } from '../../core/stats/create-stats-counter.ts';
import { runInSlices } from '../tasks/run-in-slices.ts';
import { splitRange } from '../tasks/split-range.ts';

/**
 * Comments counted per task. The bench's 50,000-comment dump and the seeds at once were a 137 ms
 * task in a profile (152–215 ms tasks in the bench's Stats step); 10,000 keeps each slice well
 * under 50 ms there, and the seeds alone are still counted in the render.
 */
export const STATS_SLICE = 10_000;

interface Inputs {
  readonly articles: readonly ArticleIndex[];
  readonly slug: string | null;
  readonly stanceOf: StanceOf;
  readonly only: ReadonlySet<CommentKey> | null;
}

export interface CountedStats {
  /** The stats of the inputs; while they are counted, the last big count's (null before any). */
  readonly stats: ArticleStats | null;
  /** `stats` are not yet those of the inputs: a count is running. */
  readonly counting: boolean;
}

const sameInputs = (a: Inputs, b: Inputs) =>
  a.articles === b.articles && a.slug === b.slug && a.stanceOf === b.stanceOf && a.only === b.only;

/**
 * `statsOf` for the Stats view: up to STATS_SLICE comments at once, beyond that a slice per task,
 * the last big count's figures staying up (marked as counting) until the new ones are ready.
 */
export function useArticleStats(
  articles: readonly ArticleIndex[],
  slug: string | null,
  stanceOf: StanceOf,
  only: ReadonlySet<CommentKey> | null,
): CountedStats {
  const lengths = useMemo(() => articles.map((a) => a.doc.comments.length), [articles]);
  const small = lengths.reduce((n, l) => n + l, 0) <= STATS_SLICE;
  const atOnce = useMemo(
    () => (small ? statsOf(articles, slug, stanceOf, only) : null),
    [small, articles, slug, stanceOf, only],
  );
  const [counted, setCounted] = useState<(Inputs & { stats: ArticleStats }) | null>(null);
  useEffect(() => {
    if (small) return undefined;
    const counter = createStatsCounter(slug, stanceOf, only);
    const total = lengths.reduce((n, l) => n + l, 0);
    return runInSlices(
      total,
      STATS_SLICE,
      (from, to) => {
        for (const r of splitRange(lengths, from, to)) {
          const article = articles[r.list];
          if (article !== undefined) counter.add(article, r.from, r.to);
        }
      },
      () => setCounted({ articles, slug, stanceOf, only, stats: counter.result() }),
    );
  }, [small, lengths, articles, slug, stanceOf, only]);

  const fresh = counted !== null && sameInputs(counted, { articles, slug, stanceOf, only });
  const current = atOnce ?? (fresh ? counted.stats : null);
  // The last big count stays up while the next one runs: a recount after the stances arrive dims
  // the figures, it does not blank them.
  return { stats: current ?? counted?.stats ?? null, counting: current === null };
}
