import { createStatsCounter } from './create-stats-counter.ts';
import type { StanceLabel } from '../types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { StanceOf } from '../stance/effective-stance.ts';

export type StanceMix = Record<StanceLabel, number>;

/** A place or a person with how many comments, and how they split by stance. */
export interface Tally {
  readonly name: string;
  readonly comments: number;
  readonly mix: StanceMix;
}

/** One bar of a distribution; `example` is a comment the bar links to (the first, or the biggest thread). */
export interface Bucket {
  readonly label: string;
  readonly count: number;
  readonly example: { readonly slug: string; readonly id: string } | null;
}

export interface RepliedComment {
  readonly key: CommentKey;
  readonly slug: string;
  readonly id: string;
  readonly author: string | null;
  readonly replies: number;
  readonly descendants: number;
  readonly excerpt: string;
}

export interface ArticleStats {
  /** null for the stats across every article. */
  readonly slug: string | null;
  readonly comments: number;
  readonly stance: StanceMix;
  /** Comments from the United States by state / region, most first. */
  readonly usStates: readonly Tally[];
  /** US comments whose state is unknown ("U.S.", "Middle America"). */
  readonly usNoState: number;
  /** Other countries, most first (a place the normaliser gave no country keeps its own name). */
  readonly countries: readonly Tally[];
  /** Comments with no location, or one that resolved to no place: the filter's `loc=unknown`. */
  readonly unknownPlace: number;
  readonly topCommenters: readonly Tally[];
  readonly anonymous: number;
  /** Comments per reply depth: "0" (top level) … "19", then "20+". */
  readonly depth: readonly Bucket[];
  /** Threads (a top-level comment and all its replies) by size, in fixed size classes; empty classes left out. */
  readonly threadSizes: readonly Bucket[];
  readonly mostReplied: readonly RepliedComment[];
}

/** The stats of `articles` taken together (`slug` names them when there is one; null for all). */
export function statsOf(
  articles: readonly ArticleIndex[],
  slug: string | null,
  stanceOf: StanceOf,
  /** Only these comments count (the view's search and filters); null counts every comment. */
  only: ReadonlySet<CommentKey> | null = null,
): ArticleStats {
  const counter = createStatsCounter(slug, stanceOf, only);
  for (const article of articles) counter.add(article, 0, article.doc.comments.length);
  return counter.result();
}
