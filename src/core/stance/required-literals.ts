// Literal strings every match of a regular expression contains, read from its source
// (literal-parser.ts): a cheap multi-pattern scan for them can then spare the expression on most
// texts. An expression whose source cannot be read gets null: "no literal, always try it".
import { bestSet } from './best-set.ts';
import { LiteralParser } from './literal-parser.ts';

/**
 * What every match of a regular expression contains: for each top-level alternative, sets of
 * literals of which the match holds one from every set. "russia (?:never|not once) kept" needs
 * one of [russia ] and one of [never, not once] and [ kept].
 */
export type Requirement = readonly (readonly (readonly string[])[])[];

/** Sets shorter than this are dropped from a conjunction: " " is in every text, so it rules nothing out. */
const MIN_USEFUL = 3;

/**
 * A character prose seldom holds: a literal with one (">", "%") rules out most texts however
 * short it is. Letters, digits, white space, quotes and sentence punctuation are everywhere.
 */
const RARE_CHAR = /[^\p{L}\p{N}\s.,;:!?'"“”‘’()-]/u;

/** A literal that rules out most texts: long enough, or holding a rare character. */
function isSelective(literal: string): boolean {
  return literal.length >= MIN_USEFUL || RARE_CHAR.test(literal);
}

/** Literals one of which every match of `re` contains; null when none can be named. */
export function requiredLiterals(re: RegExp): string[] | null {
  const requirement = requiredSets(re);
  if (requirement === null) return null;
  return [...new Set(requirement.map((sets) => bestSet(sets) ?? []).flat())];
}

/**
 * Whether `re` is nothing but literals joined by `|` ("puppet|dupe|collu"): then it matches exactly
 * when one of them occurs, and the literal scan answers for it outright.
 */
export function isLiteralAlternation(re: RegExp): boolean {
  return !/[giy]/u.test(re.flags) && /^[a-z0-9 ',-]+(?:\|[a-z0-9 ',-]+)*$/u.test(re.source);
}

/** The literal sets each alternative of `re` needs; null when some alternative needs none. */
export function requiredSets(re: RegExp): Requirement | null {
  // Case folding would need folded literals; g and y keep state between calls, which a skipped
  // call would change.
  if (/[giy]/u.test(re.flags)) return null;
  try {
    const parser = new LiteralParser(re.source);
    const alternatives = parser.topLevel().map((sets) => {
      const useful = sets.filter((set) => set.every(isSelective));
      const fallback = bestSet(sets);
      return useful.length > 0 ? useful : fallback ? [fallback] : [];
    });
    if (!parser.done() || alternatives.some((sets) => sets.length === 0)) return null;
    return alternatives;
  } catch {
    return null;
  }
}
