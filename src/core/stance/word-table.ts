// A word → value table for the lookups made once per word of every comment. V8's Map hashes each
// freshly split string in its runtime before it can probe; hashing the char codes here and
// confirming with `===` costs well under half as much, which matters at 3 million words a dump.
// Each slot keeps the hash too, so a probe rarely touches a key string that cannot match.

const EMPTY = '';
const INITIAL_SLOTS = 1 << 12;

export class WordTable<T> {
  private keys: string[] = [];
  private hashes = new Int32Array(0);
  private values: (T | undefined)[] = [];
  private mask = 0;
  private count = 0;

  constructor() {
    this.allocate(INITIAL_SLOTS);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `word`; the empty word is never kept. */
  get(word: string): T | undefined {
    const mask = this.mask;
    const h = hashOf(word);
    let slot = h & mask;
    for (;;) {
      const key = this.keys[slot] as string;
      if (key === EMPTY) return undefined;
      if (this.hashes[slot] === h && key === word) return this.values[slot];
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The value stored for the word `text[start … end)`, whose `hashOf` is `hash`: the splitter
   * hashes while it scans, and most words miss, so no string is cut for them.
   */
  getAt(text: string, start: number, end: number, hash: number): T | undefined {
    const mask = this.mask;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const key = this.keys[slot] as string;
      if (key === EMPTY) return undefined;
      if (this.hashes[slot] === hash && key.length === length && text.startsWith(key, start)) {
        return this.values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  set(word: string, value: T): void {
    if (word === EMPTY) return;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.mask;
    const h = hashOf(word);
    let slot = h & mask;
    for (;;) {
      const key = this.keys[slot] as string;
      if (key === EMPTY) {
        this.count += 1;
        break;
      }
      if (key === word) break;
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = word;
    this.hashes[slot] = h;
    this.values[slot] = value;
  }

  clear(): void {
    this.allocate(INITIAL_SLOTS);
  }

  private allocate(slots: number): void {
    this.keys = new Array<string>(slots).fill(EMPTY);
    this.hashes = new Int32Array(slots);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, values } = this;
    this.allocate(keys.length * 2);
    keys.forEach((key, i) => {
      if (key !== EMPTY) this.set(key, values[i] as T);
    });
  }
}

/** FNV-1a over UTF-16 code units, high bits folded in so the low-bit mask sees them. */
export function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i += 1) h = hashStep(h, word.charCodeAt(i));
  return hashEnd(h);
}

/** `hashOf` in steps, for a caller that walks the characters anyway: seed, a step a code unit, end. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}
export function hashEnd(h: number): number {
  return h ^ (h >>> 15);
}
