// The word pass of the sentence splitter (split-sentences.ts): one loop over the character codes
// of a line finds the tokens (runs between plain spaces), the word inside each (punctuation runs
// trimmed at both ends), its hash for the vocabulary table and whether it is all trigger
// characters. No string is cut for a word: most words are looked up and forgotten, and a
// sentence's word strings are made only if a rule reads them (`ScannedSentence.words`).
import { isWordEdgeCode } from '../text/char-codes.ts';
import { HASH_SEED, hashEnd, hashStep } from './word-table.ts';
import { isTriggerCode } from './vocabulary.ts';
import type { WordInfo } from './split-sentences.ts';

const ASCII = 128;
const EDGE = 1;
const TRIGGER = 2;
/**
 * Per ASCII code: EDGE for `isWordEdgeCode`, TRIGGER for `isTriggerCode` (no trigger character is
 * past ASCII). One load a character in place of two chains of range tests and their branches.
 */
const KIND = Uint8Array.from(
  { length: ASCII },
  (_, c) => (isWordEdgeCode(c) ? EDGE : 0) | (isTriggerCode(c) ? TRIGGER : 0),
);

/** EDGE and TRIGGER bits of a character code. */
function kindOf(c: number): number {
  return c < ASCII ? (KIND[c] as number) : isWordEdgeCode(c) ? EDGE : 0;
}

/** What a lookup knows of the word `text[start … end)`, given its `hashOf` and `isTriggerCode` for all. */
export type InfoAt = (
  text: string,
  start: number,
  end: number,
  hash: number,
  plain: boolean,
) => WordInfo | undefined;

/** What one sentence of a line gathered, passed to `sentenceEnd`. */
export interface LineSentence {
  start: number;
  end: number;
  wordCount: number;
  flags: number;
  cues: number;
  known: number[] | null;
}

/**
 * Reads `basis[lineStart … lineEnd)` (no line break inside, other white space already a plain
 * space). A sentence ends after a token whose last character is . ! ? or …, and at the line's end;
 * `sentenceEnd` gets each, with its words looked up by `infoAt` unless `infoAt` is null.
 */
export function scanLine(
  basis: string,
  lineStart: number,
  lineEnd: number,
  infoAt: InfoAt | null,
  sentenceEnd: (s: LineSentence) => void,
): void {
  let s: LineSentence = fresh(lineStart);
  let i = lineStart;
  while (i < lineEnd) {
    if (basis.charCodeAt(i) === 32) {
      i += 1;
      continue;
    }
    let wordStart = -1;
    let wordEnd = -1;
    let h = HASH_SEED;
    // The AND of the kinds of the word's characters so far: TRIGGER stays while all are.
    let all = TRIGGER;
    let endHash = 0;
    let endPlain = true;
    for (; i < lineEnd; i += 1) {
      const c = basis.charCodeAt(i);
      if (c === 32) break;
      const kind = kindOf(c);
      if (wordStart < 0) {
        if ((kind & EDGE) === 0) continue;
        wordStart = i;
      }
      // Inner punctuation ("u.s", "sham/farce") belongs to the word: hashed and flagged too.
      h = hashStep(h, c);
      all &= kind;
      if ((kind & EDGE) !== 0) {
        wordEnd = i + 1;
        endHash = h;
        endPlain = all !== 0;
      }
    }
    // One-letter tokens are dropped, as VADER drops them.
    if (infoAt !== null && wordEnd - wordStart > 1) {
      const info = infoAt(basis, wordStart, wordEnd, hashEnd(endHash), endPlain);
      if (info !== undefined) {
        s.flags |= info.flags;
        s.cues |= info.cues;
        (s.known ??= []).push(s.wordCount, info.flags, wordStart, wordEnd);
      }
      s.wordCount += 1;
    }
    const last = basis.charCodeAt(i - 1);
    if (last === 46 || last === 33 || last === 63 || last === 0x2026) {
      s.end = i;
      sentenceEnd(s);
      s = fresh(i + 1);
    }
  }
  s.end = lineEnd;
  sentenceEnd(s);
}

function fresh(start: number): LineSentence {
  return { start, end: start, wordCount: 0, flags: 0, cues: 0, known: null };
}

/** The words `scanLine` counted in `basis[start … end)`, as strings. */
export function wordsIn(basis: string, start: number, end: number): string[] {
  const words: string[] = [];
  for (let i = nextWord(basis, start, end); i <= end; i = nextWord(basis, i, end)) {
    words.push(basis.slice(wordFound.start, wordFound.end));
  }
  return words;
}

/** Where the word `nextWord` found last lies in the text. */
export const wordFound = { start: 0, end: 0 };

/**
 * Finds the next word `scanLine` counts in `basis[from … end)` (a token between plain spaces,
 * punctuation trimmed at both ends, one-letter tokens skipped) and puts its place in `wordFound`.
 * Returns where to look for the one after it, or end + 1 when there is none.
 */
export function nextWord(basis: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    if (basis.charCodeAt(i) === 32) {
      i += 1;
      continue;
    }
    let wordStart = -1;
    let wordEnd = -1;
    for (; i < end; i += 1) {
      const c = basis.charCodeAt(i);
      if (c === 32) break;
      if ((kindOf(c) & EDGE) !== 0) {
        if (wordStart < 0) wordStart = i;
        wordEnd = i + 1;
      }
    }
    if (wordEnd - wordStart > 1) {
      wordFound.start = wordStart;
      wordFound.end = wordEnd;
      return i;
    }
  }
  return end + 1;
}
