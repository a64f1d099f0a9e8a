// Word scanning shared by the reply cues: one pass over the characters, a string only per word kept.

import { isApostropheCode, isLetterOrDigitCode } from '../../text/char-codes.ts';

/** Lower case, straight apostrophe, no possessive: `Gordon’s` and `gordon` are one word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no apostrophe: skip the two regex passes (this runs for every token).
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  const straight = lower.replaceAll('’', "'");
  return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
}

/** Per ASCII code: 0 neither letter nor digit, 1 a lower-case letter or a digit, 2 a capital. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = 2;

/**
 * Calls `each(start, end, upper, apostrophe, ascii)` for every word (letters and digits, with inner
 * apostrophes). The caller slices only the words it needs: on a big dump, allocating a string per
 * word (or running a regular expression per word) is the costliest part of preparing it. ASCII
 * codes are told apart by one table read: the loop reads every character of every comment, once
 * to prepare it and again for each normalized text.
 */
export function scanWords(
  text: string,
  each: (start: number, end: number, upper: boolean, apostrophe: boolean, ascii: boolean) => void,
): void {
  // The hash costs a multiply a character; a second copy of the loop without it measured the same
  // (flat 30k reply inference, bundled, three alternated rounds of five).
  scanHashedWords(text, each);
}

/**
 * `scanWords`, also passing each word's `FoldedWords` hash (of its character codes, ASCII capitals
 * lower-cased; meaningful only for an ASCII word without an apostrophe): preparing a dump looks most
 * of its words up, and hashing them as they are read saves reading them again.
 */
export function scanHashedWords(
  text: string,
  each: (
    start: number,
    end: number,
    upper: boolean,
    apostrophe: boolean,
    ascii: boolean,
    hash: number,
  ) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 0x80 ? ASCII_KIND[first] === 0 : !isLetterOrDigitCode(first)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let apostrophe = false;
    let ascii = true;
    let hash = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const kind = c < 0x80 ? (ASCII_KIND[c] ?? 0) : isLetterOrDigitCode(c) ? 3 : 0;
      if (kind !== 0) {
        if (kind === 2 || (kind === 3 && c < 0x2070)) upper = true;
        if (kind === 3) ascii = false;
        hash = (Math.imul(hash, 31) + (kind === 2 ? c + 32 : c)) | 0;
        i++;
      } else if (isApostropheCode(c) && i + 1 < n && isLetterOrDigitCode(text.charCodeAt(i + 1))) {
        apostrophe = true;
        i += 2;
      } else break;
    }
    each(start, i, upper, apostrophe, ascii, hash);
  }
}

/** How many words `scanWords` finds in `text`, counted no further than `atMost + 1`. */
export function countWords(text: string, atMost: number): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n && count <= atMost) {
    if (!isLetterOrDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < n) {
      if (isLetterOrDigitCode(text.charCodeAt(i))) i++;
      else if (
        isApostropheCode(text.charCodeAt(i)) &&
        i + 1 < n &&
        isLetterOrDigitCode(text.charCodeAt(i + 1))
      ) {
        i += 2;
      } else break;
    }
    count++;
  }
  return count;
}

export function folded(
  text: string,
  start: number,
  end: number,
  upper: boolean,
  apostrophe: boolean,
): string {
  const raw = text.slice(start, end);
  const lower = upper ? raw.toLowerCase() : raw;
  return apostrophe ? foldWord(lower) : lower;
}

export function splitWords(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (s, e, u, a) => out.push(folded(text, s, e, u, a)));
  return out;
}

/** The folded words of `text` joined by single spaces, as `splitWords(text).join(' ')`. */
export function normalizeWords(text: string): string {
  // ASCII words one space apart fold as one slice lower-cased: cut in runs, not a string per word
  // (building the normalized text of every comment was a tenth of reply inference).
  const pieces: string[] = [];
  let from = -1;
  let to = -1;
  let lower = false;
  scanWords(text, (start, end, upper, apostrophe, ascii) => {
    if (ascii && !apostrophe && from >= 0 && start === to + 1 && text.charCodeAt(to) === 32) {
      to = end;
      lower ||= upper;
      return;
    }
    if (from >= 0) pieces.push(lower ? text.slice(from, to).toLowerCase() : text.slice(from, to));
    from = -1;
    if (ascii && !apostrophe) {
      from = start;
      to = end;
      lower = upper;
    } else pieces.push(folded(text, start, end, upper, apostrophe));
  });
  if (from >= 0) pieces.push(lower ? text.slice(from, to).toLowerCase() : text.slice(from, to));
  return pieces.join(' ');
}
