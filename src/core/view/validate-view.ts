import { normalizeAuthor } from '../article/normalize-author.ts';
import { viewScope } from './view-scope.ts';
import { locationMatches, normalizeLoc } from '../location/location-facets.ts';
import type { ViewNotice, ViewState } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';

/**
 * Drops the values of a well-formed view that match nothing in the loaded articles, each with a
 * notice, so a stale or mistyped link shows everything it can instead of an empty page.
 */
export function validateView(
  view: ViewState,
  articles: readonly ArticleIndex[],
): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  let next: ViewState = view;
  const drop = (param: keyof ViewState, message: string): void => {
    next = { ...next, [param]: param === 'q' ? '' : null };
    notices.push({ param, message });
  };

  if (next.article !== null && !articles.some((a) => a.slug === next.article)) {
    drop('article', `No article “${next.article}” is loaded; showing every article.`);
  }
  if (next.compare !== null) {
    const unknown = next.compare.filter((slug) => !articles.some((a) => a.slug === slug));
    if (unknown.length > 0) {
      drop('compare', `Not comparing: no article “${unknown.join('”, “')}” is loaded.`);
    }
  }
  // A comparison shows two whole discussions: one article or one thread would empty a side.
  if (next.compare !== null) {
    if (next.article !== null) drop('article', 'Comparing two articles, so “article” is ignored.');
    if (next.thread !== null) drop('thread', 'Comparing two articles, so “thread” is ignored.');
  }
  const inArticles =
    next.article === null ? articles : articles.filter((a) => a.slug === next.article);
  for (const param of ['thread', 'comment'] as const) {
    const id = next[param];
    if (id !== null && !inArticles.some((a) => a.byId.has(id))) {
      drop(
        param,
        `No comment “${id}” in ${next.article === null ? 'any article' : 'this article'}.`,
      );
    }
  }
  // Places and names are checked within the chosen article(s); a thread does not narrow the check.
  const scoped = viewScope(articles, next);
  if (next.loc !== null) {
    const loc = normalizeLoc(next.loc);
    if (!someComment(scoped, (c) => locationMatches(c.location, loc))) {
      drop('loc', `No comment here is from “${next.loc}”.`);
    }
  }
  if (next.author !== null) {
    const author = normalizeAuthor(next.author);
    if (!someComment(scoped, (c) => c.author !== null && normalizeAuthor(c.author) === author)) {
      drop('author', `No comment here is by “${next.author}”.`);
    }
  }
  return { view: next, notices };
}

type Comment = ArticleIndex['doc']['comments'][number];

function someComment(scoped: ReturnType<typeof viewScope>, test: (c: Comment) => boolean): boolean {
  for (const [article] of scoped) {
    for (const c of article.byId.values()) if (test(c)) return true;
  }
  return false;
}
