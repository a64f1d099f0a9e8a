/**
 * Every comment's content stems in one buffer, as (stem id, start, end × 4 + flags) triples, and the
 * stem of each id. A 50,000-comment dump has over a million of them: an array of stem strings and a
 * typed array of spans per comment cost twice the memory (a typed array alone weighs some 200
 * bytes before its data), and the peak of the run is reached while they are all held.
 */
export class StemPool {
  data = new Uint32Array(3 * 64);
  /** Numbers used in `data`. */
  length = 0;
  /** Each id's stem. */
  readonly stems: string[] = [];

  /** A new stem id. */
  add(stem: string): number {
    this.stems.push(stem);
    return this.stems.length - 1;
  }

  push(id: number, start: number, endAndFlags: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = id;
    this.data[this.length++] = start;
    this.data[this.length++] = endAndFlags;
  }

  /** Gives back the room kept for growth, once no more comments come. */
  trim(): void {
    if (this.length < this.data.length) this.data = this.data.slice(0, this.length);
  }
}
