import type { SearchDoc, SearchIndex } from '../core/search/search-index.ts';
import { restoreTermIndex, type StoredTermIndex } from '../core/search/stored-term-index.ts';
import { termIndexBuilder } from '../core/search/term-index.ts';

/** Comments indexed between two looks at the message queue: some tens of ms at most. */
export const INDEX_SLICE = 2_000;

/** The opening half of the engine: load, parse (or read the cache), build the tree and indexes. */
/** Lets queued messages in, and lets the reply that was just posted go out first. */
const nextMacrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function buildIndex(docs: readonly SearchDoc[]): Promise<SearchIndex> {
  const builder = termIndexBuilder();
  for (let at = 0; at < docs.length; at += INDEX_SLICE) {
    await nextMacrotask();
    builder.add(docs.slice(at, at + INDEX_SLICE));
  }
  return { terms: builder.build(), documentCount: docs.length };
}

/** The index saved with a cached parse when it fits the comments, or else a fresh build. */
export async function openIndex(docs: readonly SearchDoc[], stored?: StoredTermIndex) {
  await nextMacrotask();
  const terms = stored === undefined ? null : restoreTermIndex(docs, stored);
  return terms === null ? buildIndex(docs) : { terms, documentCount: docs.length };
}
