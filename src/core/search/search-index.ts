import MiniSearch, { type SearchOptions } from 'minisearch';
import { normalizeTerm } from './normalize-term.ts';
import { searchTokens } from './search-tokens.ts';

export { highlightRanges } from './highlight-ranges.ts';

/**
 * One comment as the index sees it. `article` names its article, `key` is unique across the
 * index's articles (e.g. `${article}/${id}`): the worker names a dump by its text's hash only.
 */
export interface SearchDoc {
  readonly key: string;
  readonly article: string;
  readonly id: string;
  readonly author: string | null;
  readonly location: string | null;
  readonly body: string;
}

/** A match as the index reports it, naming the article as its SearchDoc did. */
export interface IndexHit {
  readonly key: string;
  readonly article: string;
  readonly id: string;
  readonly score: number;
  /** The document terms that matched (after folding), for `highlightRanges`. */
  readonly terms: string[];
}

/** A match as the page's view uses it: keyed `${slug}/${id}` (CommentKey), the page's names. */
export interface SearchHit {
  readonly key: string;
  readonly slug: string;
  readonly id: string;
  readonly score: number;
  /** The document terms that matched (after folding), for `highlightRanges`. */
  readonly terms: string[];
}

export interface SearchIndex {
  readonly mini: MiniSearch<SearchDoc>;
  readonly documentCount: number;
}

export interface SearchIndexOptions {
  /** Only this article's comments (as named in its SearchDocs). */
  readonly article?: string;
  readonly limit?: number;
}

// MiniSearch spreads stored fields over its result, whose own `id` is the document key: store the
// comment id under another name so it cannot overwrite the key.
interface Stored {
  readonly article: string;
  readonly commentId: string;
}

// Typo tolerance: MiniSearch allows round(0.2 × length) edits, so one from 4 letters and two from 8
// ("sanctoins" → "sanctions"). Shorter terms stay exact: one edit on "war" would also match "was"…
const FUZZY_MIN_LENGTH = 4;
const FUZZY = 0.2;
// A name in the author field is a stronger signal than the same word in a body.
const AUTHOR_BOOST = 2;
const LOCATION_BOOST = 1.2;

const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY : false),
  maxFuzzy: 2,
  boost: { author: AUTHOR_BOOST, location: LOCATION_BOOST },
  // Each word typed narrows the results, as a reader expects of a search box.
  combineWith: 'AND',
};

/** Builds a MiniSearch index over `docs` (author, location and body are searchable). */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['author', 'location', 'body'],
    storeFields: ['article', 'commentId'],
    extractField: (doc, field) => (field === 'commentId' ? doc.id : doc[field as keyof SearchDoc]),
    tokenize: searchTokens,
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: SEARCH_OPTIONS,
  });
  mini.addAll(docs as SearchDoc[]);
  return { mini, documentCount: docs.length };
}

/** Ranked hits (best first) for `query`; an empty or blank query, or one with no words, gives []. */
export function searchIndex(
  index: SearchIndex,
  query: string,
  opts: SearchIndexOptions = {},
): IndexHit[] {
  if (searchTokens(query).every((t) => normalizeTerm(t) === '')) return [];
  const { article, limit } = opts;
  const results = index.mini.search(
    query,
    article === undefined ? {} : { filter: (r) => (r as unknown as Stored).article === article },
  );
  const hits: IndexHit[] = [];
  for (const r of results) {
    if (limit !== undefined && hits.length >= limit) break;
    const stored = r as unknown as Stored;
    hits.push({
      key: String(r.id),
      article: stored.article,
      id: stored.commentId,
      score: r.score,
      terms: r.terms,
    });
  }
  return hits;
}
