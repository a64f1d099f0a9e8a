// The word pass of the sentence splitter (split-sentences.ts): one loop over the character codes
// of a line finds the tokens (runs between plain spaces), the word inside each (punctuation runs
// trimmed at both ends) and its hash, which turns it into an id (stance-word-ids.ts). No string is
// cut for a word the table has met before: a sentence keeps its words' ids, and the rules read
// flags, valences and the words' strings by id.
import { isWordEdgeCode } from '../text/char-codes.ts';
import type { StanceWordIds } from './stance-word-ids.ts';
import { HASH_SEED, hashEnd, hashStep } from './word-table.ts';

const ASCII = 128;
/** Per ASCII code, `isWordEdgeCode`: one load a character in place of a chain of range tests. */
const EDGE = Uint8Array.from({ length: ASCII }, (_, c) => (isWordEdgeCode(c) ? 1 : 0));

function isEdge(c: number): boolean {
  return c < ASCII ? EDGE[c] === 1 : isWordEdgeCode(c);
}

/** What one sentence of a line gathered, passed to `sentenceEnd`. */
export interface LineSentence {
  start: number;
  end: number;
  wordCount: number;
  flags: number;
  cues: number;
  known: number[] | null;
  /** The id of each word, in order (empty when no table was given). */
  ids: number[];
}

/**
 * Reads `basis[lineStart … lineEnd)` (no line break inside, other white space already a plain
 * space). A sentence ends after a token whose last character is . ! ? or …, and at the line's end;
 * `sentenceEnd` gets each, with its words made ids of `table` unless `table` is null.
 */
export function scanLine(
  basis: string,
  lineStart: number,
  lineEnd: number,
  table: StanceWordIds | null,
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
    let endHash = 0;
    for (; i < lineEnd; i += 1) {
      const c = basis.charCodeAt(i);
      if (c === 32) break;
      const edge = isEdge(c);
      if (wordStart < 0) {
        if (!edge) continue;
        wordStart = i;
      }
      // Inner punctuation ("u.s", "sham/farce") belongs to the word: hashed too.
      h = hashStep(h, c);
      if (edge) {
        wordEnd = i + 1;
        endHash = h;
      }
    }
    // One-letter tokens are dropped, as VADER drops them.
    if (table !== null && wordEnd - wordStart > 1) {
      const id = table.idAt(basis, wordStart, wordEnd, hashEnd(endHash));
      s.ids.push(id);
      const info = table.infos[id];
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
  return { start, end: start, wordCount: 0, flags: 0, cues: 0, known: null, ids: [] };
}
