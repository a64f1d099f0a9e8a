import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';
import {
  containsQuote,
  heldQuoteIn,
  quoteNeeds,
  stretchStep,
  type QuoteSearch,
} from './quote-needs.ts';
import { mayHoldOne } from './stem-bit.ts';
import type { StemLookup } from './stem-pool.ts';

/**
 * A whole quotation of a comment names it as surely as its author's name does: it outweighs an
 * answer back to a partner whose words the reply also shares ("\"No fines means no responsibility.\"
 * By that logic…" under a third commenter, past an exchange on the return numbers).
 */
const WHOLE_QUOTE = 0.95;

/** Is `span` (normalized words) in `text`, whole, or at least by a four-word stretch of it? */
export function containsSpan(text: string, span: string): 'whole' | 'part' | null {
  if (text.includes(` ${span} `)) return 'whole';
  const words = span.split(' ');
  // Quoters trim and bracket ("let the locals handle [it]"), so one four-word stretch is enough.
  // Stretches side by side, at most eight of them: an edit spoils one, and long quotes stay cheap.
  const step = stretchStep(words.length);
  for (let i = 0; i + 4 <= words.length; i += step) {
    if (text.includes(` ${words.slice(i, i + 4).join(' ')} `)) return 'part';
  }
  return null;
}

/**
 * Does `reply` put words of `candidate` between quotation marks? `found` (one flag per quoted span)
 * is set for each span seen, so the caller knows afterwards which quotations no comment contains.
 */
export function quotesEarlier(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
  found: boolean[],
  /** One flag per quoted span: words the reply's own author wrote before (see `ownQuoted`). */
  own: readonly boolean[] = [],
): CueHit | null {
  let best = 0;
  const quotes = quoteNeeds(reply);
  // The candidate's stems marked in the pool once asked for: nothing else asks them of a candidate
  // a reply reaches back to, and a set of them was built for each.
  let stems: StemLookup | null = null;
  // Plain loops and module-level tests: this runs for tens of candidates of every quoting reply,
  // and two closures per call were most of what it allocated.
  for (let k = 0; k < quotes.length; k++) {
    const quote = quotes[k];
    if (quote === undefined || reply.citesArticle[k] === true) continue;
    if (own[k] === true) {
      found[k] = true;
      continue;
    }
    // The candidate's stem bits already tell most candidates lack a word of every place looked at.
    if (!mayHoldOne(quote.needBits, candidate.stemBits)) continue;
    // No content word of the quotation in the candidate: it cannot hold a four-word stretch of it
    // (unless the stretch is all little words), so the costly text search is skipped.
    const keys = reply.quotedStems[k] ?? [];
    stems ??= candidate.markStems();
    if (keys.length >= quote.wordCount / 4 && !hasAny(stems, keys)) continue;
    // Nor can it when each place the search looks holds a word the candidate never writes.
    if (!holdsAPlace(stems, quote.needs)) continue;
    // Both in quotation marks: the two quote a third text (the article), not each other.
    if (quotedByBoth(candidate.quotedSpans, quote)) continue;
    const match = heldQuoteIn(candidate, quote, stems);
    if (match !== null) found[k] = true;
    if (match === 'whole') best = Math.max(best, WHOLE_QUOTE);
    else if (match === 'part') best = Math.max(best, 0.8);
  }
  return best === 0 ? null : { score: best, reason: `quotes ${candidateName}`, points: 'mention' };
}

function hasAny(stems: StemLookup, keys: readonly string[]): boolean {
  for (const key of keys) if (stems.has(key)) return true;
  return false;
}

/** Whether `stems` holds every stem of at least one of `places`. */
function holdsAPlace(stems: StemLookup, places: readonly (readonly string[])[]): boolean {
  for (const place of places) {
    let all = true;
    for (const key of place) {
      if (!stems.has(key)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function quotedByBoth(spans: readonly string[], quote: QuoteSearch): boolean {
  for (const span of spans) if (containsQuote(` ${span} `, quote) !== null) return true;
  return false;
}
