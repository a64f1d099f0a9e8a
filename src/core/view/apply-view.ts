import { compareText } from '../text/compare-text.ts';
import { articleColumns, type ArticleColumns } from '../export/article-columns.ts';
import {
  createLocationFacetCounter,
  locationMatches,
  normalizeLoc,
  UNKNOWN_LOC,
  type LocationFacets,
} from '../location/location-facets.ts';
import { threadRootOf } from '../article/tree-parents.ts';
import type { StanceLabel } from '../types.ts';
import type { ViewState } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { OverrideOf } from '../stance/effective-stance.ts';
import { viewScope } from './view-scope.ts';
import { normalizeAuthor } from '../article/normalize-author.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';

export interface ApplyViewOptions {
  /**
   * What the search found, by article slug: positions in the article's comments. Null when there
   * is no search. A keystroke then visits its hits, not every comment, and looks no key up.
   */
  readonly hits: ReadonlyMap<string, Int32Array> | null;
  /**
   * The label over the parsed one (the reader's, or one learned from theirs), or null where the
   * parsed one stands: the parsed labels are read from integer columns, which at 50k comments is
   * several times faster than looking every key up.
   */
  readonly labelOf?: OverrideOf;
  /** Commenters the reader muted (normalised names): their comments leave the view and its counts. */
  readonly muted?: ReadonlySet<string>;
  /** Comments that mention a word the reader muted: they leave the view and its counts too. */
  readonly mutedKeys?: Pick<ReadonlySet<CommentKey>, 'has' | 'size'>;
}

export interface AuthorCount {
  readonly name: string;
  readonly count: number;
}

export interface ViewResult {
  /** Comments that pass the search and every filter (in no promised order: rows give the order). */
  readonly matches: ReadonlySet<CommentKey>;
  readonly inView: number;
  /** Comments in the chosen article(s) and thread, before search and filters. */
  readonly inScope: number;
  /** Per label, with search, place and author applied but not the stance filter itself. */
  readonly stanceCounts: Readonly<Record<StanceLabel, number>>;
  /** With search, stance and author applied but not the place filter itself. */
  readonly locationFacets: LocationFacets;
  /** Named commenters with search, stance and place applied, most comments first. */
  readonly authors: readonly AuthorCount[];
  /** Comments in scope left out because their commenter or a word in them is muted. */
  readonly muted: number;
}

const NO_POSITIONS = new Int32Array(0);

/** What applyView reads of a view: the search box, the target comment and the sort do not filter. */
export type ViewFilter = Pick<ViewState, 'article' | 'thread' | 'stance' | 'loc' | 'author'> & {
  /** The two compared articles, when comparing: the scope is both of them. */
  readonly compare?: ViewState['compare'];
};

