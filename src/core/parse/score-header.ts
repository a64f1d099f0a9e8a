import { isSpaceCode } from '../text/char-codes.ts';
import type { HeaderShape } from './header-shape.ts';

/** What surrounds a header-shaped line. */
export interface HeaderContext {
  /** The line before is blank: inside a body that starts a paragraph; real headers follow text. */
  readonly afterBlank: boolean;
  /** The line before is itself header-shaped: one of the two would head an empty comment. */
  readonly afterHeader: boolean;
  /** Flat headers start at column 0; an indented one is part of a body. */
  readonly indented: boolean;
  /** The same display name heads another, clearer comment in this dump. */
  readonly knownAuthor: boolean;
}

// Two-letter postal codes are matched case-sensitively ("CA", "Ca"); names case-insensitively.
const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(
    ' ',
  ),
);
const PLACE_WORDS = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii ' +
    'idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan ' +
    'minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania ' +
    'tennessee texas utah vermont virginia washington wisconsin wyoming usa us u.s. u.s.a. uk u.k. ' +
    'america canada mexico england france germany india china japan australia israel ireland italy ' +
    'spain russia europe asia africa city county york jersey carolina dakota island beach valley ' +
    'hills springs park heights lake bay north south east west'
  ).split(' '),
);
// Words that open sentences and list items far more often than display names do.
const SENTENCE_STARTS = new Set(
  'i we you he she it they this that there the and but so if or step part note ps edit update chapter item point'.split(
    ' ',
  ),
);
const FUNCTION_WORDS = new Set(
  'the a an my his her their our this that for to in of and or'.split(' '),
);

/** Same as `split(/\s+/)` minus empty ends, by char codes: it runs on every header candidate. */
function words(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const space = i === text.length || isSpaceCode(text.charCodeAt(i));
    if (!space && from < 0) from = i;
    else if (space && from >= 0) {
      out.push(text.slice(from, i));
      from = -1;
    }
  }
  return out;
}

/** The word without its trailing dots and commas ("Vt.," → "Vt"). */
function stripStops(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ',')) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}

function looksPlaceish(locWords: readonly string[]): boolean {
  return locWords.some((w) => {
    const bare = stripStops(w);
    // Only two-letter words can be postal codes; checking the length first spares an upper-case copy.
    if (bare.length === 2 && /^[A-Z][A-Za-z]$/.test(bare) && STATE_CODES.has(bare.toUpperCase())) {
      return true;
    }
    const lower = w.toLowerCase();
    return PLACE_WORDS.has(lower.endsWith(',') ? lower.slice(0, -1) : lower);
  });
}

/** "…in the woods." ends a sentence; the regex only runs on the few places ending in a full stop. */
function endsLikeSentence(location: string): boolean {
  const last = location[location.length - 1];
  if (last === '!' || last === '?') return true;
  return last === '.' && /\p{Ll}{4,}[.!?]$/u.test(location);
}

/**
 * How much a header-shaped line looks like a real header: ≥ 0 is accepted unless the declared count
 * says there are too many, < 0 is body text. Each cue is worth about one point so no single one
 * decides: "Billy (The woods are lovely, dark and deep.)" is a real header despite its prose-like place.
 */
export function scoreHeader(shape: HeaderShape, context: HeaderContext): number {
  let score = 0;
  const nameWords = words(shape.name);
  if (nameWords.length > 5 || shape.name.length > 50) score -= 2;
  if (/[:;?!"“”]/.test(shape.name) || /,$/.test(shape.name)) score -= 2;
  // "Step 2", "1. Also": a standalone number is a list item, "carlson74" is a name.
  if (nameWords.some((w) => /^\d+[.)]?$/.test(w))) score -= 1;
  if (nameWords.length > 1 && SENTENCE_STARTS.has((nameWords[0] ?? '').toLowerCase())) score -= 1;

  const location = shape.location;
  if (location !== null) {
    const locWords = words(location);
    if (location.includes(',')) score += 1;
    if (looksPlaceish(locWords)) score += 1;
    if (/^\p{Lu}/u.test(location)) score += 0.5;
    if (locWords.length > 6) score -= 1;
    if (FUNCTION_WORDS.has(locWords[0] ?? '')) score -= 1;
    // A closing full stop after a long lower-case word ends a sentence; "Vt." and "az." are abbreviations.
    if (endsLikeSentence(location)) score -= 1;
  }

  score += context.afterBlank ? -1 : context.afterHeader ? -0.5 : 1;
  if (context.indented) score -= 1;
  if (context.knownAuthor) score += 1;
  return score;
}

/** At or above this a header stands even when the declared count says there is one too many. */
export const STRONG_HEADER_SCORE = 1.5;
