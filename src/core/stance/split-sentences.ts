import { scanLine, type LineSentence } from './scan-line.ts';
import { ScannedSentence } from './scanned-sentence.ts';
import { StanceWordIds } from './stance-word-ids.ts';
import { wordsOf } from './words-of.ts';

/**
 * One sentence of a comment: its text, lowercased text and lowercase word tokens (VADER's way:
 * split on white space, punctuation runs stripped at both ends, one-letter tokens dropped).
 */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
  readonly words: readonly string[];
  /** `words.length`, known without cutting the words. */
  readonly wordCount: number;
  /** The OR of the words' flags (0 when no lookup was given). */
  readonly flags: number;
  /** The OR of the words' domain-cue trigger bits (vocabulary.ts; 0 from `splitSentences`). */
  readonly cues: number;
  /**
   * Index, flags, start and end (in the text split, -1 when not kept) of each word the lookup knew,
   * in fours: rules walk these, not every word.
   */
  readonly known: readonly number[];
  /** The word of `known` entry k, cut alone when the words have not been. */
  knownWord(k: number): string;
  /** The word after that of `known` entry k, if there is one, likewise. */
  wordAfterKnown(k: number): string | undefined;
  /** The words as the text spells them, case kept for VADER's caps rule: `wordsOf(text)`. */
  casedWords(): readonly string[];
  /** The id of each word in `table`, when the sentence was split into ids; else null. */
  readonly ids: readonly number[] | null;
  readonly table: StanceWordIds | null;
}

/** Looks a word up once while it is split off (see vocabulary.ts). */
export type FlagsOf = (word: string) => number;
const NO_FLAGS: FlagsOf = () => 0;

/** What a lookup knows of a word; `undefined` for a word it knows nothing of. */
export interface WordInfo {
  readonly flags: number;
  readonly cues: number;
}
export type InfoOf = (word: string) => WordInfo | undefined;
const NO_INFO: InfoOf = () => undefined;

/** A typographic apostrophe; not global, so `test` keeps no state between texts. */
const CURLY_APOSTROPHE = /[’‘]/u;

/** Lowercase with typographic apostrophes folded, so "don’t" matches the cue "don't". */
export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  // One class test, not two `includes`: a dump with any character past Latin-1 is held two bytes a
  // character, and there a native search for a character past Latin-1 costs twice the expression.
  return CURLY_APOSTROPHE.test(lower) ? lower.replace(/[’‘]/gu, "'") : lower;
}

// White space other than the plain space and the line break, each one code unit, so replacing it
// with a space keeps every offset.
const OTHER_SPACE = /[\t\v\f\r\u00a0\u2028\u3000]/gu;

/** OTHER_SPACE.test without the regular expression: single-character searches run native. */
function hasOtherSpace(text: string): boolean {
  return (
    text.includes('\t') ||
    text.includes('\r') ||
    text.includes('\u00a0') ||
    text.includes('\v') ||
    text.includes('\f') ||
    text.includes('\u2028') ||
    text.includes('\u3000')
  );
}

/**
 * Sentences and their words. Sentence ends: white space after . ! ? …, or any line break.
 * Abbreviations ("Mr. Putin") split too; harmless here because each piece still carries its own
 * words and target terms. The text is lowercased once and read in one character loop
 * (scan-line.ts): this runs on every comment of a dump.
 */
export function splitSentences(text: string, flagsOf: FlagsOf = NO_FLAGS): Sentence[] {
  if (flagsOf === NO_FLAGS) return splitMarked(text, NO_INFO);
  return splitMarked(text, (word) => {
    const flags = flagsOf(word);
    return flags === 0 ? undefined : { flags, cues: 0 };
  });
}

/**
 * Sentences as `splitSentences` cuts them, each word looked up with `infoOf` and the OR of what
 * it answers kept on the sentence.
 */
export function splitMarked(text: string, infoOf: InfoOf): Sentence[] {
  return splitMarkedAt(text, new StanceWordIds(infoOf));
}

/**
 * `splitMarked` with the words made ids of `table`, which looks each distinct word up once
 * (vocabulary.ts `vocabularyIds`); `lowerAll`, when the caller has it already, is
 * `normalizeLower(text)`.
 */
export function splitMarkedAt(
  text: string,
  table: StanceWordIds,
  lowerAll: string = normalizeLower(text),
): Sentence[] {
  // A few characters change length when lowercased ("İ"); then offsets are taken on the original.
  const aligned = lowerAll.length === text.length;
  let basis = aligned ? lowerAll : text;
  if (hasOtherSpace(basis)) basis = basis.replace(OTHER_SPACE, ' ');
  const sentences: Sentence[] = [];
  const sentenceEnd = (s: LineSentence): void => {
    if (s.end <= s.start) return;
    const raw = text.slice(s.start, s.end).trim();
    if (raw === '') return;
    sentences.push(aligned ? new ScannedSentence(raw, text, basis, s, table) : resplit(raw, table));
  };
  const n = basis.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = basis.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    scanLine(basis, lineStart, lineEnd, aligned ? table : null, sentenceEnd);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** A sentence of a text whose lowercase is not aligned with it: its words taken from its own lowercase. */
function resplit(raw: string, table: StanceWordIds): Sentence {
  const lower = normalizeLower(raw);
  const words = wordsOf(lower);
  let flags = 0;
  let cues = 0;
  const known: number[] = [];
  words.forEach((w, i) => {
    const info = table.infos[table.idOf(w)];
    if (info !== undefined) {
      flags |= info.flags;
      cues |= info.cues;
      known.push(i, info.flags, -1, -1);
    }
  });
  return {
    text: raw,
    lower,
    words,
    wordCount: words.length,
    flags,
    cues,
    known,
    knownWord: (k) => words[known[4 * k] as number] ?? '',
    wordAfterKnown: (k) => words[(known[4 * k] as number) + 1],
    casedWords: () => wordsOf(raw),
    ids: null,
    table: null,
  };
}
