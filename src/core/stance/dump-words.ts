import { lexiconValence } from './lexicon.ts';
import { SUBJECT_WORDS } from './subject-words.ts';
import type { LearnInput } from './stance-features.ts';
import { scanWords } from './word-scan.ts';

// Function words say nothing about a position and would fill the explanation ("the", "a").
const STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been being it its ' +
    'this that these those i you he she we they me him her us them my your his our their there ' +
    'here what which who whom how when where why will would can could should shall may might must ' +
    'do does did have has had just so than then too very also about into over up out if s t ' +
    // Words every kind of comment uses: learned from a handful of labels they would decide comments
    // at random and fill the explanation ("people", "other").
    "all any each other some such more most own same one two like think it's that's i'm get got " +
    'people thing things way lot much many even still only really say says said make made going'
  ).split(' '),
);
/** "not", "no", "never" change what the next words mean: "not trust" is not "trust". */
const NEGATORS = new Set(['not', 'no', 'never', "don't", "can't", "won't", 'nothing', 'without']);

/**
 * The words of a whole dump, read once: each distinct word gets an id (one map lookup per word of
 * the dump, the only per-word work), and each comment becomes its word ids in order. The worker
 * re-labels 50,000 comments on every new reader label; string lookups per word per feature were most
 * of that time.
 */
export interface DumpWords {
  /** id → the word, typographic apostrophes made plain ("don’t" → "don't"). */
  readonly words: readonly string[];
  /** id → 1 for a negator, a stop word or a single character: not a feature. */
  readonly skip: Uint8Array;
  /** id → 1 for "not", "no", "never"…, which mark the next three words. */
  readonly negator: Uint8Array;
  /** id → 1 for a word naming the story's parties or the engagement (subject-words.ts). */
  readonly subject: Uint8Array;
  /** id → how many comments use the word. */
  readonly df: Int32Array;
  /** comment → its word ids in order. */
  readonly tokens: readonly Int32Array[];
  /** comment → summed positive and negative valence of its words (the lexicon's tone). */
  readonly positive: Float64Array;
  readonly negative: Float64Array;
}

/** Open-addressing table of the dump's distinct words, found by hash without cutting strings. */
class WordTable {
  readonly words: string[] = [];
  readonly hashes: number[] = [];
  private slots = new Int32Array(1024).fill(-1);

  /** The id of text[start, end) (`plain`: the word with typographic apostrophes made plain). */
  idOf(text: string, start: number, end: number, hash: number, plain: string | null): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot] ?? -1; id >= 0; id = this.slots[slot] ?? -1) {
      const word = this.words[id] ?? '';
      if (
        this.hashes[id] === hash &&
        word.length === end - start &&
        (plain === null ? text.startsWith(word, start) : plain === word)
      )
        return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(plain ?? text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while ((this.slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

export function dumpWords(inputs: readonly LearnInput[]): DumpWords {
  const table = new WordTable();
  const valence: number[] = [];
  const df: number[] = [];
  const lastSeen: number[] = [];
  const tokens: Int32Array[] = [];
  const positive = new Float64Array(inputs.length);
  const negative = new Float64Array(inputs.length);
  let ids: number[] = [];
  inputs.forEach((input, c) => {
    const text = input.body.toLowerCase();
    ids = [];
    scanWords(text, (start, end, hash, curly) => {
      const plain = curly ? text.slice(start, end).replace(/’/gu, "'") : null;
      const id = table.idOf(text, start, end, hash, plain);
      if (id === valence.length) {
        valence.push(lexiconValence(table.words[id] ?? ''));
        df.push(0);
        lastSeen.push(-1);
      }
      ids.push(id);
      const v = valence[id] ?? 0;
      if (v > 0) positive[c] = (positive[c] ?? 0) + v;
      else negative[c] = (negative[c] ?? 0) - v;
      if (lastSeen[id] !== c) {
        lastSeen[id] = c;
        df[id] = (df[id] ?? 0) + 1;
      }
    });
    tokens.push(Int32Array.from(ids));
  });
  const { words } = table;
  const negator = Uint8Array.from(words, (w) => (NEGATORS.has(w) ? 1 : 0));
  const skip = Uint8Array.from(words, (w, i) =>
    negator[i] === 1 || w.length < 2 || STOP.has(w) ? 1 : 0,
  );
  const subject = Uint8Array.from(words, (w) => (SUBJECT_WORDS.has(w) ? 1 : 0));
  return { words, skip, negator, subject, df: Int32Array.from(df), tokens, positive, negative };
}
