import type { ArticleTree } from '../article/article-index.ts';
import { columnBuilders } from './column-builders.ts';

/**
 * Lets a tree whose comments differ from `from`'s only in where they hang (a big flat dump's threads
 * replacing its page order) read `from`'s columns: rebuilding them for the same ids, places,
 * names and stances was about a tenth of the page's time between the threads' arrival and their
 * showing (50,000 comments, a Chromium profile). A comment differing in what a column reads, or
 * in its place in the order, keeps the rebuild.
 */
export function shareColumns(from: ArticleTree['byId'], to: ArticleTree['byId']): void {
  const builder = columnBuilders.get(from);
  if (builder === undefined || columnBuilders.has(to) || from.size !== to.size) return;
  const was = from.values();
  for (const c of to.values()) {
    const old = was.next().value;
    if (
      old?.id !== c.id ||
      old.author !== c.author ||
      old.location !== c.location ||
      old.stance.label !== c.stance.label
    )
      return;
  }
  columnBuilders.set(to, builder);
}
