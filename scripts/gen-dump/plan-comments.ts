import type { Rng } from './prng.ts';
import { FIRST_NAMES, HANDLES, LAST_NAMES, PLACES } from './vocabulary.ts';

export interface Person {
  readonly name: string;
  readonly location: string;
  /** How a replier addresses them: a first name for "Casey Dorman", the handle for "MyThreeCents". */
  readonly callName: string;
}

export interface PlannedComment {
  /** null for an anonymous comment (indented layout only). */
  readonly person: Person | null;
  readonly parentIndex: number | null;
  readonly depth: number;
}

export interface PlanOptions {
  readonly comments: number;
  /** Replies in the first thread (0 = an ordinary first thread), e.g. 1,000 for the collapse benchmark. */
  readonly bigThread: number;
  readonly anonymousShare: number;
}

const MAX_DEPTH = 8;

/** A pool of commenters; a few post a lot, most post once or twice (as in real sections). */
export function makePeople(rng: Rng, count: number, sentenceLikeNames: boolean): Person[] {
  // "e.s." reads as a sentence on a bullet line, so the indented layout leaves such names out.
  const handles = sentenceLikeNames ? HANDLES : HANDLES.filter((h) => !h.endsWith('.'));
  const people: Person[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = rng.next();
    const first = rng.pick(FIRST_NAMES);
    let name: string;
    if (kind < 0.35) name = `${first} ${rng.pick(LAST_NAMES)}`;
    else if (kind < 0.55) name = first;
    else if (kind < 0.65) name = `${first} ${rng.pick(LAST_NAMES).charAt(0)}`;
    else name = rng.chance(0.7) ? rng.pick(handles) : `${rng.pick(handles)}${rng.int(1, 99)}`;
    const callName = kind < 0.35 && rng.chance(0.4) ? first : name;
    people.push({ name, location: rng.pick(PLACES), callName });
  }
  return people;
}

/**
 * Comments in document (pre-order) order with their true parents. In pre-order a reply's parent
 * is always on the path from the thread root to the previous comment, so each reply picks a
 * parent from that path: often the comment right above (a back-and-forth), else an ancestor.
 */
export function planComments(
  rng: Rng,
  people: readonly Person[],
  opts: PlanOptions,
): PlannedComment[] {
  const out: PlannedComment[] = [];
  const author = (avoid: Person | null): Person | null => {
    if (rng.chance(opts.anonymousShare)) return null;
    for (;;) {
      // Squaring skews towards the start of the pool: a few prolific commenters.
      const p = people[Math.floor(people.length * rng.next() ** 2)];
      if (p !== undefined && (p !== avoid || people.length < 2)) return p;
    }
  };
  while (out.length < opts.comments) {
    const left = opts.comments - out.length;
    const replies = out.length === 0 && opts.bigThread > 0 ? opts.bigThread : threadReplies(rng);
    const size = Math.min(left, 1 + replies);
    const rootIndex = out.length;
    out.push({ person: author(null), parentIndex: null, depth: 0 });
    const path: number[] = [rootIndex];
    for (let k = 1; k < size; k += 1) {
      const last = path[path.length - 1] ?? rootIndex;
      const deeper = rng.chance(0.4) && path.length < MAX_DEPTH;
      if (!deeper) {
        // Climb back up: usually to the root, sometimes to a mid-thread comment.
        const keep = rng.chance(0.6) ? 1 : rng.int(1, path.length);
        path.length = keep;
      }
      const parentIndex = deeper ? last : (path[path.length - 1] ?? rootIndex);
      const parent = out[parentIndex];
      out.push({ person: author(parent?.person ?? null), parentIndex, depth: path.length });
      path.push(out.length - 1);
    }
  }
  return out;
}

/** Replies per thread: most threads get none, a long tail gets dozens. */
function threadReplies(rng: Rng): number {
  if (rng.chance(0.55)) return 0;
  let n = 1;
  while (rng.chance(0.72) && n < 60) n += 1;
  return n;
}
