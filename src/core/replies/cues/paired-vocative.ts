import { isCapitalized } from './is-capitalized.ts';
import type { NameTokens } from './prepare-comment.ts';

// Module constants: a regular expression literal is a new object each time it is reached, and this
// is asked for every name found in every candidate's reply.
const COMMA_ENDS = /,\s*$/;
const PAUSE_STARTS = /^\s*[.!?,]/;

/**
 * "Let's keep it kind, both of you, Ed and Siobhán.": two one-word names joined by "and", set off by
 * a comma before and a pause after, call on both (the name at `at`, `n` words, is either).
 */
export function pairedVocative(tokens: NameTokens, at: number, n: number): boolean {
  const first = tokens.at(at);
  const last = tokens.at(at + n - 1);
  if (first === undefined || last === undefined) return false;
  if (tokens.at(at + n)?.lower === 'and') {
    const other = tokens.at(at + n + 1);
    return (
      other !== undefined &&
      isCapitalized(other) &&
      COMMA_ENDS.test(first.before) &&
      PAUSE_STARTS.test(other.after)
    );
  }
  if (tokens.at(at - 1)?.lower !== 'and') return false;
  const other = tokens.at(at - 2);
  return (
    other !== undefined &&
    isCapitalized(other) &&
    COMMA_ENDS.test(other.before) &&
    PAUSE_STARTS.test(last.after)
  );
}
