import { internTable } from './intern-table.ts';
import { onWire } from './on-wire.ts';
import type { NormalizedLocation, ReplyInfo, Stance, ThreadComment } from '../core/types.ts';

/**
 * A slice of comments as the worker posts it: the bodies joined into one string with their lengths,
 * everything else as compact JSON rows. JSON-encoding the bodies (19 MB at 50,000 comments) cost the
 * worker 170 ms and the page 130 ms to parse; joined and sliced, 50 and 20 (Node, median of 5).
 */
export interface CommentSlice {
  /** JSON text of a SliceRows. */
  readonly rows: string;
  readonly bodies: string;
  /** Per comment, its body's length in UTF-16 units. */
  readonly lengths: Int32Array;
}

/** [id, parentId, depth, author, place, stance, reply, line]: place and stance index the tables. */
type Row = [string, string | null, number, string | null, number, number, ReplyInfo | null, number];

interface SliceRows {
  readonly rows: Row[];
  /** Each location once: a dump's comments share the object of a place (normalize-location.ts). */
  readonly places: NormalizedLocation[];
  /** Each stance once: a dump whose stances are still unread shares one. */
  readonly stances: Stance[];
}

export function encodeCommentSlice(comments: readonly ThreadComment[]): CommentSlice {
  // Interned by identity: equal places or stances that are not shared stay apart, as they were.
  const places = internTable<NormalizedLocation>();
  const stances = internTable<Stance>();
  const lengths = new Int32Array(comments.length);
  const rows = comments.map((c, i): Row => {
    lengths[i] = c.body.length;
    const where = c.location === null ? -1 : places.id(c.location);
    return [c.id, c.parentId, c.depth, c.author, where, stances.id(c.stance), c.reply, c.line];
  });
  const table: SliceRows = { rows, places: places.values, stances: stances.values };
  return { rows: JSON.stringify(table), bodies: comments.map((c) => c.body).join(''), lengths };
}

export function decodeCommentSlice({ rows, bodies, lengths }: CommentSlice): ThreadComment[] {
  const table = JSON.parse(rows) as SliceRows;
  let from = 0;
  // Arguments are evaluated in order: the slice runs from the old `from` to the advanced one.
  return table.rows.map(([id, parentId, depth, author, where, said, reply, line], i) => ({
    id,
    parentId,
    depth,
    author,
    location: where < 0 ? null : onWire(table.places[where]),
    body: bodies.slice(from, (from += lengths[i] ?? 0)),
    stance: onWire(table.stances[said]),
    reply,
    line,
  }));
}
