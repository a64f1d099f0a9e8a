import { isCapitalized } from './is-capitalized.ts';
import type { NameVariant } from './name-variants.ts';
import type { NameTokens } from './prepare-comment.ts';

// Tested at each place a name word stands, for each candidate of every reply: module constants,
// not literals made anew each time.
const HYPHEN = /^[-‐]$/;
const JOINS_HANDLE = /^[\s._]*$/;
const JOINS_NAME = /^[\s.]*$/;

/** Is variant `v` of a commenter's name written at token `at`, its words joined as names are? */
export function matchesAt(tokens: NameTokens, at: number, v: NameVariant): boolean {
  const joined = v.lowerCaseHandle ? JOINS_HANDLE : JOINS_NAME;
  for (let k = 0; k < v.words.length; k++) {
    const t = tokens.is(at + k, v.words[k] ?? '') ? tokens.at(at + k) : undefined;
    if (t === undefined) return false;
    // Inside a multi-word name only spaces, periods or a hyphen ("Hyun-woo") may separate the words;
    // inside a lower-case handle, the underscore it is written with too ("Thanks, river_rat.").
    const hyphened = k > 0 && HYPHEN.test(t.before);
    if (k > 0 && !hyphened && !joined.test(t.before)) return false;
    if (!(v.lowerCaseHandle || hyphened || isCapitalized(t))) return false;
  }
  return true;
}
