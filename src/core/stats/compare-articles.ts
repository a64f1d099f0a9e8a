import type { StanceOf } from '../stance/effective-stance.ts';
import { compareText } from '../text/compare-text.ts';
import { commentKey } from '../article/comment-key.ts';
import { normalizeAuthor } from '../article/normalize-author.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import { statsOf, type ArticleStats } from './compute-stats.ts';
import { fightinWords, topDistinctive, type WordScore } from './fightin-words.ts';
import { stanceDifference, type StanceDifference } from './stance-difference.ts';
import { wordCounts, type WordCounts } from './word-counts.ts';

/** A commenter who wrote on both sides, with how many comments on each. */
export interface SharedCommenter {
  readonly name: string;
  readonly countA: number;
  readonly countB: number;
}

/** The figures of two discussions side by side: what can be counted at once, even at 50k comments. */
export interface ComparisonFigures {
  readonly a: ArticleStats;
  readonly b: ArticleStats;
  readonly titleA: string;
  readonly titleB: string;
  readonly stance: readonly StanceDifference[];
  readonly shared: readonly SharedCommenter[];
}

/** The words that set two discussions apart. */
export interface WordComparison {
  /** Every scored word, most distinctive of A first, most distinctive of B last. */
  readonly words: readonly WordScore[];
  readonly distinctive: { readonly a: readonly WordScore[]; readonly b: readonly WordScore[] };
}

export type Comparison = ComparisonFigures & WordComparison;

/** Words shown per side: enough to see a theme, few enough to read on a phone. */
const DISTINCTIVE_WORDS = 15;

/**
 * The article with only the comments in view. The tree lookups stay the whole article's, so a
 * thread's size is the whole thread's (a filter picks which threads count, not how big they are).
 */
export function inView(
  article: ArticleIndex,
  matches: ReadonlySet<CommentKey> | null,
): ArticleIndex {
  if (matches === null) return article;
  const comments = article.doc.comments.filter((c) => matches.has(commentKey(article.slug, c.id)));
  return { ...article, doc: { ...article.doc, comments } };
}

function authorCounts(article: ArticleIndex): Map<string, { name: string; count: number }> {
  const counts = new Map<string, { name: string; count: number }>();
  for (const c of article.doc.comments) {
    if (c.author === null) continue;
    const norm = normalizeAuthor(c.author);
    const entry = counts.get(norm);
    if (entry === undefined) counts.set(norm, { name: c.author, count: 1 });
    else entry.count += 1;
  }
  return counts;
}

/**
 * The figures of two sides, each already narrowed to its comments in view (inView), from their
 * stats (`statsOf` of each side: the page counts a big side over several tasks).
 */
export function compareFigures(
  sideA: ArticleIndex,
  sideB: ArticleIndex,
  a: ArticleStats,
  b: ArticleStats,
): ComparisonFigures {
  const authorsB = authorCounts(sideB);
  const shared = [...authorCounts(sideA)]
    .flatMap(([norm, { name, count }]) => {
      const other = authorsB.get(norm);
      return other === undefined ? [] : [{ name, countA: count, countB: other.count }];
    })
    .sort((x, y) => y.countA + y.countB - (x.countA + x.countB) || compareText(x.name, y.name));
  return {
    a,
    b,
    titleA: sideA.doc.article.title,
    titleB: sideB.doc.article.title,
    stance: stanceDifference(a.stance, b.stance),
    shared,
  };
}

/** The distinctive words of two sides' word counts (Fightin' Words). */
export function compareWords(countsA: WordCounts, countsB: WordCounts): WordComparison {
  const words = fightinWords(countsA, countsB);
  return { words, distinctive: topDistinctive(words, DISTINCTIVE_WORDS) };
}

/**
 * Two discussions side by side with the same filters applied to both (`matches`: the comments in
 * view, null for all): each side's stats, the stance difference, the distinctive words and the
 * commenters who wrote in both.
 */
export function compareArticles(
  articleA: ArticleIndex,
  articleB: ArticleIndex,
  matches: ReadonlySet<CommentKey> | null,
  stanceOf: StanceOf,
): Comparison {
  const sideA = inView(articleA, matches);
  const sideB = inView(articleB, matches);
  const statsA = statsOf([sideA], sideA.slug, stanceOf);
  const statsB = statsOf([sideB], sideB.slug, stanceOf);
  return {
    ...compareFigures(sideA, sideB, statsA, statsB),
    ...compareWords(
      wordCounts(sideA.doc.comments.map((c) => c.body)),
      wordCounts(sideB.doc.comments.map((c) => c.body)),
    ),
  };
}
