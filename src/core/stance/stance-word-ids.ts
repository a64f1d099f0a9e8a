// Word ids for the stance pass: the splitter already hashes each word as it scans a comment, so
// one probe here turns the word into a small integer, and what any rule knows of the word (its
// vocabulary flags, its lexicon valence) is then an array read by id. The string of a word is cut
// once, the first time the table meets it; a sentence's words are then the table's own strings,
// and asking VADER's lexicon again for a word already asked costs nothing.
import type { WordInfo } from './split-sentences.ts';
import { hashOf, WordTable } from './word-table.ts';

/**
 * Distinct words one table holds. A dump's vocabulary is a few tens of thousands of words; a
 * stream of ever new tokens (numbers, typos) must not grow it without bound, so past this the
 * owner starts a fresh table (`full`), and sentences already split keep the one they were split by.
 */
const LIMIT = 200_000;

export class StanceWordIds {
  /** id → the word. */
  readonly words: string[] = [];
  /** id → what `describe` said of the word when the table first met it. */
  readonly infos: (WordInfo | undefined)[] = [];
  /** id → the word's lexicon valence, NaN until the lexicon (lexicon.ts) is asked for it. */
  readonly valences: number[] = [];
  /** word → id. */
  private readonly idOfWord = new WordTable<number>();

  constructor(private readonly describe: (word: string) => WordInfo | undefined) {}

  /** Whether the table has reached its limit; it still answers, but should be replaced. */
  get full(): boolean {
    return this.words.length >= LIMIT;
  }

  /** The id of the word `text[start … end)`, whose `hashOf` is `hash`; made on first sight. */
  idAt(text: string, start: number, end: number, hash: number): number {
    const known = this.idOfWord.getAt(text, start, end, hash);
    if (known !== undefined) return known;
    const word = text.slice(start, end);
    const id = this.words.length;
    this.words.push(word);
    this.infos.push(this.describe(word));
    this.valences.push(NaN);
    this.idOfWord.set(word, id);
    return id;
  }

  /** The id of a word held alone. */
  idOf(word: string): number {
    return this.idAt(word, 0, word.length, hashOf(word));
  }
}
