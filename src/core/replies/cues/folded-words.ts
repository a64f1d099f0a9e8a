import { folded } from './scan-words.ts';
import type { StemCount } from './rare-words.ts';

/** What preparing a dump keeps per distinct folded word. */
export interface WordEntry {
  readonly word: string;
  /** Its place in the table, from 0: what `WordIds` stores per word. */
  readonly id: number;
  /** Its stem's count, once looked up (`NOT_CONTENT` for a word without one). */
  count: StemCount | null;
  /** The comment that last listed it among its name words. */
  nameSerial: number;
}

const FIRST_SLOTS = 1024;
/** Per ASCII code, its place among digits and letters (either case) from 1, else 0. */
const SHORT_CODE = new Uint8Array(128);
for (let c = 48; c <= 57; c++) SHORT_CODE[c] = c - 47;
for (let c = 97; c <= 122; c++) SHORT_CODE[c] = SHORT_CODE[c - 32] = c - 86;
/** Keys of the words of up to three ASCII letters or digits: `shortId`'s table is that long. */
const SHORT_KEYS = 37 ** 3;

/** The hash `of` and `find` probe with: the same as the scan's for a word already folded. */
function hashOfFolded(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}
/**
 * The distinct folded words of a dump, found from the characters of a word as written: a plain ASCII
 * word is hashed and compared in place, lower-cased code by code, so the million words of a
 * 30,000-comment dump cost no string each (slicing and hashing every word for a map was the
 * largest cost of preparing a dump). Other words are folded first, as before.
 */
export class FoldedWords {
  #slots = new Int32Array(FIRST_SLOTS);
  #entries: WordEntry[] = [];
  #hashes: number[] = [];
  /** Per short word's key (its codes in base 37), its id plus one (0 until met); made on first use. */
  #short: Int32Array | null = null;

  /** The entry of `text.slice(start, end)` folded, with the flags `scanWords` gave it. */
  at(
    text: string,
    start: number,
    end: number,
    upper: boolean,
    apostrophe: boolean,
    ascii: boolean,
  ): WordEntry {
    if (!ascii || apostrophe) return this.of(folded(text, start, end, upper, apostrophe));
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(k))) | 0;
    return this.atHashed(text, start, end, upper, apostrophe, ascii, h);
  }

  /** `at`, told the hash `scanHashedWords` gave the word. */
  atHashed(
    text: string,
    start: number,
    end: number,
    upper: boolean,
    apostrophe: boolean,
    ascii: boolean,
    h: number,
  ): WordEntry {
    if (!ascii || apostrophe) return this.of(folded(text, start, end, upper, apostrophe));
    const mask = this.#slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = (this.#slots[s] ?? 0) - 1;
      if (e < 0) break;
      const entry = this.#entries[e];
      if (entry !== undefined && this.#hashes[e] === h && sameLower(entry.word, text, start, end)) {
        return entry;
      }
    }
    return this.#add(h, folded(text, start, end, upper, false));
  }

  /**
   * The id of a word of one to three ASCII letters or digits (no apostrophe), with the flag and hash
   * `scanHashedWords` gave it: read off a table by its characters, without a probe or a comparison.
   * Every word of a dump is given an id, and most of them are short ones ("the", "it", "of").
   */
  shortId(text: string, start: number, end: number, upper: boolean, hash: number): number {
    const short = (this.#short ??= new Int32Array(SHORT_KEYS));
    let key = 0;
    for (let k = start; k < end; k++) key = key * 37 + (SHORT_CODE[text.charCodeAt(k)] ?? 0);
    let id = (short[key] ?? 0) - 1;
    if (id < 0) {
      id = this.atHashed(text, start, end, upper, false, true, hash).id;
      short[key] = id + 1;
    }
    return id;
  }

  /** The entry of `word`, already folded. */
  of(word: string): WordEntry {
    const h = hashOfFolded(word);
    return this.#entries[this.#probe(word, h)] ?? this.#add(h, word);
  }

  /** The folded word of id `id` ('' for an id the table has not given). */
  wordOf(id: number): string {
    return this.#entries[id]?.word ?? '';
  }

  /** The id of `word`, already folded, or -1 when the table lacks it (nothing is added). */
  find(word: string): number {
    return this.#probe(word, hashOfFolded(word));
  }

  /** The entry number of `word`, whose hash is `h`, or -1. */
  #probe(word: string, h: number): number {
    const mask = this.#slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = (this.#slots[s] ?? 0) - 1;
      if (e < 0) return -1;
      if (this.#hashes[e] === h && this.#entries[e]?.word === word) return e;
    }
  }

  #add(h: number, word: string): WordEntry {
    const entry: WordEntry = { word, id: this.#entries.length, count: null, nameSerial: 0 };
    this.#entries.push(entry);
    this.#hashes.push(h);
    if (2 * this.#entries.length > this.#slots.length) this.#grow();
    else this.#place(h, this.#entries.length);
    return entry;
  }

  /** Puts entry number `e` (from 1) in the first free slot from its hash. */
  #place(h: number, e: number): void {
    const mask = this.#slots.length - 1;
    let s = h & mask;
    while (this.#slots[s] !== 0) s = (s + 1) & mask;
    this.#slots[s] = e;
  }

  #grow(): void {
    this.#slots = new Int32Array(2 * this.#slots.length);
    this.#hashes.forEach((h, e) => this.#place(h, e + 1));
  }
}

const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function sameLower(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) return false;
  }
  return true;
}
