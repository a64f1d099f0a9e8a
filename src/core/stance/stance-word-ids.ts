// Word ids for the stance pass: the splitter already hashes each word as it scans a comment, so
// one probe here turns the word into a small integer, and what any rule knows of the word (its
// vocabulary flags, its lexicon valence) is then an array read by id. The string of a word is cut
// once, the first time the table meets it; a sentence's words are then the table's own strings,
// and asking VADER's lexicon again for a word already asked costs nothing.
import type { WordInfo } from './split-sentences.ts';
import { hashOf } from './word-table.ts';

/**
 * Distinct words one table holds. A dump's vocabulary is a few tens of thousands of words; a
 * stream of ever new tokens (numbers, typos) must not grow it without bound, so past this the
 * owner starts a fresh table (`full`), and sentences already split keep the one they were split by.
 */
const LIMIT = 200_000;
const INITIAL_SLOTS = 1 << 12;

export class StanceWordIds {
  /** id → the word. */
  readonly words: string[] = [];
  /** id → what `describe` said of the word when the table first met it. */
  readonly infos: (WordInfo | undefined)[] = [];
  /** id → the word's lexicon valence, NaN until the lexicon (lexicon.ts) is asked for it. */
  readonly valences: number[] = [];
  /** Per slot: the id + 1 of the word there (0 for an empty slot), and its hash. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);

  constructor(private readonly describe: (word: string) => WordInfo | undefined) {}

  /** Whether the table has reached its limit; it still answers, but should be replaced. */
  get full(): boolean {
    return this.words.length >= LIMIT;
  }

  /** The id of the word `text[start … end)`, whose `hashOf` is `hash`; made on first sight. */
  idAt(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, words } = this;
    const mask = slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === 0) break;
      if (hashes[slot] === hash) {
        const word = words[entry - 1] as string;
        if (word.length === length && text.startsWith(word, start)) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = words.length;
    words.push(word);
    this.infos.push(this.describe(word));
    this.valences.push(NaN);
    slots[slot] = id + 1;
    hashes[slot] = hash;
    if (words.length * 2 > slots.length) this.grow();
    return id;
  }

  /** The id of a word held alone. */
  idOf(word: string): number {
    return this.idAt(word, 0, word.length, hashOf(word));
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(size);
    const mask = size - 1;
    this.words.forEach((word, id) => {
      const h = hashOf(word);
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
      hashes[slot] = h;
    });
    this.slots = slots;
    this.hashes = hashes;
  }
}