/** Standard faceting: every count is taken with all the other filters applied, never its own. */
export function applyView(
  articles: readonly ArticleIndex[],
  view: ViewFilter,
  opts: ApplyViewOptions,
): ViewResult {
  const { hits, labelOf } = opts;
  const muted = opts.muted !== undefined && opts.muted.size > 0 ? opts.muted : null;
  const mutedKeys = opts.mutedKeys !== undefined && opts.mutedKeys.size > 0 ? opts.mutedKeys : null;
  let mutedCount = 0;
  const stances = view.stance.length === 0 ? null : new Set(view.stance);
  const loc = view.loc === null ? null : normalizeLoc(view.loc);
  const author = view.author === null ? null : normalizeAuthor(view.author);

  // With no search, filter or mute every comment in scope matches, and most views never read the
  // Set of them: built in the visit, 50,000 keys lengthened the task that derives a big dump's view.
  const everyOne =
    hits === null &&
    stances === null &&
    loc === null &&
    author === null &&
    muted === null &&
    mutedKeys === null;
  const matches = new Set<CommentKey>();
  const scopes: Array<[ArticleIndex, ArticleColumns, string | null]> = [];
  const stanceCounts: Record<StanceLabel, number> = { support: 0, oppose: 0, neutral: 0 };
  const facets = createLocationFacetCounter();
  const authorCounts = new Map<string, { name: string; count: number }>();
  let inScope = 0;

  for (const [article, root] of viewScope(articles, view)) {
    const cols = articleColumns(article);
    scopes.push([article, cols, root]);
    // Each distinct place and name is tested once; comments then compare integers.
    const placeOk = loc === null ? null : cols.places.map((p) => locationMatches(p, loc));
    const unknownOk = loc === null || loc === UNKNOWN_LOC;
    const authorOk = author === null ? null : cols.authors.map((a) => a.norm === author);
    const mutedAt = muted === null ? null : cols.authors.map((a) => muted.has(a.norm));
    const placeCount = new Int32Array(cols.places.length);
    const authorCount = new Int32Array(cols.authors.length);
    let unknownCount = 0;

    // Set only when every comment is visited (with mutes): which of them the search found.
    let isHit: Uint8Array | null = null;
    const visit = (i: number): void => {
      const a = cols.author[i] as number;
      const key = cols.keys[i] as CommentKey;
      if ((mutedAt !== null && a >= 0 && mutedAt[a] === true) || mutedKeys?.has(key) === true) {
        mutedCount += 1;
        return;
      }
      inScope += 1;
      if (isHit !== null && isHit[i] !== 1) return;
      const label = labelOf?.(key) ?? (STANCE_LABELS[cols.stance[i] as number] as StanceLabel);
      const p = cols.place[i] as number;
      const okStance = stances === null || stances.has(label);
      const okLoc = placeOk === null || (p < 0 ? unknownOk : placeOk[p] === true);
      const okAuthor = authorOk === null || (a >= 0 && authorOk[a] === true);
      if (okLoc && okAuthor) stanceCounts[label] += 1;
      if (okStance && okAuthor) {
        if (p < 0) unknownCount += 1;
        else placeCount[p] = (placeCount[p] as number) + 1;
      }
      if (okStance && okLoc && a >= 0) authorCount[a] = (authorCount[a] as number) + 1;
      if (okStance && okLoc && okAuthor && !everyOne) matches.add(key);
    };
    const size = root === null ? cols.ids.length : 1 + (article.descendantCount.get(root) ?? 0);
    const at = hits === null ? null : (hits.get(article.slug) ?? NO_POSITIONS);
    if (at !== null && mutedAt === null) {
      // A search keystroke: walk the hits, not every comment (counts are the same). With mutes
      // the comments outside the hits must be looked at too: a muted one is not in scope.
      // Read after the visits: `inScope += size - visit…()` would add to the value before them.
      const visited = visitPositions(article, cols, root, at, visit);
      inScope += size - visited;
    } else {
      if (at !== null) {
        isHit = new Uint8Array(cols.ids.length);
        for (const i of at) isHit[i] = 1;
      }
      if (root === null) {
        for (let i = 0; i < cols.ids.length; i += 1) visit(i);
      } else {
        forEachInThread(article, cols, root, visit);
      }
    }

    facets.add(null, unknownCount);
    cols.places.forEach((place, i) => {
      const n = placeCount[i] as number;
      if (n > 0) facets.add(place, n);
    });
    cols.authors.forEach(({ norm, shown }, i) => {
      const n = authorCount[i] as number;
      if (n === 0) return;
      const entry = authorCounts.get(norm);
      if (entry === undefined) authorCounts.set(norm, { name: shown, count: n });
      else entry.count += n;
    });
  }

  const authors = [...authorCounts.values()].sort(
    (a, b) => b.count - a.count || compareText(a.name, b.name),
  );
  let all: Set<CommentKey> | null = null;
  return {
    get matches() {
      if (!everyOne) return matches;
      return (all ??= everyKey(scopes));
    },
    inView: everyOne ? inScope : matches.size,
    inScope,
    stanceCounts,
    locationFacets: facets.result(),
    authors,
    muted: mutedCount,
  };
}

/** Every comment's key in these scopes (the matches of a view that filters nothing). */
function everyKey(scopes: ReadonlyArray<[ArticleIndex, ArticleColumns, string | null]>) {
  const keys = new Set<CommentKey>();
  for (const [article, cols, root] of scopes) {
    if (root === null) for (const key of cols.keys) keys.add(key);
    else forEachInThread(article, cols, root, (i) => keys.add(cols.keys[i] as CommentKey));
  }
  return keys;
}

/** Visits the comments at these positions (in this thread); returns how many it visited. */
function visitPositions(
  article: ArticleIndex,
  cols: ArticleColumns,
  root: string | null,
  at: Int32Array,
  visit: (i: number) => void,
): number {
  let n = 0;
  for (const i of at) {
    const id = cols.ids[i];
    if (id === undefined || (root !== null && threadRootOf(article, id) !== root)) continue;
    visit(i);
    n += 1;
  }
  return n;
}

/** The comments of the thread under `root`, in page order (iteratively). */
function forEachInThread(
  article: ArticleIndex,
  cols: ArticleColumns,
  root: string,
  visit: (i: number) => void,
): void {
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const i = cols.position.get(id);
    if (i !== undefined) visit(i);
    const kids = article.children.get(id) ?? [];
    for (let k = kids.length - 1; k >= 0; k -= 1) stack.push(kids[k] as string);
  }
}
