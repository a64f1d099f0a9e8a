import { hasPlace } from '../location/location-facets.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';
import type { NormalizedLocation, ThreadComment } from '../types.ts';
import type { ArticleColumns } from './article-columns.ts';

/** The columns that do not depend on the slug the page gives the article. */
export type TreeColumns = Omit<ArticleColumns, 'keys'>;

// An absent part and an empty one are the same place, as they always were to the filters.
type Levels = Map<string, Map<string, Map<string, number>>>;

/**
 * Builds a tree's columns a slice of comments at a time, so that at 50,000 comments the work is
 * several short tasks rather than one of 120 ms (plus as much again of garbage collection, in a
 * trace of the 50k open). Each comment costs no string of its own: a place is found through
 * country, region and city maps rather than a joined key, and an author's spelling is lower-cased
 * once per distinct spelling rather than once per comment.
 */
export class TreeColumnsBuilder {
  private readonly comments: Iterator<ThreadComment>;
  private readonly ids: string[] = [];
  private readonly position = new Map<string, number>();
  private readonly place: Int32Array;
  private readonly author: Int32Array;
  private readonly stance: Uint8Array;
  private readonly places: NormalizedLocation[] = [];
  private readonly placeIds: Levels = new Map();
  private readonly authors: { norm: string; shown: string }[] = [];
  private readonly authorIds = new Map<string, number>();
  private readonly bySpelling = new Map<string, number>();

  constructor(byId: ReadonlyMap<string, ThreadComment>) {
    this.comments = byId.values();
    this.place = new Int32Array(byId.size);
    this.author = new Int32Array(byId.size);
    this.stance = new Uint8Array(byId.size);
  }

  /** Reads up to `count` more comments: the columns once every comment is read, null until then. */
  step(count: number): TreeColumns | null {
    for (let k = 0; k < count; k += 1) {
      const next = this.comments.next();
      if (next.done === true) return this.result();
      this.add(next.value);
    }
    return null;
  }

  /** Reads every comment left: the columns. */
  finish(): TreeColumns {
    for (let next = this.comments.next(); next.done !== true; next = this.comments.next()) {
      this.add(next.value);
    }
    return this.result();
  }

  private add(c: ThreadComment): void {
    const i = this.ids.length;
    this.ids.push(c.id);
    this.position.set(c.id, i);
    this.stance[i] = STANCE_LABELS.indexOf(c.stance.label);
    this.place[i] = hasPlace(c.location) ? this.placeId(c.location) : -1;
    this.author[i] = c.author === null ? -1 : this.authorId(c.author);
  }

  private placeId(location: NormalizedLocation): number {
    const country = location.country ?? '';
    const region = location.region ?? '';
    const city = location.city ?? '';
    let regions = this.placeIds.get(country);
    if (regions === undefined) this.placeIds.set(country, (regions = new Map()));
    let cities = regions.get(region);
    if (cities === undefined) regions.set(region, (cities = new Map()));
    let p = cities.get(city);
    if (p === undefined) {
      p = this.places.length;
      this.places.push(location);
      cities.set(city, p);
    }
    return p;
  }

  private authorId(spelling: string): number {
    const known = this.bySpelling.get(spelling);
    if (known !== undefined) return known;
    const norm = spelling.trim().toLowerCase();
    let a = this.authorIds.get(norm);
    if (a === undefined) {
      a = this.authors.length;
      this.authors.push({ norm, shown: spelling.trim() });
      this.authorIds.set(norm, a);
    }
    this.bySpelling.set(spelling, a);
    return a;
  }

  private result(): TreeColumns {
    const { ids, position, place, places, stance, author, authors } = this;
    return { ids, position, place, places, stance, author, authors };
  }
}
