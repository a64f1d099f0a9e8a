import { commentKey } from '../article/comment-key.ts';
import { hasPlace } from '../location/location-facets.ts';
import { compareText } from '../text/compare-text.ts';
import { excerpt } from '../text/excerpt.ts';
import type { StanceLabel } from '../types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { StanceOf } from '../stance/effective-stance.ts';
import type { ArticleStats, Bucket, RepliedComment, StanceMix, Tally } from './compute-stats.ts';

const US = 'United States';
const TOP_COMMENTERS = 10;
const MOST_REPLIED = 5;
/** Deeper levels are rare; one "20+" bar keeps a 1,000-deep chain from drawing 1,000 bars. */
const DEPTH_BARS = 20;
const EXCERPT_CHARS = 140;
/** Size classes roughly doubling, so 1-comment threads and 1,000-reply threads share one chart. */
const SIZE_CLASSES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [2, 2],
  [3, 5],
  [6, 10],
  [11, 20],
  [21, 50],
  [51, 100],
  [101, 1000],
  [1001, Infinity],
];

function sizeLabel([lo, hi]: readonly [number, number]): string {
  if (hi === Infinity) return `${lo}+`;
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

const emptyMix = (): StanceMix => ({ support: 0, oppose: 0, neutral: 0 });

function bump(
  map: Map<string, { comments: number; mix: StanceMix }>,
  name: string,
  label: StanceLabel,
) {
  let t = map.get(name);
  if (t === undefined) {
    t = { comments: 0, mix: emptyMix() };
    map.set(name, t);
  }
  t.comments += 1;
  t.mix[label] += 1;
}

function ranked(map: Map<string, { comments: number; mix: StanceMix }>, limit = Infinity): Tally[] {
  // Copies of the tallies: the counter goes on counting into its own after a result is taken.
  return [...map]
    .sort(([a, ta], [b, tb]) => tb.comments - ta.comments || compareText(a, b))
    .slice(0, limit)
    .map(([name, t]) => ({ name, comments: t.comments, mix: { ...t.mix } }));
}

/** Counts comments into the stats a few at a time: a caller can spread 50,000 of them over tasks. */
export interface StatsCounter {
  /** Counts `article`'s comments at positions `from` (inclusive) to `to` (exclusive). */
  add(article: ArticleIndex, from: number, to: number): void;
  /** The stats of everything counted so far. */
  result(): ArticleStats;
}

/** A counter for the stats of `slug` (null for all articles together). */
export function createStatsCounter(
  slug: string | null,
  stanceOf: StanceOf,
  /** Only these comments count (the view's search and filters); null counts every comment. */
  only: ReadonlySet<CommentKey> | null = null,
): StatsCounter {
  const stance = emptyMix();
  const states = new Map<string, { comments: number; mix: StanceMix }>();
  const countries = new Map<string, { comments: number; mix: StanceMix }>();
  const people = new Map<string, { comments: number; mix: StanceMix }>();
  let usNoState = 0;
  let unknownPlace = 0;
  let anonymous = 0;
  let comments = 0;
  const depthCounts: { count: number; example: Bucket['example'] }[] = [];
  const sizes = SIZE_CLASSES.map(() => ({ count: 0, example: null as Bucket['example'], best: 0 }));
  const replied: Array<Omit<RepliedComment, 'excerpt'> & { body: string }> = [];

  const add = (article: ArticleIndex, from: number, to: number) => {
    const list = article.doc.comments;
    for (let at = from; at < Math.min(to, list.length); at += 1) {
      const c = list[at];
      if (c === undefined) continue;
      const key = commentKey(article.slug, c.id);
      if (only !== null && !only.has(key)) continue;
      const label = stanceOf(key, c);
      comments += 1;
      stance[label] += 1;
      const place = c.location;
      if (!hasPlace(place)) unknownPlace += 1;
      else if (place.country === US) {
        if (place.region === null) usNoState += 1;
        else bump(states, place.region, label);
        // A place without a country keeps its own name, which the `loc` filter also matches.
      } else bump(countries, place.country ?? place.region ?? place.city ?? '', label);
      if (c.author === null) anonymous += 1;
      else bump(people, c.author, label);

      const d = Math.min(c.depth, DEPTH_BARS);
      for (let i = depthCounts.length; i <= d; i += 1)
        depthCounts.push({ count: 0, example: null });
      const bar = depthCounts[d];
      if (bar !== undefined) {
        bar.count += 1;
        bar.example ??= { slug: article.slug, id: c.id };
      }

      const descendants = article.descendantCount.get(c.id) ?? 0;
      if (c.parentId === null) {
        const size = descendants + 1;
        const cls = sizes[SIZE_CLASSES.findIndex(([lo, hi]) => size >= lo && size <= hi)];
        if (cls !== undefined) {
          cls.count += 1;
          if (size > cls.best) {
            cls.best = size;
            cls.example = { slug: article.slug, id: c.id };
          }
        }
      }
      const replies = article.children.get(c.id)?.length ?? 0;
      if (replies > 0) {
        replied.push({
          key,
          slug: article.slug,
          id: c.id,
          author: c.author,
          replies,
          descendants,
          body: c.body,
        });
      }
    }
  };

  const result = (): ArticleStats => ({
    slug,
    comments,
    stance: { ...stance },
    usStates: ranked(states),
    usNoState,
    countries: ranked(countries),
    unknownPlace,
    topCommenters: ranked(people, TOP_COMMENTERS),
    anonymous,
    depth: depthCounts.map((b, i) => ({ label: i === DEPTH_BARS ? `${i}+` : String(i), ...b })),
    // A class no thread falls in is no information, only a row of nothing.
    threadSizes: sizes.flatMap((s, i) =>
      s.count === 0
        ? []
        : [{ label: sizeLabel(SIZE_CLASSES[i] ?? [0, 0]), count: s.count, example: s.example }],
    ),
    mostReplied: replied
      .sort((a, b) => b.replies - a.replies || b.descendants - a.descendants)
      .slice(0, MOST_REPLIED)
      .map(({ body, ...r }) => ({ ...r, excerpt: excerpt(body, EXCERPT_CHARS) })),
  });

  return { add, result };
}
