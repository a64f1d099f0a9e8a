/**
 * Counts per key for keys that are non-negative safe integers (53-bit hashes, ids as numbers).
 * Open addressing over typed arrays: a Map keyed by numbers above 2^31 boxes every key as a heap
 * number, and ids for 30,000 comments spent more time in the Map than in hashing their text.
 */
export class NumberCounts {
  private keys: Float64Array;
  private counts: Int32Array;
  private size = 0;

  constructor(expected = 8) {
    // Half full at most, so a probe run stays short.
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.counts = new Int32Array(capacity);
  }

  /** How often `key` was added; 0 for a key never seen. */
  get(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? (this.counts[slot] ?? 0) : 0;
  }

  /** Counts `key` once more and returns its count before. */
  add(key: number): number {
    let slot = this.slotOf(key);
    if (this.keys[slot] !== key) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.size += 1;
    }
    const before = this.counts[slot] ?? 0;
    this.counts[slot] = before + 1;
    return before;
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    // The keys are hashes already: their low 32 bits are spread well enough to index by.
    let slot = (key >>> 0) & mask;
    for (;;) {
      const at = this.keys[slot];
      if (at === key || at === -1) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.counts = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] ?? -1;
      if (key === -1) continue;
      const slot = this.slotOf(key);
      this.keys[slot] = key;
      this.counts[slot] = counts[i] ?? 0;
    }
  }
}
