import type { FoldedWords } from './folded-words.ts';

/** The first buffer's size; each next one doubles, up to `MAX_CHUNK`. */
const FIRST_CHUNK = 1024;
/** 4 MB of ids: past it, buffers are added, not doubled and copied. */
const MAX_CHUNK = 1 << 20;

/**
 * Every comment's words in order, as the ids of their folded forms (`FoldedWords` entries): a cue
 * looking for words in a row ("the only medicine on the island") compares ids in place, where it
 * built the comment's normalized text (a string per comment, most of them read by that one cue)
 * and searched it. Four bytes a word, in buffers shared by many comments: a typed array per comment
 * weighs some 200 bytes before its data. Buffers are added, never grown: copying a growing one (and
 * trimming it) held the words twice over at the end of preparing.
 */
export class WordIds {
  #chunk = new Uint32Array(FIRST_CHUNK);
  #used = 0;
  #start = 0;

  /** `words`: the table the ids index, kept for looking up the words cues search for. */
  constructor(readonly words: FoldedWords) {}

  /** Starts the next comment's words. */
  begin(): void {
    this.#start = this.#used;
  }

  push(id: number): void {
    if (this.#used === this.#chunk.length) this.#spill();
    this.#chunk[this.#used++] = id;
  }

  /** The buffer holding the words pushed since `begin` (from `start`): a comment keeps it. */
  get chunk(): Uint32Array {
    return this.#chunk;
  }

  get start(): number {
    return this.#start;
  }

  /** A new buffer, with the words of the comment begun moved to it: they stay in one piece. */
  #spill(): void {
    const begun = this.#used - this.#start;
    const size = Math.max(Math.min(2 * this.#chunk.length, MAX_CHUNK), 2 * begun);
    const next = new Uint32Array(size);
    next.set(this.#chunk.subarray(this.#start, this.#used));
    this.#chunk = next;
    this.#start = 0;
    this.#used = begun;
  }

  /** The folded word of id `id`. */
  wordOf(id: number): string {
    return this.words.wordOf(id);
  }

  /**
   * The ids of the `count` words from `from` in `data`, as another comment's `table` numbers them
   * (-1 for a word it lacks): a view when it is this one, a copy for a comment prepared alone.
   */
  idsIn(data: Uint32Array, from: number, count: number, table: WordIds): Uint32Array | Int32Array {
    if (table === this) return data.subarray(from, from + count);
    const ids = new Int32Array(count);
    for (let k = 0; k < count; k++) ids[k] = table.words.find(this.wordOf(data[from + k] ?? -1));
    return ids;
  }

  /** The run of folded `words` to look for, each as its id (-1 for a word no comment has). */
  run(words: readonly string[]): WordRun {
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.words.find(words[k] ?? '');
    return { words, ids, table: this };
  }

  /**
   * Whether the `count` ids from `from` in `data` hold `run` in a row: what `text.includes(` ${run} `)` said
   * of a comment's normalized text padded with a space each side (its words never hold a space).
   */
  holds(data: Uint32Array, from: number, count: number, run: WordRun): boolean {
    const ids = run.table === this ? run.ids : this.run(run.words).ids;
    const m = ids.length;
    // The empty run is found only in the padded text of a comment without words ("  ").
    if (m === 0) return count === 0;
    const first = ids[0];
    for (let i = from, last = from + count - m; i <= last; i++) {
      if (data[i] === first && holdsAt(data, i, ids)) return true;
    }
    return false;
  }
}

/** Words to look for in a row, with their ids in the table of the comment that wrote them. */
export interface WordRun {
  readonly words: readonly string[];
  readonly ids: Int32Array;
  /** Another dump's comment (tests prepare some alone) looks the words up in its own table. */
  readonly table: WordIds;
}

function holdsAt(data: Uint32Array, at: number, ids: Int32Array): boolean {
  for (let k = 1; k < ids.length; k++) if (data[at + k] !== ids[k]) return false;
  return true;
}
