import type { SearchDoc } from '../../../src/core/search/search-index.ts';

/** A comment of article "t" as the search index sees it (no location). */
export const searchDoc = (id: string, author: string | null, body: string): SearchDoc => ({
  key: `t/${id}`,
  article: 't',
  id,
  author,
  location: null,
  body,
});
