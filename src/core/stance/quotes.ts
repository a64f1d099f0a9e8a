import { isSpaceCode } from '../text/char-codes.ts';

// A quotation is someone else's voice: the reply that quotes a "puppet" comment to answer it is not
// calling anyone a puppet. Short quotes stay — scare quotes ("reset", "honored") carry the writer's tone.
const QUOTED = /["“]([^"“”]*)["”]/gu;
const MIN_QUOTED_WORDS = 6;

/** The comment's own words: long quotations and a verbatim opening copy of the parent removed. */
export function ownVoice(
  body: string,
  parentBody: string | undefined,
  /** `hasQuote(body)`, when the caller has asked it already. */
  quoted = hasQuote(body),
): string {
  let text = !quoted
    ? body
    : body.replace(QUOTED, (whole, inner: string) =>
        hasWords(inner, MIN_QUOTED_WORDS) ? ' ' : whole,
      );
  if (parentBody) {
    const start = text.trimStart();
    const lineEnd = start.indexOf('\n');
    const firstLine = (lineEnd < 0 ? start : start.slice(0, lineEnd)).trim();
    // A line shorter than 20 cannot leave a bare copy of 20: most replies stop here.
    const bare = firstLine.length >= 20 ? bareOf(firstLine) : '';
    if (bare.length >= 20 && parentBody.includes(bare))
      text = text.trimStart().slice(firstLine.length);
  }
  return text;
}

/**
 * `text.trim().split(/\s+/u).length >= n` for n ≥ 2, counted without the split: the words are the
 * runs of characters that are not white space (`isSpaceCode` is \s), and counting stops at n.
 */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) {
      words += 1;
      if (words >= n) return true;
    }
    inWord = !space;
  }
  return false;
}

/** `line.replace(/^[."'…\s]+|[."'…\s]+$/gu, '')`, without the regular expression. */
function bareOf(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && isBareEdge(line.charCodeAt(a))) a += 1;
  while (b > a && isBareEdge(line.charCodeAt(b - 1))) b -= 1;
  return a === 0 && b === line.length ? line : line.slice(a, b);
}

function isBareEdge(c: number): boolean {
  return c === 46 || c === 34 || c === 39 || c === 0x2026 || isSpaceCode(c);
}

/** The body with only the parent's own words (quoted back at it) removed: for cues that read quotes. */
export function withoutParentQuotes(body: string, parentBody: string | undefined): string {
  if (!parentBody || !hasQuote(body)) return body;
  return body.replace(QUOTED, (whole, inner: string) =>
    inner.trim().length >= 12 && parentBody.includes(inner.trim()) ? ' ' : whole,
  );
}

/** An opening quotation mark; not global, so `test` keeps no state between texts. */
const OPENING_QUOTE = /["“]/u;

/**
 * One class test, not two `includes`: in a two-byte text (a dump with any character past Latin-1)
 * the native search for “ costs more than the expression's scan for both.
 */
export function hasQuote(text: string): boolean {
  return OPENING_QUOTE.test(text);
}
