import MiniSearch from 'minisearch';
import { normalizeTerm } from '../src/core/search/normalize-term.ts';
import { searchTokens } from '../src/core/search/search-tokens.ts';
import type { SearchDoc } from '../src/core/search/search-index.ts';

/**
 * The search as it was before the typed-array scorer: MiniSearch with the app's former options
 * (prefix on every term, 0.2 × length edits up to 2 from 4 letters, author ×2, location ×1.2, AND).
 * The bench ranks the same queries through both and reports how often the top 10 agree.
 */
export function miniSearchReference(docs: readonly SearchDoc[]): (query: string) => string[] {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['author', 'location', 'body'],
    tokenize: searchTokens,
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      boost: { author: 2, location: 1.2 },
      combineWith: 'AND',
    },
  });
  mini.addAll(docs as SearchDoc[]);
  return (query) => mini.search(query).map((r) => String(r.id));
}
