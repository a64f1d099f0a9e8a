/**
 * Every comment's content stems in one buffer, each as the id of the word written for it (the
 * vocabulary's `FoldedWords`), with the stem id of each such word and the stem of each stem id. A
 * 50,000-comment dump has over a million of them: an array of stem strings and a typed array of
 * spans per comment cost twice the memory (a typed array alone weighs some 200 bytes before its
 * data), and the peak of the run is reached while they are all held. A word id says both the stem
 * and the word written: the (stem id, start, end) triples kept before took three times the room
 * (with them, a 300 MB dump peaked at 1,928 MB, against 1,771 MB now).
 */
/** Asked as a set of stems is. */
export interface StemLookup {
  has(stem: string): boolean;
}

/** Past this many marks the stamps start again from a cleared array, far from overflowing. */
const MAX_STAMP = 2 ** 30;

export class StemPool {
  data = new Uint32Array(64);
  /** Numbers used in `data`. */
  length = 0;
  /** Per word id pushed, its stem id. */
  #stemOf = new Int32Array(1024);
  /** Each id's stem. */
  readonly stems: string[] = [];
  /**
   * Each stem's id: numbers held in the map itself, where the vocabulary's counts (read through a
   * closure) cost a look-up of the count object too, for each of the millions of stems cues ask.
   */
  readonly #ids = new Map<string, number>();
  /** Per stem id, the stamp of the last comment marked that has it. */
  #marks = new Int32Array(0);
  #stamp = 0;
  /** The stems of the comment last marked. */
  readonly #marked: StemLookup = {
    has: (stem) => {
      const id = this.#ids.get(stem);
      return id !== undefined && this.#marks[id] === this.#stamp;
    },
  };

  /** A new stem id. */
  add(stem: string): number {
    this.stems.push(stem);
    this.#ids.set(stem, this.stems.length - 1);
    return this.stems.length - 1;
  }

  /**
   * Marks the stems of the `count` triples from `from` on (one comment's), forgetting those marked
   * before, and gives a look-up of them that holds until the next mark: a cue that asks a few stems
   * of each of tens of candidates needs no set of each one's stems.
   */
  mark(from: number, count: number): StemLookup {
    if (this.#marks.length < this.stems.length || this.#stamp >= MAX_STAMP) {
      this.#marks = new Int32Array(this.stems.length);
      this.#stamp = 0;
    }
    this.#stamp += 1;
    for (let k = 0; k < count; k++) this.#marks[this.stemIdAt(from + k)] = this.#stamp;
    return this.#marked;
  }

  /** Adds the stem `stemId` to the comment being prepared, as written by the word `wordId`. */
  push(wordId: number, stemId: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = wordId;
    while (wordId >= this.#stemOf.length) {
      const grown = new Int32Array(this.#stemOf.length * 2);
      grown.set(this.#stemOf);
      this.#stemOf = grown;
    }
    this.#stemOf[wordId] = stemId;
  }

  /** The stem id at `index` in `data`. */
  stemIdAt(index: number): number {
    return this.#stemOf[this.data[index] ?? 0] ?? -1;
  }

  /** Gives back the room kept for growth, once no more comments come. */
  trim(): void {
    if (this.length < this.data.length) this.data = this.data.slice(0, this.length);
  }
}
