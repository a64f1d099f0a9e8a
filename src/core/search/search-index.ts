import { rankQuery } from './rank-query.ts';
import { termIndex, type TermIndex } from './term-index.ts';

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

export interface SearchIndex {
  readonly terms: TermIndex;
  readonly documentCount: number;
}

export interface SearchIndexOptions {
  /** Only this article's comments (as named in its SearchDocs). */
  readonly article?: string;
  readonly limit?: number;
}

/** Builds the index over `docs` (author, location and body are searchable). */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return { terms: termIndex(docs), documentCount: docs.length };
}

/** Ranked hits (best first) for `query`; an empty or blank query, or one with no words, gives []. */
export function searchIndex(
  index: SearchIndex,
  query: string,
  opts: SearchIndexOptions = {},
): IndexHit[] {
  const terms = index.terms;
  const ranked = rankQuery(terms, query, opts);
  const hits: IndexHit[] = [];
  for (let i = 0; i < ranked.docs.length; i++) {
    const doc = terms.docs[ranked.docs[i] ?? -1];
    if (doc === undefined) continue;
    hits.push({
      key: doc.key,
      article: doc.article,
      id: doc.id,
      score: ranked.scores[i] ?? 0,
      terms: ranked.termsOf(i),
    });
  }
  return hits;
}
