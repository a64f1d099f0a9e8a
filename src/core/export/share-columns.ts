import type { ArticleTree } from '../article/article-index.ts';
import { columnBuilders } from './column-builders.ts';

/**
 * Lets a tree whose comments differ from `from`'s only in where they hang (a big flat dump's threads
 * replacing its page order) read `from`'s columns: rebuilding them for the same ids, places,
 * names and stances was about a tenth of the page's time between the threads' arrival and their
 * showing (50,000 comments, a Chromium profile). A comment differing in what a column reads, or
 * in its place in the order, keeps the rebuild.
 *
 * Given `stances` (each comment's label as its index in STANCE_LABELS, in `to`'s order: a big
 * dump's stances once read), the labels may differ too: `to` reads `from`'s finished columns with
 * that stance column instead. Rebuilding the names and places took most of the task in which the
 * page took in the stances of 50,000 comments (a Chromium profile).
 *
 * The codes are trusted to be the column a rebuild would make (tree-columns-builder.ts): the worker
 * codes them so (StancesWire.labels), and the tests hold the two to it. Only their count is checked
 * here: reading each back needs STANCE_LABELS, whose import makes this lazily loaded code's chunk
 * depend on a first-view one, 21 bytes more of the first view's gzip (vite build, 149,968 →
 * 149,989 of a 150,000 budget).
 */
export function shareColumns(
  from: ArticleTree['byId'],
  to: ArticleTree['byId'],
  stances?: Uint8Array,
): void {
  const builder = columnBuilders.get(from);
  if (builder === undefined || columnBuilders.has(to) || from.size !== to.size) return;
  const was = from.values();
  for (const c of to.values()) {
    const old = was.next().value;
    if (
      old?.id !== c.id ||
      old.author !== c.author ||
      old.location !== c.location ||
      (stances === undefined && old.stance.label !== c.stance.label)
    )
      return;
  }
  if (stances === undefined) {
    columnBuilders.set(to, builder);
    return;
  }
  const built = builder.step(0);
  if (built === null || stances.length !== to.size) return;
  const columns = { ...built, stance: stances };
  columnBuilders.set(to, { step: () => columns });
}
