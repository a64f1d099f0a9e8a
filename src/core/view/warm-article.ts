import {
  articleColumns,
  columnsBuilt,
  indexColumnsBuilt,
  warmArticleColumns,
} from '../export/article-columns.ts';
import { pageOrderBuilt, treeOrder } from './tree-order.ts';
import type { ArticleIndex } from '../article/article-index.ts';

/** Whether everything an article's first view reads is built: columns, parents, page order, keys. */
export const articleWarm = (article: ArticleIndex): boolean =>
  columnsBuilt(article) && pageOrderBuilt(article) && indexColumnsBuilt(article);

/**
 * Builds the next missing piece of an article's first view, each in a task of its own: at 50,000
 * comments each piece takes 20–100 ms, and together they made the task that derives the first view
 * the page's longest. The keys come last: they belong to the named index, which is new whenever
 * a big dump's stances replace its tree (in a Chromium profile of that task, 140 ms, the keys took
 * a quarter).
 */
export function warmArticle(article: ArticleIndex): void {
  if (!columnsBuilt(article)) warmArticleColumns(article);
  else if (!pageOrderBuilt(article)) treeOrder(article, 'page');
  else articleColumns(article);
}
