import { folded } from './scan-words.ts';
import type { StemCount } from './rare-words.ts';

/** What preparing a dump keeps per distinct folded word. */
export interface WordEntry {
  readonly word: string;
  /** Its stem's count, once looked up (`NOT_CONTENT` for a word without one). */
  count: StemCount | null;
  /** The comment that last listed it among its name words. */
  nameSerial: number;
}

const FIRST_SLOTS = 1024;

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

  /** The entry of `word`, already folded. */
  of(word: string): WordEntry {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
    const mask = this.#slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = (this.#slots[s] ?? 0) - 1;
      if (e < 0) break;
      const entry = this.#entries[e];
      if (entry !== undefined && this.#hashes[e] === h && entry.word === word) return entry;
    }
    return this.#add(h, word);
  }

  /** Drops every word: only preparing reads them. */
  clear(): void {
    this.#slots = new Int32Array(FIRST_SLOTS);
    this.#entries = [];
    this.#hashes = [];
  }

  #add(h: number, word: string): WordEntry {
    const entry: WordEntry = { word, count: null, nameSerial: 0 };
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
