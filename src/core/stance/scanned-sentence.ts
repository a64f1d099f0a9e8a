import { casedWords } from './cased-words.ts';
import type { LineSentence } from './scan-line.ts';
import type { Sentence } from './split-sentences.ts';
import type { StanceWordIds } from './stance-word-ids.ts';
import { wordsOf } from './words-of.ts';

const NONE: readonly number[] = [];

/** A sentence whose words are ids: their strings are the table's, gathered only when first read. */
export class ScannedSentence implements Sentence {
  readonly lower: string;
  readonly wordCount: number;
  readonly flags: number;
  readonly cues: number;
  readonly known: readonly number[];
  readonly ids: readonly number[];
  private readonly start: number;
  private readonly end: number;
  private cut: readonly string[] | null = null;

  constructor(
    readonly text: string,
    private readonly source: string,
    private readonly basis: string,
    s: LineSentence,
    readonly table: StanceWordIds,
  ) {
    this.start = s.start;
    this.end = s.end;
    this.lower = basis.slice(s.start, s.end).trim();
    this.wordCount = s.wordCount;
    this.flags = s.flags;
    this.cues = s.cues;
    this.known = s.known ?? NONE;
    this.ids = s.ids;
  }

  get words(): readonly string[] {
    return (this.cut ??= this.ids.map((id) => this.table.words[id] as string));
  }

  casedWords(): readonly string[] {
    // A sentence trimmed of white space at an end is not the text between start and end.
    const whole = this.text.length === this.end - this.start;
    return (
      (whole && casedWords(this.source, this.basis, this.start, this.end, this.ids, this.table)) ||
      wordsOf(this.text)
    );
  }

  // Rules that read only the words the lookup knew, and the word after one (target-terms.ts),
  // read them by id: nothing is cut.
  knownWord(k: number): string {
    return this.table.words[this.ids[this.known[4 * k] as number] as number] ?? '';
  }

  wordAfterKnown(k: number): string | undefined {
    const next = this.ids[(this.known[4 * k] as number) + 1];
    return next === undefined ? undefined : this.table.words[next];
  }
}
