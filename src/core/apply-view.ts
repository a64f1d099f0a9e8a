import { articleKeys } from './article-keys.ts';
import { commentKey } from './comment-key.ts';
import {
  createLocationFacetCounter,
  locationMatches,
  normalizeLoc,
  type LocationFacets,
} from './location-facets.ts';
import { threadRootOf } from './tree-parents.ts';
import type { StanceLabel, ThreadComment } from './types.ts';
import type { ArticleIndex, CommentKey, ViewState } from './view-types.ts';

export interface ApplyViewOptions {
  /** Keys the search found; null when there is no search. */
  readonly hits: ReadonlySet<CommentKey> | null;
  readonly stanceOf: (key: CommentKey) => StanceLabel;
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
}

/** Author filters compare names case- and edge-space-insensitively. */
export function normalizeAuthor(name: string): string {
  return name.trim().toLowerCase();
}

/** The articles (and, with `thread`, the one thread) a view covers: `[index, root id | null]`. */
export function viewScope(
  articles: readonly ArticleIndex[],
  view: Pick<ViewState, 'article' | 'thread'>,
): Array<readonly [ArticleIndex, string | null]> {
  const chosen = view.article === null ? articles : articles.filter((a) => a.slug === view.article);
  // An article filter naming nothing is ignored (validateView reports it), not an empty page.
  const pool = chosen.length === 0 ? articles : chosen;
  if (view.thread !== null) {
    for (const article of pool) {
      const root = threadRootOf(article, view.thread);
      if (root !== null) return [[article, root]];
    }
  }
  return pool.map((a) => [a, null] as const);
}

/** Standard faceting: every count is taken with all the other filters applied, never its own. */
export function applyView(
  articles: readonly ArticleIndex[],
  view: ViewState,
  opts: ApplyViewOptions,
): ViewResult {
  const { hits, stanceOf } = opts;
  const stances = view.stance.length === 0 ? null : new Set(view.stance);
  const loc = view.loc === null ? null : normalizeLoc(view.loc);
  const author = view.author === null ? null : normalizeAuthor(view.author);

  const matches = new Set<CommentKey>();
  const stanceCounts: Record<StanceLabel, number> = { support: 0, oppose: 0, neutral: 0 };
  const facets = createLocationFacetCounter();
  const authorCounts = new Map<string, { name: string; count: number }>();
  let inScope = 0;

  // Names repeat across comments: normalise each distinct spelling once.
  const normalized = new Map<string, string>();
  const norm = (name: string): string => {
    let n = normalized.get(name);
    if (n === undefined) {
      n = normalizeAuthor(name);
      normalized.set(name, n);
    }
    return n;
  };

  for (const [article, root] of viewScope(articles, view)) {
    const keys = articleKeys(article);
    const visit = (c: ThreadComment): void => {
      inScope += 1;
      const key = keys.get(c.id) ?? commentKey(article.slug, c.id);
      if (hits !== null && !hits.has(key)) return;
      const label = stanceOf(key);
      const okStance = stances === null || stances.has(label);
      const okLoc = loc === null || locationMatches(c.location, loc);
      const name = c.author === null ? null : norm(c.author);
      const okAuthor = author === null || name === author;
      if (okLoc && okAuthor) stanceCounts[label] += 1;
      if (okStance && okAuthor) facets.add(c.location);
      if (okStance && okLoc && name !== null && c.author !== null) {
        const entry = authorCounts.get(name);
        if (entry === undefined) authorCounts.set(name, { name: c.author.trim(), count: 1 });
        else entry.count += 1;
      }
      if (okStance && okLoc && okAuthor) matches.add(key);
    };
    const size = root === null ? article.byId.size : 1 + (article.descendantCount.get(root) ?? 0);
    if (hits !== null && hits.size < size) {
      // A search keystroke: walk the few hits, not every comment (counts are the same).
      const visited = visitHits(article, root, hits, visit);
      inScope += size - visited;
    } else if (root === null) {
      for (const c of article.byId.values()) visit(c);
    } else {
      forEachInThread(article, root, visit);
    }
  }

  const authors = [...authorCounts.values()].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
  return {
    matches,
    inView: matches.size,
    inScope,
    stanceCounts,
    locationFacets: facets.result(),
    authors,
  };
}

/** The document's own stance labels, for `ApplyViewOptions.stanceOf`. */
export function documentStance(
  articles: readonly ArticleIndex[],
): (key: CommentKey) => StanceLabel {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return (key) => {
    const slash = key.indexOf('/');
    const comment = bySlug.get(key.slice(0, slash))?.byId.get(key.slice(slash + 1));
    return comment?.stance.label ?? 'neutral';
  };
}

/** Visits the hits in this article (and thread); returns how many it visited. */
function visitHits(
  article: ArticleIndex,
  root: string | null,
  hits: ReadonlySet<CommentKey>,
  visit: (c: ThreadComment) => void,
): number {
  const prefix = `${article.slug}/`;
  let n = 0;
  for (const key of hits) {
    if (!key.startsWith(prefix)) continue;
    const c = article.byId.get(key.slice(prefix.length));
    if (c === undefined || (root !== null && threadRootOf(article, c.id) !== root)) continue;
    visit(c);
    n += 1;
  }
  return n;
}

/** The comments of the thread under `root`, in page order (iteratively). */
function forEachInThread(
  article: ArticleIndex,
  root: string,
  visit: (c: ThreadComment) => void,
): void {
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const c = article.byId.get(id);
    if (c !== undefined) visit(c);
    const kids = article.children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i] as string);
  }
}
