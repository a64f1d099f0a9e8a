import { normalizeAuthor } from '../article/normalize-author.ts';
import { hasPlace } from '../location/location-facets.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';
import type { NormalizedLocation, ThreadComment } from '../types.ts';
import type { ArticleColumns } from './article-columns.ts';

/** The columns that do not depend on the slug the page gives the article. */
export type TreeColumns = Omit<ArticleColumns, 'keys'>;

export interface TreeColumnsBuilder {
  /**
   * Reads up to `count` more comments: the columns once every comment has been read (again on
   * every later call), null until then. `step(0)` only asks.
   */
  step(count: number): TreeColumns | null;
}

/**
 * Builds a tree's columns a slice of comments at a time, so that at 50,000 comments the work is
 * several short tasks rather than one of 120 ms (plus as much again of garbage collection, in a
 * trace of the 50k open). Closures, not a class: the first-view bundle keeps property names whole,
 * and it has no bytes to spare.
 */
export function treeColumnsBuilder(byId: ReadonlyMap<string, ThreadComment>): TreeColumnsBuilder {
  const comments = byId.values();
  const n = byId.size;
  const columns = {
    ids: [] as string[],
    position: new Map<string, number>(),
    place: new Int32Array(n),
    places: [] as NormalizedLocation[],
    stance: new Uint8Array(n),
    author: new Int32Array(n),
    authors: [] as { norm: string; shown: string }[],
  };
  const placeIds = new Map<string, number>();
  const authorIds = new Map<string, number>();

  const placeId = (location: NormalizedLocation): number => {
    const { country, region, city } = location;
    const key = `${country ?? ''}\u0000${region ?? ''}\u0000${city ?? ''}`;
    let p = placeIds.get(key);
    if (p === undefined) placeIds.set(key, (p = columns.places.push(location) - 1));
    return p;
  };

  const authorId = (spelling: string): number => {
    const norm = normalizeAuthor(spelling);
    let a = authorIds.get(norm);
    if (a === undefined) {
      a = columns.authors.push({ norm, shown: spelling.trim() }) - 1;
      authorIds.set(norm, a);
    }
    return a;
  };

  return {
    step(count) {
      for (let k = 0; k < count && columns.ids.length < n; k += 1) {
        // Never past the end: byId holds exactly n comments.
        const c = comments.next().value as ThreadComment;
        const i = columns.ids.push(c.id) - 1;
        columns.position.set(c.id, i);
        columns.stance[i] = STANCE_LABELS.indexOf(c.stance.label);
        columns.place[i] = hasPlace(c.location) ? placeId(c.location) : -1;
        columns.author[i] = c.author === null ? -1 : authorId(c.author);
      }
      return columns.ids.length === n ? columns : null;
    },
  };
}
